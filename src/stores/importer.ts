// Importing a report file (DESIGN.md screen 1, issue 4 "Import"): the file the
// user picked or dropped, what the core makes of it (the preview, with the
// encoding it guessed or the user chose), and the import itself, as a new
// report or as a new edition of one already in the library. Nothing is
// written before the user confirms; a failure leaves the library unchanged
// (the core imports in one transaction).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { EditionOutcome, ImportPreview } from '@api'
import { api } from '../api/client'
import { readFileBase64 } from '../lib/read-file-base64'
import { useLibraryStore } from './library'

/** The file types the core imports, as the file dialog's `accept` lists them. */
export const importExtensions = ['.txt', '.md', '.markdown', '.docx', '.html', '.htm'] as const

/** Largest file the core takes (MAX_REPORT_BYTES in core/read-report-file.ts):
 * checked before reading, so a huge file is refused at once instead of after
 * seconds of base64 encoding and upload. */
export const maxImportBytes = 50 * 1024 * 1024

/** The encodings the user may force; `auto` lets the core detect it. The
 * names are the encodings' own (not translated). */
export const encodingChoices = [
  { value: 'auto', label: null },
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'utf-16le', label: 'UTF-16LE' },
  { value: 'utf-16be', label: 'UTF-16BE' },
  { value: 'gb18030', label: 'GB18030' },
] as const
export type EncodingChoice = (typeof encodingChoices)[number]['value']

export const encodingLabel = (encoding: ImportPreview['encoding']) =>
  encodingChoices.find((c) => c.value === encoding)?.label ?? null

/** Why a file cannot be imported: an API error (its message is already in the
 * user's language) or a check made here before anything is sent. */
export type ImportProblem =
  | { kind: 'api'; message: string }
  | { kind: 'tooLarge'; sizeMb: string }
  | { kind: 'unsupported' }
  | { kind: 'unreadable' }

export type ImportStatus = 'idle' | 'reading' | 'previewing' | 'ready' | 'importing' | 'done' | 'failed'

/** What a confirmed import gave. */
export type ImportDone =
  | { kind: 'report'; id: number; title: string; existing: boolean }
  | { kind: 'edition'; outcome: EditionOutcome }

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

export const useImportStore = defineStore('import', () => {
  const open = ref(false)
  const fileName = ref('')
  const status = ref<ImportStatus>('idle')
  const problem = shallowRef<ImportProblem | null>(null)
  const encoding = ref<EncodingChoice>('auto')
  const preview = shallowRef<ImportPreview | null>(null)
  const asEdition = ref(false)
  const targetReportId = ref<number | null>(null)
  /** The edition import's result, shown in the dialog until it closes. */
  const outcome = shallowRef<EditionOutcome | null>(null)
  /** The file's bytes; not reactive (up to 67 MB of text). */
  let bytesBase64 = ''
  /** Whether the bytes are read (so another encoding can be tried). */
  const loaded = ref(false)
  /** Counts files and previews, so a slow answer for an earlier one is dropped. */
  let ticket = 0

  /** A text format, whose encoding the user may choose (not .docx). */
  const isText = computed(() => !/\.docx$/i.test(fileName.value))
  const busy = computed(() => ['reading', 'previewing', 'importing'].includes(status.value))
  const canConfirm = computed(
    () => status.value === 'ready' && preview.value !== null && (!asEdition.value || targetReportId.value !== null),
  )

  /** Opens the dialog on a file: checks its type and size, reads it and asks
   * the core for a preview. Problems are shown in the dialog, never thrown. */
  async function start(file: File): Promise<void> {
    const mine = ++ticket
    open.value = true
    fileName.value = file.name
    encoding.value = 'auto'
    preview.value = null
    problem.value = null
    outcome.value = null
    bytesBase64 = ''
    loaded.value = false
    const dot = file.name.lastIndexOf('.')
    const extension = dot < 0 ? '' : file.name.slice(dot).toLowerCase()
    if (!(importExtensions as readonly string[]).includes(extension)) return fail({ kind: 'unsupported' })
    if (file.size > maxImportBytes) return fail({ kind: 'tooLarge', sizeMb: (file.size / 1024 / 1024).toFixed(1) })
    status.value = 'reading'
    try {
      const bytes = await readFileBase64(file)
      if (mine !== ticket) return
      bytesBase64 = bytes
      loaded.value = true
    } catch {
      if (mine === ticket) fail({ kind: 'unreadable' })
      return
    }
    await loadPreview(mine)
  }

  function fail(reason: ImportProblem): void {
    problem.value = reason
    status.value = 'failed'
  }

  async function loadPreview(mine: number): Promise<void> {
    status.value = 'previewing'
    problem.value = null
    try {
      const result = await api.previewImport(upload())
      if (mine !== ticket) return
      preview.value = result
      status.value = 'ready'
      if (targetReportId.value === null || !asEdition.value) targetReportId.value = defaultTarget(result.title)
    } catch (error) {
      if (mine !== ticket) return
      preview.value = null
      fail({ kind: 'api', message: messageOf(error) })
    }
  }

  /** The report a revised text most likely revises: one with the same title,
   * else the first in the library. */
  function defaultTarget(title: string): number | null {
    const reports = useLibraryStore().reports
    return (reports.find((r) => r.title === title) ?? reports[0])?.id ?? null
  }

  function upload() {
    return {
      name: fileName.value,
      bytesBase64,
      ...(encoding.value === 'auto' ? {} : { encoding: encoding.value }),
    }
  }

  /** Reads the file again with another encoding (or the detected one). */
  async function setEncoding(choice: EncodingChoice): Promise<void> {
    if (choice === encoding.value || !bytesBase64) return
    encoding.value = choice
    await loadPreview(++ticket)
  }

  /** Imports the file as the dialog says (a new report, or a new edition of
   * `targetReportId`) and refreshes the library. Returns null on failure,
   * which the dialog then shows. */
  async function confirm(): Promise<ImportDone | null> {
    if (!canConfirm.value) return null
    const mine = ++ticket
    status.value = 'importing'
    try {
      let done: ImportDone
      if (asEdition.value) {
        const result = await api.importEdition({ ...upload(), reportId: targetReportId.value! })
        done = { kind: 'edition', outcome: result }
      } else {
        const result = await api.importReport(upload())
        done = { kind: 'report', id: result.id, title: result.title, existing: result.existing }
      }
      // Refreshed even if the dialog was closed meanwhile: the import happened.
      await useLibraryStore()
        .load()
        .catch(() => undefined)
      if (mine !== ticket) return null
      if (done.kind === 'edition') outcome.value = done.outcome
      status.value = 'done'
      bytesBase64 = ''
      loaded.value = false
      return done
    } catch (error) {
      if (mine === ticket) fail({ kind: 'api', message: messageOf(error) })
      return null
    }
  }

  /** Closes the dialog and forgets the file. */
  function close(): void {
    ticket++
    open.value = false
    status.value = 'idle'
    bytesBase64 = ''
    loaded.value = false
    preview.value = null
    problem.value = null
    outcome.value = null
    asEdition.value = false
  }

  return {
    open,
    fileName,
    status,
    problem,
    encoding,
    preview,
    asEdition,
    targetReportId,
    outcome,
    loaded,
    isText,
    busy,
    canConfirm,
    start,
    setEncoding,
    confirm,
    close,
  }
})
