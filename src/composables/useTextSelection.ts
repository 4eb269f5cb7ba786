// What the user has selected in the report's text, as the core wants it:
// ranges `{paragraphId, start, end}` in UTF-16 offsets of each paragraph's
// text (a selection across paragraphs gives one range per paragraph; headings,
// the title block and anything outside the article count for nothing).
//
// Three layers, each testable alone:
// - rangesBetween: pure, from two text points to clamped, trimmed ranges;
// - textPointOf / selectionRanges: a DOM boundary point to a text point,
//   using only Range (works in jsdom);
// - useTextSelection: follows the document's selection inside a container and
//   says where the selection toolbar goes.
import { onBeforeUnmount, onMounted, ref, shallowRef, type Ref } from 'vue'

export interface TextRange {
  paragraphId: number
  start: number
  end: number
}

/** A place in the text: `offset` characters into paragraph number `index`
 * (0-based, in reading order). Any place between paragraphs is given as the
 * start of the next one; after the last: index = the number of paragraphs. */
export interface TextPoint {
  index: number
  offset: number
}

export interface ParagraphText {
  id: number
  text: string
}

const space = /\s|\u3000/

/** The ranges between two text points, in reading order whichever comes
 * first: one per paragraph touched, clamped to its text, with surrounding
 * white space trimmed; empty ranges are left out (an empty selection gives
 * []). Never throws. */
export function rangesBetween(paragraphs: readonly ParagraphText[], a: TextPoint, b: TextPoint): TextRange[] {
  const [from, to] = a.index < b.index || (a.index === b.index && a.offset <= b.offset) ? [a, b] : [b, a]
  const ranges: TextRange[] = []
  const last = Math.min(to.index, paragraphs.length - 1)
  for (let i = Math.max(0, from.index); i <= last; i++) {
    const { id, text } = paragraphs[i]
    let start = i === from.index ? clamp(from.offset, text.length) : 0
    let end = i === to.index ? clamp(to.offset, text.length) : text.length
    while (start < end && space.test(text[start])) start++
    while (end > start && space.test(text[end - 1])) end--
    if (end > start) ranges.push({ paragraphId: id, start, end })
  }
  return ranges
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(max, n))
}

/** The paragraphs of the text, in reading order: every `[data-paragraph-id]`
 * under `root`. */
export function paragraphElements(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-paragraph-id]'))
}

/** Where a DOM boundary point (node, offset) lies in the text of `paragraphs`
 * (elements in document order). A point inside a paragraph counts the
 * characters before it; any other point is the start of the next paragraph. */
export function textPointOf(paragraphs: readonly Element[], node: Node, offset: number): TextPoint {
  const doc = node.ownerDocument ?? (node as Document)
  const probe = doc.createRange()
  // The first paragraph that does not lie wholly before the point.
  let lo = 0
  let hi = paragraphs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    probe.selectNodeContents(paragraphs[mid])
    if (probe.comparePoint(node, offset) > 0) lo = mid + 1
    else hi = mid
  }
  const p = paragraphs[lo]
  if (!p) return { index: paragraphs.length, offset: 0 }
  probe.selectNodeContents(p)
  if (probe.comparePoint(node, offset) < 0) return { index: lo, offset: 0 }
  probe.setEnd(node, offset)
  return { index: lo, offset: probe.toString().length }
}

/** The ranges a DOM selection covers in the paragraphs under `root`
 * ([] when it is collapsed, absent or wholly outside them). */
export function selectionRanges(selection: Selection | null, root: Element): TextRange[] {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return []
  const range = selection.getRangeAt(0)
  if (!range.intersectsNode(root)) return []
  const elements = paragraphElements(root)
  const paragraphs = elements.map((el) => ({ id: Number(el.dataset.paragraphId), text: el.textContent ?? '' }))
  const start = textPointOf(elements, range.startContainer, range.startOffset)
  const end = textPointOf(elements, range.endContainer, range.endOffset)
  return rangesBetween(paragraphs, start, end)
}

/** What is selected in the reader's text now (for placing a highlight by
 * hand from the panel or the card): [] when nothing is. */
export function readerSelection(): TextRange[] {
  const article = document.querySelector('#main-content article')
  return article ? selectionRanges(document.getSelection(), article) : []
}

/** Puts a collapsed selection `offset` characters into paragraph `el`. */
export function placeCaret(el: Element, offset: number): void {
  const selection = el.ownerDocument.getSelection()
  if (!selection) return
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT)
  let left = offset
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0
    if (left <= length) {
      selection.collapse(node, left)
      return
    }
    left -= length
  }
  selection.collapse(el, el.childNodes.length)
}

/** Where the toolbar goes: the selection's box in the container's scrolled
 * content (so it scrolls with the text). */
export interface SelectionBox {
  top: number
  bottom: number
  left: number
  right: number
}

export interface TextSelectionOptions {
  /** The element holding the paragraphs; defaults to the container. */
  root?: () => Element | null
}

/** Follows the selection inside `container`: its ranges, its box, and
 * whether the mouse is still dragging it (the toolbar waits for the drop). */
export function useTextSelection(container: Ref<HTMLElement | null>, options: TextSelectionOptions = {}) {
  const ranges = shallowRef<TextRange[]>([])
  const box = ref<SelectionBox | null>(null)
  const dragging = ref(false)
  /** Changes with every new selection, so a dismissed toolbar comes back for the next one. */
  const serial = ref(0)
  let frame = 0
  let lastKey = ''

  const rootOf = () => options.root?.() ?? container.value

  function measure(range: Range): SelectionBox | null {
    const pane = container.value
    if (!pane) return null
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0)
    const first = rects[0] ?? range.getBoundingClientRect()
    const all = range.getBoundingClientRect()
    const origin = pane.getBoundingClientRect()
    const dx = pane.scrollLeft - origin.left
    const dy = pane.scrollTop - origin.top
    return { top: first.top + dy, bottom: all.bottom + dy, left: all.left + dx, right: all.right + dx }
  }

  function update(): void {
    frame = 0
    const root = rootOf()
    const selection = document.getSelection()
    const found = root ? selectionRanges(selection, root) : []
    const key = found.map((r) => `${r.paragraphId}:${r.start}-${r.end}`).join(',')
    if (key !== lastKey) {
      lastKey = key
      ranges.value = found
      if (found.length) serial.value++
    }
    box.value = found.length && selection ? measure(selection.getRangeAt(0)) : null
  }

  function schedule(): void {
    if (!frame) frame = requestAnimationFrame(update)
  }

  function onPointerDown(event: PointerEvent): void {
    if (event.button === 0 && rootOf()?.contains(event.target as Node)) dragging.value = true
  }
  function onPointerUp(): void {
    if (!dragging.value) return
    dragging.value = false
    schedule()
  }

  /** Forgets the selection (after it was used): the toolbar goes away. */
  function clear(): void {
    document.getSelection()?.removeAllRanges()
    update()
  }

  onMounted(() => {
    document.addEventListener('selectionchange', schedule)
    document.addEventListener('pointerdown', onPointerDown, true)
    document.addEventListener('pointerup', onPointerUp, true)
    window.addEventListener('resize', schedule)
  })
  onBeforeUnmount(() => {
    cancelAnimationFrame(frame)
    document.removeEventListener('selectionchange', schedule)
    document.removeEventListener('pointerdown', onPointerDown, true)
    document.removeEventListener('pointerup', onPointerUp, true)
    window.removeEventListener('resize', schedule)
  })

  return { ranges, box, dragging, serial, update, clear }
}
