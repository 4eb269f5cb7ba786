// The reader's half of a search result: once the report of the chosen hit is
// open and rendered (the app is ready), scroll to the hit's paragraph (or its
// heading), focus it and mark the query's terms in it for a few seconds.
import { nextTick, onBeforeUnmount, watch } from 'vue'
import type { ReaderDocument } from '@api'
import { useAppStore } from '../stores/app'
import { useReaderStore } from '../stores/reader'
import { useSearchStore, type SearchJump } from '../stores/search'
import { clearMarks, markNames, rangesOf, setMarks } from './useTextMarks'

/** How long the match stays marked: long enough to find it after the scroll
 * and read the sentence, short enough not to linger as if it were a highlight. */
export const jumpMarkMs = 8000

/** A jump not taken within this time (the report failed to open) is dropped. */
const jumpTimeoutMs = 30_000

/** The block to show for a hit: its paragraph, else its section's heading
 * (a heading, a note, an orphaned highlight), else its part's heading; -1 if
 * none is found. */
export function blockIndexOf(doc: ReaderDocument, jump: SearchJump): number {
  const { blocks } = doc
  if (jump.paragraphId !== null) {
    const at = blocks.findIndex((b) => b.kind === 'paragraph' && b.id === jump.paragraphId)
    if (at >= 0) return at
  }
  if (jump.sectionId !== null) {
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.sectionId === jump.sectionId)
    if (at >= 0) return at
  }
  return blocks.findIndex((b) => b.part === jump.part)
}

/** Binds the jump to the reader; `goTo` scrolls block `index` to the top and focuses it. */
export function useSearchJump(goTo: (index: number) => void): void {
  const app = useAppStore()
  const reader = useReaderStore()
  const search = useSearchStore()
  let clearTimer: ReturnType<typeof setTimeout> | undefined
  let flashed: HTMLElement | null = null

  function unmark(): void {
    clearTimeout(clearTimer)
    clearMarks(markNames.jump)
    flashed?.removeAttribute('data-search-target')
    flashed = null
  }

  async function take(): Promise<void> {
    const doc = reader.doc
    if (!app.ready || !doc || !search.jump) return
    if (Date.now() - search.jump.at > jumpTimeoutMs) {
      search.jump = null
      return
    }
    // Hits are in the newest edition: leave an older one first (the new
    // document triggers this again).
    if (reader.viewingOld && search.jump.reportId === doc.reportId) {
      await reader.showEdition(reader.latestEdition)
      return
    }
    const jump = search.takeJump(doc.reportId)
    if (!jump) return
    const index = blockIndexOf(doc, jump)
    if (index < 0) return
    unmark()
    // After the palette's focus trap has handed focus back, so focus lands here.
    await nextTick()
    goTo(index)
    const element = document.querySelector<HTMLElement>(`[data-block-index="${index}"]`)
    if (!element) return
    setMarks(markNames.jump, rangesOf(element, jump.terms))
    // Restart the glow even when the same paragraph is chosen twice.
    element.removeAttribute('data-search-target')
    void element.offsetWidth
    element.setAttribute('data-search-target', '')
    flashed = element
    clearTimer = setTimeout(unmark, jumpMarkMs)
  }

  watch([() => search.jump, () => app.ready, () => reader.doc], () => void take(), { immediate: true })
  onBeforeUnmount(unmark)
}
