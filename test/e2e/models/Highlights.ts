// Highlighting as a user meets it: a selection in the text, the toolbar beside
// it, the marks in the text, the open highlight's card in the notes pane and
// the highlights panel beside the outline. Found by role and name.
import type { Locator, Page } from 'playwright-core'

export class Highlights {
  readonly text: Locator
  readonly toolbar: Locator
  readonly notes: Locator
  readonly card: Locator
  readonly comment: Locator
  readonly panelTab: Locator
  readonly panel: Locator
  readonly sectionCards: Locator

  constructor(readonly page: Page) {
    this.text = page.getByRole('main', { name: '正文' })
    this.toolbar = page.getByRole('toolbar', { name: '划线工具' })
    this.notes = page.getByRole('complementary', { name: '笔记' })
    this.card = this.notes.getByRole('region', { name: /^划线详情/ })
    this.comment = this.card.getByRole('textbox', { name: '划线批注' })
    this.panelTab = page.getByRole('tab', { name: /^划线/ })
    this.panel = page.getByRole('tabpanel', { name: /^划线/ })
    this.sectionCards = this.notes.getByRole('region', { name: '本节划线' }).getByRole('button')
  }

  /** Selects text in the report with a DOM Range over the paragraphs' text
   * nodes, from the start of `from` to the end of `to` (default: `from`
   * itself): the first paragraph holding `from`, and the first holding `to`
   * from there on. */
  async select(from: string, to = from): Promise<void> {
    await this.page.evaluate(
      ({ from, to }) => {
        const paragraphs = Array.from(document.querySelectorAll<HTMLElement>('#main-content [data-paragraph-id]'))
        const locate = (needle: string, after: number, end: boolean) => {
          for (let i = after; i < paragraphs.length; i++) {
            const at = paragraphs[i].textContent!.indexOf(needle)
            if (at < 0) continue
            let offset = end ? at + needle.length : at
            const walker = document.createTreeWalker(paragraphs[i], NodeFilter.SHOW_TEXT)
            for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
              if (offset < node.length || (end && offset === node.length)) return { i, node, offset }
              offset -= node.length
            }
          }
          throw new Error(`not in the text: ${needle}`)
        }
        const start = locate(from, 0, false)
        const end = locate(to, start.i, true)
        const range = document.createRange()
        range.setStart(start.node, start.offset)
        range.setEnd(end.node, end.offset)
        const selection = document.getSelection()!
        selection.removeAllRanges()
        selection.addRange(range)
      },
      { from, to },
    )
    await this.toolbar.waitFor()
  }

  /** Presses a category's digit on the selection and waits until it is a highlight. */
  async press(digit: number): Promise<void> {
    await this.page.keyboard.press(String(digit))
    await this.toolbar.waitFor({ state: 'detached' })
  }

  /** Every run of every highlight in the text. */
  marks(): Locator {
    return this.text.locator('mark[data-highlight-id]')
  }

  /** The focus stop of the highlight whose accessible name holds `text`. */
  mark(text: string): Locator {
    return this.text.getByRole('button', { name: new RegExp(`划线：${escape(text)}`) })
  }

  /** The runs of one highlight, by id. */
  runs(id: string): Locator {
    return this.text.locator(`mark[data-highlight-id="${id}"], mark[data-highlights~="${id}"]`)
  }

  /** A toolbar button by its label (重点, 批注, 复制引文 …). */
  tool(label: string): Locator {
    return this.toolbar.getByRole('button', { name: label })
  }

  /** The highlights panel's entries (the list by part, not the review lists). */
  panelEntries(): Locator {
    return this.panel.locator('[data-list-item]')
  }

  /** The panel's filter chip of a category (金句) or a tag (#发言). */
  filter(label: string): Locator {
    const group = label.startsWith('#') ? '按标签筛选' : '按类别筛选'
    return this.panel.getByRole('group', { name: group }).getByRole('button', { name: new RegExp(`^${escape(label)}`) })
  }

  /** Opens the highlights panel with its shortcut. */
  async openPanel(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+H')
    await this.panel.waitFor()
  }

  /** The text of the page's clipboard (the context must have clipboard-read). */
  clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText())
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
