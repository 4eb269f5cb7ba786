// Find in the part being read (Ctrl+F): every occurrence of the query in the
// part's headings and paragraphs, painted as CSS highlights (useTextMarks), a
// current one to step through, and the pane scrolled to keep it in view.
// The scope is fixed when the query is typed, so stepping to a match near a
// part's edge (which may move the "current part") does not change the set.
// When the text re-renders (a highlight added, the edition reloaded), the
// matches are found again.
import { onBeforeUnmount, ref, type Ref } from 'vue'
import { useReaderStore } from '../stores/reader'
import { clearMarks, markNames, rangesOf, setMarks } from './useTextMarks'

/** Room kept above and below the current match when scrolling to it: the
 * find bar (about 40 px high, 10 px down) floats over the top of the pane. */
const scrollMarginPx = 60

export function useFindInSection(pane: Ref<HTMLElement | null>) {
  const reader = useReaderStore()
  const query = ref('')
  /** The part searched (0: what stands before the first part). */
  const part = ref<number | null>(null)
  const total = ref(0)
  /** Index of the current match; -1 when there is none. */
  const current = ref(-1)
  let ranges: Range[] = []
  let observer: MutationObserver | null = null
  let frame = 0

  /** The elements of the part's blocks, in reading order. */
  function scopeElements(partNumber: number): Element[] {
    const doc = reader.doc
    const root = pane.value
    if (!doc || !root) return []
    const wanted = new Set<number>()
    doc.blocks.forEach((block, index) => block.part === partNumber && wanted.add(index))
    return Array.from(root.querySelectorAll('[data-block-index]')).filter((el) =>
      wanted.has(Number((el as HTMLElement).dataset.blockIndex)),
    )
  }

  /** Finds the matches again. `fromView`: make the current one the first at
   * or below the top of the pane (as a browser's find does while typing);
   * otherwise keep the current index where it was. */
  function refresh(fromView: boolean): void {
    const needle = query.value.trim()
    if (part.value === null || fromView) part.value = reader.currentBlock?.part ?? 0
    ranges = needle ? scopeElements(part.value).flatMap((el) => rangesOf(el, [needle])) : []
    total.value = ranges.length
    if (ranges.length === 0) current.value = -1
    else if (fromView || current.value < 0) current.value = firstInView()
    else current.value = Math.min(current.value, ranges.length - 1)
    paint()
    if (fromView && current.value >= 0) reveal()
    watchText(ranges.length > 0 || needle !== '')
  }

  function firstInView(): number {
    const top = pane.value?.getBoundingClientRect().top ?? 0
    const at = ranges.findIndex((r) => r.getBoundingClientRect().bottom > top)
    return at < 0 ? 0 : at
  }

  function paint(): void {
    setMarks(markNames.find, ranges.filter((_, i) => i !== current.value))
    setMarks(markNames.findCurrent, current.value >= 0 ? [ranges[current.value]] : [])
  }

  /** Scrolls the pane (at once, as a browser's find does) so the current
   * match sits a third of the way down, unless it is already well in view. */
  function reveal(): void {
    const root = pane.value
    const range = ranges[current.value]
    if (!root || !range) return
    const box = range.getBoundingClientRect()
    const view = root.getBoundingClientRect()
    if (box.top >= view.top + scrollMarginPx && box.bottom <= view.bottom - scrollMarginPx / 2) return
    root.scrollTop += box.top - view.top - view.height / 3
  }

  /** Sets the query and finds it in the part now in view. */
  function setQuery(value: string): void {
    query.value = value
    part.value = null
    refresh(true)
  }

  /** Moves to the next (1) or previous (-1) match, wrapping around. */
  function step(direction: 1 | -1): void {
    if (ranges.length === 0) return
    current.value = (current.value + direction + ranges.length) % ranges.length
    paint()
    reveal()
  }

  /** Removes every mark and forgets the query. */
  function clear(): void {
    query.value = ''
    part.value = null
    ranges = []
    total.value = 0
    current.value = -1
    watchText(false)
    clearMarks(markNames.find, markNames.findCurrent)
  }

  /** While there is a query, finds again after the text re-renders: Ranges
   * over replaced text nodes would collapse. */
  function watchText(on: boolean): void {
    if (!on) {
      observer?.disconnect()
      observer = null
      return
    }
    if (observer || !pane.value) return
    observer = new MutationObserver(() => {
      if (!frame) {
        frame = requestAnimationFrame(() => {
          frame = 0
          refresh(false)
        })
      }
    })
    observer.observe(pane.value, { childList: true, subtree: true, characterData: true })
  }

  onBeforeUnmount(() => {
    cancelAnimationFrame(frame)
    clear()
  })

  return { query, part, total, current, setQuery, step, clear, refresh }
}
