// The report being read: its document, the outline derived from it, where the
// reader is (the block at the top of the text pane) and the reading position
// that is saved so it comes back on the next start.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { ReaderBlock, ReaderDocument, ReaderSection, ReadingPosition } from '@api'
import { api } from '../api/client'
import { useAppStore } from './app'

export interface OutlineTopicItem {
  /** Index of the paragraph in `doc.blocks`. */
  index: number
  paragraphId: number
  text: string
}

export interface OutlinePart {
  section: ReaderSection
  /** Index of the part's heading in `doc.blocks`. */
  index: number
  topics: OutlineTopicItem[]
}

/** How long scrolling must pause before the position is written. */
const positionDelayMs = 500

export const useReaderStore = defineStore('reader', () => {
  const doc = shallowRef<ReaderDocument | null>(null)
  const error = ref<string | null>(null)
  /** Index in `doc.blocks` of the block at the top of the text pane. */
  const currentIndex = ref(0)
  /** Notes counts by section id, kept up to date as notes are saved. */
  const noteCounts = ref<Record<number, number>>({})
  const savedPosition = ref<ReadingPosition | null>(null)
  /** The newest edition's number (how many editions the report has). */
  const latestEdition = ref(1)
  /** An earlier edition is shown: read-only, without the annotations (they
   * belong to the newest). */
  const viewingOld = computed(() => !!doc.value && doc.value.edition < latestEdition.value)
  let pendingPosition: ReadingPosition | null = null
  let positionTimer: ReturnType<typeof setTimeout> | undefined

  const parts = computed<OutlinePart[]>(() => {
    const d = doc.value
    if (!d) return []
    const byPart = new Map<number, OutlinePart>()
    const result: OutlinePart[] = []
    d.blocks.forEach((block, index) => {
      if (block.kind === 'heading') {
        const section = d.sections.find((s) => s.id === block.sectionId)
        if (section && section.parentId === null) {
          const part = { section, index, topics: [] }
          byPart.set(block.part, part)
          result.push(part)
        }
      } else if (block.lead) {
        byPart.get(block.part)?.topics.push({ index, paragraphId: block.id, text: block.lead })
      }
    })
    return result
  })

  const currentBlock = computed<ReaderBlock | null>(() => doc.value?.blocks[currentIndex.value] ?? null)

  /** The top-level part being read, or null before the first part. */
  const currentPart = computed<OutlinePart | null>(() => {
    const block = currentBlock.value
    if (!block) return null
    return parts.value.find((p) => p.section.part === block.part) ?? null
  })

  /** The outline entry to mark as current: the topic whose paragraph (or a
   * paragraph after it in the same part) is at the top, else the part. */
  const currentOutlineIndex = computed<number | null>(() => {
    const part = currentPart.value
    if (!part) return null
    let marked = part.index
    for (const topic of part.topics) if (topic.index <= currentIndex.value) marked = topic.index
    return marked
  })

  /** Opens a report: loads its document. Throws ApiError (report-not-found…). */
  async function open(reportId: number): Promise<ReaderDocument> {
    error.value = null
    // An earlier edition shown before is left for the newest.
    if (doc.value?.reportId !== reportId || viewingOld.value) {
      doc.value = null
      const loaded = await api.getReader({ reportId })
      doc.value = loaded
      latestEdition.value = loaded.edition
      noteCounts.value = Object.fromEntries(loaded.sections.map((s) => [s.id, s.notes]))
      currentIndex.value = 0
    }
    return doc.value!
  }

  /** Shows another edition of the open report (the newest: back to it).
   * Throws ApiError (edition-not-found…). */
  async function showEdition(edition: number): Promise<void> {
    const reportId = doc.value?.reportId
    if (reportId === undefined) return
    const newest = edition >= latestEdition.value
    const loaded = await api.getReader(newest ? { reportId } : { reportId, edition })
    if (doc.value?.reportId !== reportId) return
    if (newest) latestEdition.value = loaded.edition
    doc.value = loaded
    if (newest) noteCounts.value = Object.fromEntries(loaded.sections.map((s) => [s.id, s.notes]))
    currentIndex.value = 0
  }

  /** Forgets the open report (it could not be shown). */
  function close(message: string | null = null): void {
    doc.value = null
    error.value = message
  }

  /** Records which block is at the top of the text pane. */
  function setCurrentIndex(index: number): void {
    currentIndex.value = index
  }

  /** Records that a section now has (or no longer has) a non-empty note. */
  function setHasNote(sectionId: number, hasNote: boolean): void {
    noteCounts.value = { ...noteCounts.value, [sectionId]: hasNote ? 1 : 0 }
  }

  /** Reads the saved reading position (null when none or unreadable). */
  async function loadPosition(): Promise<ReadingPosition | null> {
    try {
      savedPosition.value = await api.getReadingPosition({})
    } catch (e) {
      useAppStore().report(e)
      savedPosition.value = null
    }
    return savedPosition.value
  }

  /** Remembers where the reader is; written after scrolling pauses, or on flush. */
  function savePosition(position: ReadingPosition): void {
    savedPosition.value = position
    pendingPosition = position
    clearTimeout(positionTimer)
    positionTimer = setTimeout(() => void flushPosition(), positionDelayMs)
  }

  /** Writes a pending reading position now. */
  async function flushPosition(): Promise<void> {
    clearTimeout(positionTimer)
    const position = pendingPosition
    pendingPosition = null
    if (!position) return
    try {
      await api.setReadingPosition(position)
    } catch (e) {
      useAppStore().report(e)
    }
  }

  return {
    doc,
    error,
    currentIndex,
    noteCounts,
    savedPosition,
    latestEdition,
    viewingOld,
    parts,
    currentBlock,
    currentPart,
    currentOutlineIndex,
    open,
    showEdition,
    close,
    setCurrentIndex,
    setHasNote,
    loadPosition,
    savePosition,
    flushPosition,
  }
})
