// Calls the app's own HTTP API from a test, with the page's token, to set up
// what a test needs and to read back what was stored. Typed from the
// contract, so a renamed method or field fails the type check.
import type { Page } from 'playwright-core'
import type { ApiInput, ApiMethod, ApiResult } from '../../../electron/api'

/** Calls `method` with `input` (none: `{}`); throws the core's message on an error. */
export async function apiCall<M extends ApiMethod>(page: Page, method: M, input?: ApiInput<M>): Promise<ApiResult<M>> {
  const reply = await page.evaluate(
    async ({ name, body }) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="yandu-token"]')?.content ?? ''
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-yandu-token': token },
        body,
      })
      return (await response.json()) as { result?: unknown; error?: { code: string; message: string } }
    },
    { name: method, body: JSON.stringify(input ?? {}) },
  )
  if (reply.error) throw new Error(`${method}: ${reply.error.code}: ${reply.error.message}`)
  return reply.result as ApiResult<M>
}
