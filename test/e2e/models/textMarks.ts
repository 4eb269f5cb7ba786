// The marks painted with the CSS Custom Highlight API (src/composables/
// useTextMarks.ts) are not in the DOM: read them from CSS.highlights.
import type { Page } from 'playwright-core'

export interface PaintedMark {
  text: string
  /** data-paragraph-id of the paragraph the mark starts in, if any. */
  paragraphId: string | null
  /** data-part of that paragraph. */
  part: string | null
  /** Where it is drawn (viewport coordinates, rounded), to tell marks apart. */
  at: { x: number; y: number }
}

/** The ranges registered under `name` (yandu-find, yandu-find-current, yandu-jump), in text order. */
export function paintedMarks(page: Page, name: string): Promise<PaintedMark[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName)
    if (!highlight) return []
    return [...(highlight as unknown as Set<Range>)].map((range) => {
      const start = range.startContainer
      const element = (start instanceof Element ? start : start.parentElement)?.closest<HTMLElement>('[data-paragraph-id]')
      const box = range.getBoundingClientRect()
      return {
        text: range.toString(),
        paragraphId: element?.dataset.paragraphId ?? null,
        part: element?.dataset.part ?? null,
        at: { x: Math.round(box.x), y: Math.round(box.y) },
      }
    })
  }, name)
}
