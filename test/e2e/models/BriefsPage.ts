// The Briefs view as a user sees it: the list of briefs with their actions,
// the trash, and the dialog that makes a new brief.
import type { Locator, Page } from 'playwright-core'
import { waitForReady } from '../fixtures'

export class BriefsPage {
  readonly main: Locator
  readonly list: Locator
  readonly trash: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
    this.list = page.getByRole('list', { name: '全部简报' })
    this.trash = page.locator('details.trash')
  }

  /** Opens the Briefs view from the top bar. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '简报' }).click()
    await waitForReady(this.page)
  }

  /** The list entry of the brief titled `title`. */
  brief(title: string): Locator {
    return this.list.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: title, exact: true }) })
  }

  /** The titles in the list, in order. */
  titles(): Promise<string[]> {
    return this.list.locator('a.title').allTextContents().then((all) => all.map((s) => s.trim()))
  }

  async openBrief(title: string): Promise<void> {
    await this.page.getByRole('link', { name: title, exact: true }).click()
    await waitForReady(this.page)
  }

  /** "由我的划线生成" for the report being read, with a template (its label). */
  async createFromHighlights(template = '学习提纲'): Promise<void> {
    await this.main.getByRole('button', { name: '由我的划线生成' }).click()
    const dialog = this.page.getByRole('dialog', { name: '新建简报' })
    await dialog.getByText(template, { exact: true }).click()
    await dialog.getByRole('button', { name: '创建' }).click()
    await waitForReady(this.page)
  }

  async delete(title: string): Promise<void> {
    await this.brief(title).getByRole('button', { name: '删除' }).click()
  }

  /** The Undo button of the message that confirms a deletion. */
  undoButton(): Locator {
    return this.page.getByRole('button', { name: '撤销' })
  }

  /** The titles in the trash (opening it first). */
  async trashed(): Promise<string[]> {
    if (!(await this.trash.evaluate((d) => (d as HTMLDetailsElement).open))) await this.trash.locator('summary').click()
    return this.trash.locator('.trashed-title').allTextContents()
  }
}
