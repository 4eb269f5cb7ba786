// v-paragraph-runs: fills a paragraph element with its text and highlights
// (lib/paragraph-html.ts) and keeps it so. The element is rebuilt only when its
// text, its marks (the store keeps a paragraph's array while it is unchanged),
// the theme or the language change; opening another highlight only moves the
// `active` class. A rebuild keeps the keyboard focus on the same highlight and
// the selection on the same characters.
import type { Directive } from 'vue'
import { paragraphHtml, type HtmlMark, type WashStyler } from '../lib/paragraph-html'
import { underClass, washClass } from '../lib/wash-classes'
import type { WashTheme } from '../lib/wash'
import { textPointOf } from '../composables/useTextSelection'

export interface ParagraphRuns {
  text: string
  lead: string | null
  marks: readonly HtmlMark[] | undefined
  theme: WashTheme
  activeId: string | null
  /** The name of a highlight's focus stop, with `{category}` and `{text}` to fill in. */
  labelFormat: string
}

const none: readonly HtmlMark[] = []
const styler: WashStyler = {
  wash: (colors, theme) => ({ className: washClass(colors, theme) }),
  under: (color, theme) => ({ className: underClass(color, theme) }),
}
const drawn = new WeakMap<HTMLElement, ParagraphRuns>()

const sameContent = (a: ParagraphRuns, b: ParagraphRuns) =>
  a.text === b.text && a.lead === b.lead && a.marks === b.marks && a.theme === b.theme && a.labelFormat === b.labelFormat

function fill(format: string, category: string, quote: string): string {
  return format.replace(/\{(category|text)\}/g, (_, key: string) => (key === 'category' ? category : quote))
}

/** The selection's ends as of its last change. Asking the Selection itself
 * right after a paragraph was rewritten would force a layout per paragraph
 * (Blink updates layout first); the nodes are enough to know whether a
 * paragraph holds an end. */
let selectionEnds: [Node | null, Node | null] = [null, null]
let following = false
function followSelection(): void {
  if (following) return
  following = true
  const note = () => {
    const selection = document.getSelection()
    selectionEnds = [selection?.anchorNode ?? null, selection?.focusNode ?? null]
  }
  note()
  document.addEventListener('selectionchange', note)
}

/** Character offsets of the selection's ends inside `el`, when they are there. */
function saveSelection(el: HTMLElement): { anchor: number | null; focus: number | null } | null {
  const inside = (node: Node | null) => node !== null && el.contains(node)
  if (!inside(selectionEnds[0]) && !inside(selectionEnds[1])) return null
  const selection = document.getSelection()
  if (!selection || selection.rangeCount === 0) return null
  const offset = (node: Node | null, at: number) => (inside(node) ? textPointOf([el], node!, at).offset : null)
  return { anchor: offset(selection.anchorNode, selection.anchorOffset), focus: offset(selection.focusNode, selection.focusOffset) }
}

/** The text node and offset of character `offset` of `el`. */
function locate(el: HTMLElement, offset: number): [Node, number] {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
  let left = offset
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0
    if (left <= length) return [node, left]
    left -= length
  }
  return [el, el.childNodes.length]
}

function restoreSelection(el: HTMLElement, saved: ReturnType<typeof saveSelection>): void {
  const selection = document.getSelection()
  if (!saved || !selection) return
  if (saved.anchor === null || saved.focus === null) {
    // One end was outside the paragraph: keep that end, move this one.
    const mine = saved.anchor ?? saved.focus!
    const [node, at] = locate(el, mine)
    if (saved.anchor !== null && selection.focusNode) selection.setBaseAndExtent(node, at, selection.focusNode, selection.focusOffset)
    else if (selection.anchorNode) selection.setBaseAndExtent(selection.anchorNode, selection.anchorOffset, node, at)
    return
  }
  const [anchorNode, anchorAt] = locate(el, saved.anchor)
  const [focusNode, focusAt] = locate(el, saved.focus)
  selection.setBaseAndExtent(anchorNode, anchorAt, focusNode, focusAt)
}

function draw(el: HTMLElement, runs: ParagraphRuns): void {
  const focused = document.activeElement instanceof HTMLElement && el.contains(document.activeElement) ? document.activeElement : null
  const focusId = focused && focused !== el ? focused.dataset.highlightId : undefined
  const saved = saveSelection(el)
  el.innerHTML = paragraphHtml({
    text: runs.text,
    lead: runs.lead,
    marks: runs.marks ?? none,
    theme: runs.theme,
    activeId: runs.activeId,
    label: (category, quote) => fill(runs.labelFormat, category, quote),
    styler,
  })
  drawn.set(el, runs)
  if (focused && focused !== el) {
    const again = focusId ? el.querySelector<HTMLElement>(`mark[role="button"][data-highlight-id="${CSS.escape(focusId)}"]`) : null
    ;(again ?? el).focus({ preventScroll: true })
  }
  restoreSelection(el, saved)
}

/** The runs of highlight `id` under `root`: those it tops, and those where it
 * lies beneath another (listed in data-highlights). */
export function runsOf(root: ParentNode, id: string): HTMLElement[] {
  const quoted = CSS.escape(id)
  return Array.from(root.querySelectorAll<HTMLElement>(`mark[data-highlight-id="${quoted}"], mark[data-highlights~="${quoted}"]`))
}

/** Moves the mark of the open highlight without rebuilding the paragraph. */
function markActive(el: HTMLElement, from: string | null, to: string | null): void {
  if (from) for (const m of runsOf(el, from)) m.classList.remove('active')
  if (to) for (const m of runsOf(el, to)) m.classList.add('active')
}

export const vParagraphRuns: Directive<HTMLElement, ParagraphRuns> = {
  mounted: (el, { value }) => {
    followSelection()
    draw(el, value)
  },
  updated: (el, { value }) => {
    const before = drawn.get(el)
    if (!before || !sameContent(before, value)) return draw(el, value)
    if (before.activeId !== value.activeId) {
      markActive(el, before.activeId, value.activeId)
      drawn.set(el, value)
    }
  },
}
