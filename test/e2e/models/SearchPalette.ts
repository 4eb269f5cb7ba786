// The search palette (Ctrl+K): the box, the scope buttons and the results,
// grouped by report and part.
import type { Locator, Page } from 'playwright-core'

export class SearchPalette {
  readonly dialog: Locator
  readonly box: Locator
  readonly results: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: '搜索' })
    this.box = this.dialog.getByRole('combobox', { name: '搜索' })
    this.results = this.dialog.getByRole('listbox', { name: '搜索结果' })
  }

  /** Opens the palette with Ctrl+K. */
  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k')
    await this.box.waitFor()
  }

  /** Types a query and waits for its results (or the "nothing found" line). */
  async search(query: string): Promise<void> {
    await this.box.fill('')
    await this.page.keyboard.type(query)
    await this.dialog
      .getByRole('status')
      .filter({ hasText: /条结果/ })
      .or(this.dialog.getByText(`没有找到“${query}”`))
      .waitFor()
  }

  options(): Locator {
    return this.results.getByRole('option')
  }

  /** The result groups (one per report and part), by their labels. */
  async groupLabels(): Promise<string[]> {
    return this.results.getByRole('group').evaluateAll((groups) => groups.map((g) => g.getAttribute('aria-label') ?? ''))
  }

  active(): Locator {
    return this.results.getByRole('option', { selected: true })
  }

  /** Chooses a scope: 全部报告 or 本报告. */
  async scope(label: '全部报告' | '本报告'): Promise<void> {
    await this.dialog.getByRole('button', { name: label }).click()
  }
}
