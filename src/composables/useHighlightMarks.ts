// The highlights in the text as things to act on: a click on a mark (or Enter
// on its focus stop) opens it in the notes pane, Delete moves it to the trash
// (with Undo), a digit recolours it; a request from the panel or the notes
// pane scrolls a highlight into view and marks it. One listener on the pane
// for all marks, however many.
import { nextTick, onBeforeUnmount, onMounted, onUpdated, watch, type Ref } from 'vue'
import { isTypingTarget, primary } from './useShortcuts'
import { useHighlightActions } from './useHighlightActions'
import { useCategoriesStore } from '../stores/categories'
import { useHighlightsStore } from '../stores/highlights'
import { runsOf } from '../directives/paragraphRuns'

/** The ids of the highlights under a mark, bottom first. */
function idsOf(el: Element): string[] {
  return (el.getAttribute('data-highlights') ?? el.getAttribute('data-highlight-id') ?? '').split(' ').filter(Boolean)
}


export function useHighlightMarks(pane: Ref<HTMLElement | null>) {
  const store = useHighlightsStore()
  const categories = useCategoriesStore()
  const actions = useHighlightActions()

  /** Which highlight a click on `mark` means: the top one; clicking again
   * where several overlap steps down through them. */
  function pick(mark: Element): string | null {
    const ids = idsOf(mark)
    if (!ids.length) return null
    const at = store.activeId ? ids.indexOf(store.activeId) : -1
    return at > 0 ? ids[at - 1] : at === 0 ? ids[ids.length - 1] : ids[ids.length - 1]
  }

  function onClick(event: MouseEvent): void {
    const mark = (event.target as Element | null)?.closest?.('mark[data-highlight-id]')
    if (!mark || !pane.value?.contains(mark)) return
    // The end of a drag that selected text is not a click on the mark.
    if (document.getSelection()?.isCollapsed === false) return
    const id = pick(mark)
    if (id) store.open(id)
  }

  function onKeydown(event: KeyboardEvent): void {
    const mark = event.target instanceof HTMLElement && event.target.matches('mark[data-highlight-id]') ? event.target : null
    if (!mark || event.altKey || isTypingTarget(event.target)) return
    const id = mark.dataset.highlightId!
    if ((event.key === 'Enter' || event.key === ' ') && !primary(event)) {
      event.preventDefault()
      store.open(id, 'comment')
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && !primary(event)) {
      event.preventDefault()
      focusNeighbour(mark)
      void actions.remove(id)
    } else if (/^[1-9]$/.test(event.key) && !primary(event) && document.getSelection()?.isCollapsed !== false) {
      const category = categories.byShortcut(Number(event.key))
      if (!category) return
      event.preventDefault()
      void actions.recolour(id, category.id)
    }
  }

  /** Before a focused mark goes away, the focus moves to the next one (or the paragraph). */
  function focusNeighbour(mark: HTMLElement): void {
    const stops = Array.from(pane.value?.querySelectorAll<HTMLElement>('mark[role="button"]') ?? [])
    const at = stops.indexOf(mark)
    const next = stops[at + 1] ?? stops[at - 1]
    ;(next ?? mark.closest<HTMLElement>('[data-paragraph-id]'))?.focus({ preventScroll: true })
  }

  // Bring a highlight into view: centred, marked with a brief pulse.
  watch(
    () => store.revealRequest,
    async (request) => {
      if (!request || !pane.value) return
      await nextTick()
      const runs = runsOf(pane.value, request.id)
      const first = runs[0]
      if (!first) return
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
      first.scrollIntoView({ block: request.scroll, behavior: reduce || request.scroll === 'nearest' ? 'auto' : 'smooth' })
      if (request.focus) {
        const stop = runs.find((el) => el.getAttribute('role') === 'button') ?? first
        if (!stop.hasAttribute('tabindex')) stop.tabIndex = -1
        stop.focus({ preventScroll: true })
      }
      if (!reduce && request.scroll === 'center') {
        const accent = getComputedStyle(first).getPropertyValue('--accent').trim() || '#9b1c1c'
        for (const el of runs) {
          el.animate(
            [{ boxShadow: `0 0 0 6px ${accent}59` }, { boxShadow: `0 0 0 0 ${accent}00` }],
            { duration: 900, easing: 'ease-out' },
          )
        }
      }
    },
  )

  // The bench's mark: the text has updated, its paragraphs' directives
  // included (they run before the component's own updated hook).
  onUpdated(() => store.markRendered())

  onMounted(() => {
    pane.value?.addEventListener('click', onClick)
    pane.value?.addEventListener('keydown', onKeydown)
  })
  onBeforeUnmount(() => {
    pane.value?.removeEventListener('click', onClick)
    pane.value?.removeEventListener('keydown', onKeydown)
  })
}
