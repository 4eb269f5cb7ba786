// Scroll spy for the text pane: which block is at the top of the pane, kept
// current on scroll and resize; plus scrolling to a block and restoring a
// saved offset. Block tops are measured once per layout change and searched
// by bisection, so a long report costs nothing per scroll event.
import { onBeforeUnmount, type Ref } from 'vue'

/** Room left above a block scrolled to the top, so its first line breathes. */
export const scrollMarginPx = 24
/** The line (below the pane's top) whose block counts as "at the top". */
export const readingLinePx = scrollMarginPx + 16
/** Longest a smooth scroll may keep the spy pinned to its target. */
const pinTimeoutMs = 1500

export interface ScrollSpyOptions {
  /** Called when the block at the top changes (its `data-block-index`). */
  onIndex(index: number): void
  /** Called after each scroll frame with the block at the top and the pane's offset into it. */
  onScroll?(index: number, offset: number): void
}

export function useScrollSpy(container: Ref<HTMLElement | null>, options: ScrollSpyOptions) {
  let tops: number[] = []
  let elements: HTMLElement[] = []
  let frame = 0
  let pinned: number | null = null
  let pinTimer: ReturnType<typeof setTimeout> | undefined
  let lastIndex = -1
  const observer = new ResizeObserver(() => {
    measure()
    update()
  })

  /** Measures every block's top; call after the blocks render. */
  function measure(): void {
    const pane = container.value
    if (!pane) return
    elements = Array.from(pane.querySelectorAll<HTMLElement>('[data-block-index]'))
    const base = pane.getBoundingClientRect().top - pane.scrollTop
    tops = elements.map((el) => el.getBoundingClientRect().top - base)
  }

  /** The block whose top is the last at or above `y` (content coordinates). */
  function indexAt(y: number): number {
    let lo = 0
    let hi = tops.length - 1
    let found = 0
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (tops[mid] <= y) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return found
  }

  function emitIndex(index: number): void {
    if (index === lastIndex) return
    lastIndex = index
    options.onIndex(index)
  }

  function update(): void {
    frame = 0
    const pane = container.value
    if (!pane || tops.length === 0) return
    const index = indexAt(pane.scrollTop + readingLinePx)
    if (pinned === null) emitIndex(index)
    options.onScroll?.(index, pane.scrollTop - tops[index])
  }

  function onScroll(): void {
    if (!frame) frame = requestAnimationFrame(update)
  }

  function unpin(): void {
    clearTimeout(pinTimer)
    pinned = null
    update()
  }

  /** Scrolls so block `index` sits at the top of the pane (smoothly unless the
   * user prefers reduced motion), marking it current at once. */
  function scrollToIndex(index: number): void {
    const pane = container.value
    if (!pane || tops[index] === undefined) return
    const target = Math.max(0, Math.min(tops[index] - scrollMarginPx, pane.scrollHeight - pane.clientHeight))
    emitIndex(index)
    if (Math.abs(pane.scrollTop - target) < 1) return
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    pinned = index
    clearTimeout(pinTimer)
    pinTimer = setTimeout(unpin, pinTimeoutMs)
    pane.scrollTo({ top: target, behavior: reduce ? 'auto' : 'smooth' })
  }

  /** Puts the pane back at `offset` pixels into block `index` (no animation). */
  function restore(index: number, offset: number): void {
    const pane = container.value
    if (!pane) return
    measure()
    pane.scrollTop = tops[index] === undefined ? 0 : tops[index] + offset
    update()
  }

  /** The element of block `index`, for focusing it. */
  function elementAt(index: number): HTMLElement | undefined {
    return elements[index]
  }

  /** Starts observing the pane and its content; call once both are mounted. */
  function start(): void {
    const pane = container.value
    if (!pane) return
    pane.addEventListener('scroll', onScroll, { passive: true })
    pane.addEventListener('scrollend', unpin)
    observer.observe(pane)
    if (pane.firstElementChild) observer.observe(pane.firstElementChild)
    measure()
  }

  onBeforeUnmount(() => {
    observer.disconnect()
    cancelAnimationFrame(frame)
    clearTimeout(pinTimer)
    container.value?.removeEventListener('scroll', onScroll)
    container.value?.removeEventListener('scrollend', unpin)
  })

  return { start, measure, scrollToIndex, restore, elementAt, indexAt }
}
