// The briefs (DESIGN.md screen 6, issue 5): the list and its trash, the brief
// open in the editor, its live preview, and exporting it. Every change to the
// open brief goes through one queue, so changes land in the order they were
// made; moves are shown at once (optimistically) and edits of free text,
// questions and comments are saved as the user types (debounced, flushed when
// the editor goes away), like section notes.
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { ApiInput, Brief, BriefBlock, BriefExportResult, BriefFormat, BriefSummary, BriefTemplate, ExportPathChoice, RichTextDoc } from '@api'
import { api } from '../api/client'
import { moveItem } from '../composables/useBlockReorder'
import { useAppStore } from './app'

/** The templates in the order the menus show them. */
export const briefTemplates: readonly BriefTemplate[] = ['outline', 'speech', 'handout', 'quiz']
export const briefFormats: readonly BriefFormat[] = ['md', 'html', 'docx', 'pdf']

/** Pause in typing before a block's text is saved (as for section notes). */
export const blockSaveDelayMs = 400
/** Pause after the last change before the preview is rendered again: long
 * enough that a burst of Alt+↓ presses renders once, short enough to feel live. */
export const previewDelayMs = 250

export type BlockSource = ApiInput<'addBlock'>['block']
/** How a new brief starts: from a report's highlights, or empty. */
export type NewBriefMode = 'highlights' | 'empty'
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error'

export interface BlockEdit {
  text?: string
  doc?: RichTextDoc | null
  comment?: string
}

const summaryOf = (brief: Brief): BriefSummary => {
  const { blocks: _blocks, ...summary } = brief
  return summary
}

