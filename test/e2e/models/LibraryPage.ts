// The library: one link per report, with its date and counts.
import type { Locator, Page } from 'playwright-core'
import { waitForReady } from '../fixtures'

export class LibraryPage {
  readonly main: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
  }

  /** Opens the library from the top bar. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '文库' }).click()
    await waitForReady(this.page)
  }

  /** The link of the report titled `title`. */
  report(title: string): Locator {
    return this.main.getByRole('link', { name: title })
  }
}
