// The find bar of the reader (Ctrl+F): its box, the "3/12" count and the
// buttons; the matches themselves are CSS highlights (see textMarks.ts).
import type { Locator, Page } from 'playwright-core'

export class FindBar {
  readonly bar: Locator
  readonly box: Locator

  constructor(readonly page: Page) {
    this.bar = page.getByRole('search', { name: '在本部分中查找' })
    this.box = this.bar.getByRole('textbox', { name: '在本部分中查找' })
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+f')
    await this.box.waitFor()
  }

  /** The count as shown: "2/5", or 无结果. */
  async count(): Promise<string> {
    return ((await this.bar.locator('.count').textContent()) ?? '').trim()
  }

  /** The part searched, as the bar names it: 第3部分. */
  async scope(): Promise<string> {
    return ((await this.bar.locator('.scope').textContent()) ?? '').trim()
  }
}