export const useBriefsStore = defineStore('briefs', () => {
  const list = ref<BriefSummary[]>([])
  const trash = ref<BriefSummary[]>([])
  const loaded = ref(false)
  /** The brief open in the editor. */
  const current = shallowRef<Brief | null>(null)
  /** Whether the open brief's edits are stored. */
  const saveStatus = ref<SaveStatus>('idle')
  /** The open brief's export HTML, for the preview; null until rendered. */
  const previewHtml = ref<string | null>(null)
  const previewLoading = ref(false)

  let queue: Promise<unknown> = Promise.resolve()
  /** Changes queued and not yet answered: while any is, an answer is not shown
   * (it would undo a later optimistic move for a moment). */
  let inFlight = 0
  const pendingEdits = new Map<number, BlockEdit>()
  let editTimer: ReturnType<typeof setTimeout> | undefined
  let previewTimer: ReturnType<typeof setTimeout> | undefined
  let previewTicket = 0

  /** Briefs per report id, in list order (most recently changed first). */
  const byReport = computed(() => {
    const map = new Map<number, BriefSummary[]>()
    for (const b of list.value) if (b.reportId !== null) map.set(b.reportId, [...(map.get(b.reportId) ?? []), b])
    return map
  })

  /** Fetches the briefs and the trash afresh. Throws ApiError. */
  async function load(): Promise<void> {
    const [live, deleted] = await Promise.all([api.listBriefs({}), api.listBriefs({ deleted: true })])
    list.value = live
    trash.value = deleted
    loaded.value = true
  }

  /** Loads the list once (for the reader's "add to brief"). Throws ApiError. */
  async function ensureLoaded(): Promise<void> {
    if (!loaded.value) await load()
  }

  /** Puts a brief's summary at the head of the list (it was just changed). */
  function putSummary(brief: Brief | BriefSummary): void {
    const summary = 'blocks' in brief ? summaryOf(brief) : brief
    trash.value = trash.value.filter((b) => b.id !== summary.id)
    list.value = [summary, ...list.value.filter((b) => b.id !== summary.id)]
  }

  /** Opens a brief in the editor and renders its preview. Throws ApiError
   * (brief-not-found). */
  async function open(id: number): Promise<Brief> {
    if (current.value?.id !== id) {
      await flush()
      current.value = null
      previewHtml.value = null
      saveStatus.value = 'idle'
    }
    const brief = await api.getBrief({ id })
    current.value = brief
    schedulePreview(0)
    return brief
  }

  /** Closes the editor: pending edits are written first. */
  async function close(): Promise<void> {
    await flush()
    current.value = null
    previewHtml.value = null
    clearTimeout(previewTimer)
  }

  /** Runs a change of the open brief after the ones queued before it. Its
   * answer becomes the open brief once nothing else is waiting; on failure
   * the brief is fetched again, so an optimistic change is undone. */
  function change(op: () => Promise<Brief>): Promise<Brief> {
    inFlight++
    const run = queue.then(op)
    queue = run.catch(() => undefined)
    return run.then(
      (brief) => {
        inFlight--
        if (current.value?.id === brief.id) {
          if (inFlight === 0) current.value = brief
          schedulePreview()
        }
        putSummary(brief)
        return brief
      },
      async (error: unknown) => {
        inFlight--
        const id = current.value?.id
        if (inFlight === 0 && id !== undefined) {
          current.value = await api.getBrief({ id }).catch(() => current.value)
          schedulePreview()
        }
        throw error
      },
    )
  }

  /** Makes an empty brief and adds it to the list. Throws ApiError. */
  async function create(input: ApiInput<'createBrief'>): Promise<Brief> {
    const brief = await api.createBrief(input)
    putSummary(brief)
    return brief
  }

  /** "Brief from my highlights" for a report. Throws ApiError (report-not-found). */
  async function createFromHighlights(input: ApiInput<'createBriefFromHighlights'>): Promise<Brief> {
    const brief = await api.createBriefFromHighlights(input)
    putSummary(brief)
    return brief
  }

  /** Renames a brief, in the list and in the editor. Throws ApiError. */
  async function rename(id: number, title: string): Promise<Brief> {
    const brief = current.value?.id === id ? await change(() => api.renameBrief({ id, title })) : await api.renameBrief({ id, title })
    list.value = list.value.map((b) => (b.id === id ? summaryOf(brief) : b))
    return brief
  }

  /** Sets the template of the open brief; the preview follows. Throws ApiError. */
  async function setTemplate(template: BriefTemplate): Promise<Brief> {
    const brief = current.value
    if (!brief) throw new Error('no brief open')
    current.value = { ...brief, template }
    return change(() => api.setBriefTemplate({ id: brief.id, template }))
  }

  /** Copies a brief (blocks and all) into a new one. Throws ApiError. */
  async function duplicate(id: number): Promise<Brief> {
    if (current.value?.id === id) await flush()
    const brief = await api.duplicateBrief({ id })
    putSummary(brief)
    return brief
  }

  /** Moves a brief to the trash. Throws ApiError. */
  async function remove(id: number): Promise<Brief> {
    if (current.value?.id === id) await close()
    const brief = await api.deleteBrief({ id })
    list.value = list.value.filter((b) => b.id !== id)
    trash.value = [summaryOf(brief), ...trash.value.filter((b) => b.id !== id)]
    return brief
  }

  /** Takes a brief out of the trash. Throws ApiError. */
  async function restore(id: number): Promise<Brief> {
    const brief = await api.restoreBrief({ id })
    putSummary(brief)
    list.value = [...list.value].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    return brief
  }

  /** Adds a block to a brief (the open one or any other). Throws ApiError. */
  async function addBlock(briefId: number, block: BlockSource, index?: number): Promise<Brief> {
    if (current.value?.id === briefId) return change(() => api.addBlock({ briefId, block, index }))
    const brief = await api.addBlock({ briefId, block, index })
    putSummary(brief)
    return brief
  }

  /** Records an edit of a block's text, doc or comment; written after a
   * short pause with the other pending edits. */
  function editBlock(id: number, edit: BlockEdit): void {
    pendingEdits.set(id, { ...pendingEdits.get(id), ...edit })
    saveStatus.value = 'pending'
    clearTimeout(editTimer)
    editTimer = setTimeout(() => void flush(), blockSaveDelayMs)
  }

  /** Writes the pending edits now; resolves when every change so far is stored. */
  async function flush(): Promise<void> {
    clearTimeout(editTimer)
    const edits = [...pendingEdits]
    pendingEdits.clear()
    if (edits.length) saveStatus.value = 'saving'
    const writes = edits.map(([id, edit]) =>
      change(() => api.updateBlock({ id, ...edit })).catch((error: unknown) => {
        // Keep the edit for the next attempt unless a newer one replaced it.
        if (!pendingEdits.has(id)) pendingEdits.set(id, edit)
        clearTimeout(editTimer)
        editTimer = setTimeout(() => void flush(), blockSaveDelayMs * 10)
        throw error
      }),
    )
    const results = await Promise.allSettled(writes)
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) {
      saveStatus.value = 'error'
      useAppStore().report(failed.reason)
    } else if (edits.length && pendingEdits.size === 0) saveStatus.value = 'saved'
    await queue
  }

  /** Removes a block from the open brief. Throws ApiError. */
  async function removeBlock(id: number): Promise<Brief> {
    pendingEdits.delete(id)
    const brief = current.value
    if (brief) current.value = { ...brief, blocks: brief.blocks.filter((b) => b.id !== id), blockCount: brief.blockCount - 1 }
    return change(() => api.removeBlock({ id }))
  }

  /** Moves a block of the open brief to `toIndex` (its index once in place):
   * shown at once, stored in turn. Throws ApiError. */
  function moveBlock(id: number, toIndex: number): Promise<Brief> {
    const brief = current.value
    if (brief) {
      const from = brief.blocks.findIndex((b) => b.id === id)
      if (from >= 0) current.value = { ...brief, blocks: moveItem<BriefBlock>(brief.blocks, from, toIndex) }
    }
    return change(() => api.moveBlock({ id, toIndex }))
  }

  /** Renders the preview again after a short pause (`delay` ms). */
  function schedulePreview(delay = previewDelayMs): void {
    clearTimeout(previewTimer)
    previewTimer = setTimeout(() => void refreshPreview(), delay)
  }

  /** Renders the open brief's export HTML for the preview; a render that a
   * newer one overtook is dropped. */
  async function refreshPreview(): Promise<void> {
    const brief = current.value
    if (!brief) return
    const ticket = ++previewTicket
    previewLoading.value = true
    try {
      const html = await api.previewBrief({ id: brief.id })
      if (ticket === previewTicket && current.value?.id === brief.id) previewHtml.value = html
    } catch (error) {
      if (ticket === previewTicket) useAppStore().report(error)
    } finally {
      if (ticket === previewTicket) previewLoading.value = false
    }
  }

  /** Where to save the open brief as `format`: the desktop app's save dialog
   * (native; path null when cancelled), else a suggestion for the user to edit.
   * Throws ApiError. */
  function choosePath(format: BriefFormat): Promise<ExportPathChoice> {
    const brief = current.value
    if (!brief) throw new Error('no brief open')
    return api.chooseExportPath({ title: brief.title, extension: format })
  }

  /** Writes the open brief to `path` once its pending edits are stored.
   * Throws ApiError (export-folder-unwritable, export-bad-name, pdf-unavailable). */
  async function exportTo(format: BriefFormat, path: string): Promise<BriefExportResult> {
    const brief = current.value
    if (!brief) throw new Error('no brief open')
    await flush()
    return api.exportBrief({ id: brief.id, format, path })
  }

  return {
    list,
    trash,
    loaded,
    current,
    saveStatus,
    previewHtml,
    previewLoading,
    byReport,
    load,
    ensureLoaded,
    open,
    close,
    create,
    createFromHighlights,
    rename,
    setTemplate,
    duplicate,
    remove,
    restore,
    addBlock,
    editBlock,
    flush,
    removeBlock,
    moveBlock,
    schedulePreview,
    refreshPreview,
    choosePath,
    exportTo,
  }
})
