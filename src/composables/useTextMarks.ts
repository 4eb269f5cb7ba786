// Marks on the report's text that are not annotations: the matches of "find in
// section" and the place a search result jumped to. They are painted with the
// CSS Custom Highlight API (https://drafts.csswg.org/css-highlight-api-1/):
// Ranges over the text nodes as they are, registered under a name and styled
// by `::highlight(name)` in styles/marks.css. The DOM is never changed, so the
// paragraphs, their highlight washes and the selection work on untouched.
import { onBeforeUnmount } from 'vue'

/** The names registered in CSS.highlights (styled in styles/marks.css). */
export const markNames = {
  find: 'yandu-find',
  findCurrent: 'yandu-find-current',
  jump: 'yandu-jump',
} as const
export type MarkName = (typeof markNames)[keyof typeof markNames]

/** Paint order among highlights: above the annotation washes (if they are
 * highlights too), the current find match above the others. */
const priorities: Record<MarkName, number> = { 'yandu-find': 10, 'yandu-find-current': 11, 'yandu-jump': 12 }

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'

/** Lower-cases without changing the length, so offsets into the folded text
 * are offsets into the text (as core/search-snippet.ts foldCase). */
export function foldCase(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  let out = ''
  for (const ch of text) {
    const l = ch.toLowerCase()
    out += l.length === ch.length ? l : ch
  }
  return out
}

/** Every occurrence of `needle` in `text`, ignoring case, without overlaps:
 * [start, end) offsets. */
export function occurrences(text: string, needle: string): [number, number][] {
  const folded = foldCase(needle)
  if (!folded) return []
  const hay = foldCase(text)
  const found: [number, number][] = []
  for (let at = hay.indexOf(folded); at >= 0; at = hay.indexOf(folded, at + folded.length)) {
    found.push([at, at + folded.length])
  }
  return found
}

/** What is in the DOM but not in the report's text: decorations hidden from
 * assistive technology, and labels shown only to it. */
const notText = '[aria-hidden="true"], .visually-hidden'

/** The text nodes of `root` that are part of the report's text. */
function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const hidden = node.parentElement?.closest(notText)
      return hidden && root.contains(hidden) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
    },
  })
  const nodes: Text[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
  return nodes
}

/** DOM Ranges over every occurrence of each of `needles` in the text of
 * `root`, in text order; a match may span several text nodes (the lead
 * sentence and the rest, a highlight wash). [] for no needle or no match. */
export function rangesOf(root: Element, needles: readonly string[]): Range[] {
  const nodes = textNodes(root)
  const starts: number[] = []
  let text = ''
  for (const node of nodes) {
    starts.push(text.length)
    text += node.data
  }
  /** The node holding character `offset` (for an end: the character before it). */
  const locate = (offset: number, end: boolean): [Text, number] => {
    let lo = 0
    let hi = nodes.length - 1
    let found = 0
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (end ? starts[mid] < offset : starts[mid] <= offset) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return [nodes[found], offset - starts[found]]
  }
  const spans = needles.flatMap((needle) => occurrences(text, needle)).sort((a, b) => a[0] - b[0])
  return spans.map(([start, end]) => {
    const range = document.createRange()
    range.setStart(...locate(start, false))
    range.setEnd(...locate(end, true))
    return range
  })
}

/** Paints `ranges` under `name` (replacing what it painted before). */
export function setMarks(name: MarkName, ranges: readonly Range[]): void {
  if (!supported()) return
  if (ranges.length === 0) {
    CSS.highlights.delete(name)
    return
  }
  const highlight = new Highlight(...ranges)
  highlight.priority = priorities[name]
  CSS.highlights.set(name, highlight)
}

export function clearMarks(...names: MarkName[]): void {
  if (!supported()) return
  for (const name of names) CSS.highlights.delete(name)
}

/** Clears the marks `names` when the calling component unmounts. */
export function useTextMarks(...names: MarkName[]): void {
  onBeforeUnmount(() => clearMarks(...names))
}
