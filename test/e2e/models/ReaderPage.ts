// The reader as a user sees it: the outline, the text and the notes pane,
// found by their landmarks and labels.
import type { Locator, Page } from 'playwright-core'
import { waitForReady } from '../fixtures'

export class ReaderPage {
  readonly outline: Locator
  readonly text: Locator
  readonly notes: Locator
  readonly editor: Locator
  readonly saveState: Locator

  constructor(readonly page: Page) {
    this.outline = page.getByRole('navigation', { name: '大纲' })
    this.text = page.getByRole('main', { name: '正文' })
    this.notes = page.getByRole('complementary', { name: '笔记' })
    this.editor = this.notes.getByRole('textbox', { name: '本节笔记' })
    this.saveState = this.notes.getByRole('status')
  }

  /** The outline entries of the parts: 第1部分 …, 第2部分 … */
  partEntries(): Locator {
    return this.outline.getByRole('button', { name: /^第\d+部分/ })
  }

  /** The outline entries of the topics (the lead sentences). */
  topicEntries(): Locator {
    return this.outline.getByRole('button', { name: /^(?!第\d+部分)/ })
  }

  /** The outline entry of part `n`. */
  part(n: number): Locator {
    return this.outline.getByRole('button', { name: new RegExp(`^第${n}部分(?!\\d)`) })
  }

  topic(text: string): Locator {
    return this.outline.getByRole('button', { name: text, exact: true })
  }

  /** The outline entry marked as where the reader is. */
  current(): Locator {
    return this.outline.locator('[aria-current="location"]')
  }

  /** The paragraph of the text whose lead sentence is `lead`. */
  paragraph(lead: string): Locator {
    return this.text.locator('p[data-paragraph-id]', { hasText: lead })
  }

  /** The notes pane's heading, e.g. 第3部分 · 强集聚. */
  notesHeading(): Locator {
    return this.notes.getByRole('heading', { level: 2 })
  }

  /** Whether the top of `target` lies inside the visible part of the text pane. */
  async isInTextView(target: Locator): Promise<boolean> {
    const pane = await this.text.boundingBox()
    const box = await target.boundingBox()
    if (!pane || !box) return false
    return box.y >= pane.y - 1 && box.y < pane.y + pane.height
  }

  /** The text pane's scroll offset. */
  scrollTop(): Promise<number> {
    return this.text.evaluate((el) => el.scrollTop)
  }

  /** Opens part `n` from the outline and waits until the notes pane shows it. */
  async goToPart(n: number, shortTitle: string): Promise<void> {
    await this.part(n).click()
    await this.notesHeading().filter({ hasText: `第${n}部分 · ${shortTitle}` }).waitFor()
    await this.editor.waitFor()
  }

  /** Types at the end of the note and waits for the quiet "saved" state. */
  async typeNote(text: string): Promise<void> {
    await this.editor.click()
    await this.page.keyboard.press('Control+End')
    await this.page.keyboard.type(text)
    await this.saveState.filter({ hasText: '已保存' }).waitFor()
  }

  async reload(): Promise<void> {
    await this.page.reload()
    await waitForReady(this.page)
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url)
    await waitForReady(this.page)
  }
}
