// The library: one link per report, with its date and counts; the import
// button (its file input) and each report's move-to-trash button.
import type { Locator, Page } from 'playwright-core'
import { waitForReady } from '../fixtures'

export class LibraryPage {
  readonly main: Locator
  readonly importButton: Locator
  /** The hidden file input behind the import button. */
  readonly fileInput: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
    this.importButton = this.main.getByRole('button', { name: '导入报告' })
    this.fileInput = this.main.locator('input[type="file"]')
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

  /** Every report's link. */
  reports(): Locator {
    return this.main.getByRole('list').first().getByRole('link')
  }

  /** Picks a file in the import button's file dialog, as a user does. */
  async chooseFile(name: string, bytes: Buffer): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes })
  }

  /** Moves the report titled `title` to the trash. */
  async deleteReport(title: string): Promise<void> {
    await this.main.getByRole('button', { name: `把《${title}》移到回收站` }).click()
  }
}
