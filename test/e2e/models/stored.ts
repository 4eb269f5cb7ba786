// What the app has stored, read through the same HTTP API the page uses (with
// the page's own token). Tests use it to wait until a save has landed before
// they reload or restart, instead of sleeping.
import type { Page } from 'playwright-core'
import type { Preferences, ReadingPosition } from '../../../electron/api'

async function call<T>(page: Page, method: string): Promise<T> {
  return page.evaluate(async (name) => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="yandu-token"]')?.content ?? ''
    const response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-yandu-token': token },
      body: '{}',
    })
    return ((await response.json()) as { result: T }).result
  }, method)
}

export const storedPreferences = (page: Page) => call<Preferences>(page, 'getPreferences')
export const storedPosition = (page: Page) => call<ReadingPosition | null>(page, 'getReadingPosition')
