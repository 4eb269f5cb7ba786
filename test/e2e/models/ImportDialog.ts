// The import dialog: the preview of the chosen file, the encoding override,
// the "new edition" option, and the result of an edition import.
import type { Locator, Page } from 'playwright-core'

export class ImportDialog {
  readonly dialog: Locator
  readonly encoding: Locator
  readonly error: Locator
  readonly confirmButton: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /导入报告|新版本已导入/ })
    this.encoding = this.dialog.getByLabel('编码')
    this.error = this.dialog.getByRole('alert')
    this.confirmButton = this.dialog.getByRole('button', { name: /^导入/ })
  }

  /** Waits until the preview of the file is shown. */
  async waitForPreview(): Promise<void> {
    await this.dialog.getByRole('region', { name: '开头几行' }).waitFor()
  }

  /** The value shown for a fact of the preview: 格式, 标题, 结构. */
  async fact(label: '格式' | '标题' | '结构'): Promise<string> {
    const item = this.dialog.locator('dl > div').filter({ has: this.page.locator('dt', { hasText: label }) })
    return ((await item.locator('dd').textContent()) ?? '').trim()
  }

  /** The text of the encoding choice shown (自动识别（GB18030）, UTF-8 …). */
  async encodingShown(): Promise<string> {
    return this.encoding.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent?.trim() ?? '')
  }

  /** The first lines of the text, as shown. */
  async firstLines(): Promise<string[]> {
    return this.dialog.getByRole('region', { name: '开头几行' }).locator('p').allTextContents()
  }

  /** Ticks "import as a new edition"; the report it belongs to is picked by its title. */
  async asEditionOf(title: string): Promise<void> {
    await this.dialog.getByRole('checkbox', { name: '作为新版本导入' }).click()
    await this.dialog.getByLabel('新版本属于').selectOption({ label: title })
  }

  async confirm(): Promise<void> {
    await this.confirmButton.click()
  }

  /** The count of an edition import's tile: 原位, 移位, 近似（待核对）, 未能定位. */
  async outcome(label: string): Promise<number> {
    const tile = this.dialog.getByRole('list', { name: '划线迁移情况' }).getByRole('listitem').filter({ hasText: label })
    return Number(await tile.locator('.tile-n').textContent())
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: '取消' }).click()
    await this.dialog.waitFor({ state: 'hidden' })
  }
}
