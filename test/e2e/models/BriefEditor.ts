// One brief open: its blocks as cards (found by their labels, 第 n 块…),
// moved by keyboard or by dragging their handle; the live preview (a
// sandboxed iframe); and the export dialog.
import type { FrameLocator, Locator, Page } from 'playwright-core'

export class BriefEditor {
  readonly blockList: Locator
  readonly preview: FrameLocator
  readonly exportDialog: Locator

  constructor(readonly page: Page) {
    this.blockList = page.getByRole('list', { name: '简报内容' })
    this.preview = page.getByRole('region', { name: '导出预览' }).frameLocator('iframe')
    this.exportDialog = page.getByRole('dialog', { name: /导出简报|导出完成/ })
  }

  /** The cards, in order. */
  blocks(): Locator {
    return this.blockList.getByRole('listitem', { name: /^第 \d+ 块/ })
  }

  /** Card `n` (1-based). */
  block(n: number): Locator {
    return this.blockList.getByRole('listitem', { name: new RegExp(`^第 ${n} 块`) })
  }

  /** The quoted text of each quotation card, in order. */
  quotations(): Promise<string[]> {
    return this.blockList.locator('blockquote').allTextContents()
  }

  /** The text of each card, in order (its visible text, trimmed). */
  blockTexts(): Promise<string[]> {
    return this.blocks().evaluateAll((cards) => cards.map((c) => (c as HTMLElement).innerText.trim()))
  }

  /** Focuses card `n` and presses Alt+↑ or Alt+↓. */
  async moveWithKeyboard(n: number, direction: 'up' | 'down'): Promise<void> {
    await this.block(n).focus()
    await this.page.keyboard.press(direction === 'up' ? 'Alt+ArrowUp' : 'Alt+ArrowDown')
  }

  /** Drags card `from` by its handle and drops it on the lower half of
   * card `to` (after it) or the upper half (before it). The handle is a
   * mouse-only affordance, hidden from assistive technology, hence the class. */
  async drag(from: number, to: number, placement: 'before' | 'after'): Promise<void> {
    const target = this.block(to)
    const box = (await target.boundingBox())!
    await this.block(from)
      .locator('.grip')
      .dragTo(target, { targetPosition: { x: box.width / 2, y: placement === 'before' ? 8 : box.height - 8 } })
  }

  /** The quotations of the preview, in order (the quoted words, without the citation). */
  previewQuotations(): Promise<string[]> {
    return this.preview.locator('p.quotation').evaluateAll((ps) => ps.map((p) => p.firstChild?.textContent ?? ''))
  }

  /** The question lines of the preview, in order. */
  previewQuestions(): Promise<string[]> {
    return this.preview.locator('p.question').allTextContents()
  }

  /** Exports from the bar in `format` (its button label: Markdown, 网页, Word,
   * PDF) to `path`, and returns the path the dialog says was written. */
  async export(format: string, path: string): Promise<string> {
    await this.page.getByRole('group', { name: '导出' }).getByRole('button', { name: `导出为 ${format}` }).click()
    await this.exportDialog.getByLabel('保存到').fill(path)
    await this.exportDialog.getByRole('button', { name: '导出', exact: true }).click()
    await this.exportDialog.getByRole('heading', { name: '导出完成' }).waitFor()
    return (await this.exportDialog.getByTestId('export-path').textContent()) ?? ''
  }
}
