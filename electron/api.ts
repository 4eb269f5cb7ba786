// The API contract, declared once: each method's name, its zod input schema and
// its result type. Electron main (ipcMain.handle), the preload bridge, the
// browser host (POST /api/METHOD) and the renderer's client all derive from this
// table, so adding a method here is the only place a method is declared.
import { z } from 'zod'
import type {
  Brief,
  BriefExportResult,
  BriefSummary,
  Category,
  EditionOutcome,
  ExportPathChoice,
  ErrorPayload,
  Highlight,
  ImportPreview,
  ImportResult,
  Outline,
  Preferences,
  ReaderDocument,
  ReadingPosition,
  ReportSummary,
  SearchHit,
  SectionNote,
} from './core/types'

export type * from './core/types'

/** Declares a method: `returns<Result>()(inputSchema)`. The result type is a
 * phantom; only the input schema exists at run time. */
const returns =
  <R>() =>
  <I extends z.ZodType>(input: I) => ({ input, result: undefined as unknown as R })

const id = z.number().int().positive()
const none = z.object({}).strict()

/** A TipTap document: checked for shape here, sanitised by the schema on render. */
const richTextDoc = z.looseObject({ type: z.literal('doc'), content: z.array(z.unknown()).optional() })

const highlightId = z.uuid()
const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/)
const categoryName = z.string().trim().min(1).max(20)
const tags = z.array(z.string().trim().min(1).max(40)).max(50)
/** A range in one paragraph of the newest edition, in UTF-16 offsets. */
const textRange = z
  .object({ paragraphId: id, start: z.number().int().min(0), end: z.number().int().min(0) })
  .strict()
  .refine((r) => r.end >= r.start, 'end before start')

/** Largest upload, in base64 characters: 4/3 of the 50 MB file limit
 * (MAX_REPORT_BYTES in core/read-report-file.ts, which this file cannot import
 * without pulling Node into the renderer; a unit test keeps the two in step). */
export const MAX_UPLOAD_BASE64 = Math.ceil((50 * 1024 * 1024) / 3) * 4
/** A report file the renderer uploads: its name (for the format) and bytes. */
const reportUpload = z
  .object({
    name: z.string().trim().min(1).max(255),
    bytesBase64: z.string().max(MAX_UPLOAD_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
    encoding: z.string().trim().min(1).max(40).optional(),
  })
  .strict()

export const apiContract = {
  listReports: returns<ReportSummary[]>()(none),
  /** The reports in the trash. */
  listDeletedReports: returns<ReportSummary[]>()(none),
  /** Where to save an export: a native save dialog in the desktop app, a
   * suggestion for the user to edit elsewhere (native: false). */
  chooseExportPath: returns<ExportPathChoice>()(
    z.object({ title: z.string().max(500), extension: z.enum(['md', 'html', 'docx', 'pdf']) }).strict(),
  ),
  /** Moves a report, with its annotations, to the trash. */
  deleteReport: returns<null>()(z.object({ reportId: id }).strict()),
  restoreReport: returns<null>()(z.object({ reportId: id }).strict()),
  getOutline: returns<Outline>()(z.object({ reportId: id }).strict()),
  /** An edition's text (the newest by default; an older one: read-only). */
  getReader: returns<ReaderDocument>()(
    z.object({ reportId: id, edition: z.number().int().positive().optional() }).strict(),
  ),
  getReportText: returns<string>()(z.object({ reportId: id }).strict()),
  getSectionNote: returns<SectionNote | null>()(z.object({ sectionId: id }).strict()),
  saveSectionNote: returns<SectionNote>()(
    z.object({ sectionId: id, doc: richTextDoc, text: z.string().max(2_000_000) }).strict(),
  ),
  getPreferences: returns<Preferences>()(none),
  setPreferences: returns<Preferences>()(
    z
      .object({
        locale: z.enum(['zh-CN', 'en']),
        theme: z.enum(['light', 'sepia', 'dark']),
        fontSize: z.number().min(12).max(48),
        lineHeight: z.number().min(1.2).max(3),
        outlineWidth: z.number().min(160).max(640),
        notesWidth: z.number().min(220).max(720),
      })
      .partial()
      .strict(),
  ),
  getReadingPosition: returns<ReadingPosition | null>()(none),
  setReadingPosition: returns<ReadingPosition>()(
    z
      .object({
        reportId: id,
        sectionId: id.nullable(),
        paragraphId: id.nullable(),
        offset: z.number().finite(),
      })
      .strict(),
  ),
  listCategories: returns<Category[]>()(none),
  createCategory: returns<Category>()(z.object({ name: categoryName, color: hexColor }).strict()),
  updateCategory: returns<Category>()(
    z.object({ id, name: categoryName.optional(), color: hexColor.optional() }).strict(),
  ),
  deleteCategory: returns<null>()(z.object({ id }).strict()),
  listHighlights: returns<Highlight[]>()(z.object({ reportId: id, deleted: z.boolean().optional() }).strict()),
  createHighlight: returns<Highlight>()(
    z
      .object({
        reportId: id,
        ranges: z.array(textRange).min(1).max(500),
        categoryId: id,
        comment: z.string().max(100_000).optional(),
        tags: tags.optional(),
      })
      .strict(),
  ),
  updateHighlight: returns<Highlight>()(
    z
      .object({
        id: highlightId,
        categoryId: id.optional(),
        tags: tags.optional(),
        comment: z.string().max(100_000).optional(),
        commentDoc: richTextDoc.nullable().optional(),
      })
      .strict(),
  ),
  acceptHighlight: returns<Highlight>()(z.object({ id: highlightId }).strict()),
  placeHighlight: returns<Highlight>()(
    z.object({ id: highlightId, ranges: z.array(textRange).min(1).max(500) }).strict(),
  ),
  deleteHighlight: returns<Highlight>()(z.object({ id: highlightId }).strict()),
  restoreHighlight: returns<Highlight>()(z.object({ id: highlightId }).strict()),
  citeSelection: returns<string>()(z.object({ reportId: id, ranges: z.array(textRange).min(1).max(500) }).strict()),
  /** What importing the uploaded file would give; writes nothing. */
  previewImport: returns<ImportPreview>()(reportUpload),
  /** Imports the uploaded file (existing: true when the same content was already there). */
  importReport: returns<ImportResult & { existing: boolean }>()(reportUpload),
  /** Imports the uploaded file as a new edition of a report; the annotations move to it. */
  importEdition: returns<EditionOutcome>()(reportUpload.extend({ reportId: id }).strict()),
  ...briefMethods(),
  /** Searches report text, highlights and notes (core/search.ts): hits in
   * reading order, 200 unless `limit` says otherwise. */
  search: returns<SearchHit[]>()(
    z
      .object({ query: z.string().min(1).max(200), reportId: id.optional(), limit: z.number().int().min(1).max(1000).optional() })
      .strict(),
  ),
} as const

/** The Briefs view (DESIGN.md screen 6): briefs, their blocks, preview and
 * export. Every block change returns the whole brief, blocks in order. */
function briefMethods() {
  /** English or Chinese names; results always carry the English one. */
  const template = z.enum(['outline', 'speech', 'handout', 'quiz', '学习提纲', '发言素材', '培训讲义', '测验'])
  const title = z.string().trim().min(1).max(200)
  const briefId = z.object({ id }).strict()
  /** What a new block captures (section: a part or nested section; topic: a
   * paragraph under its lead sentence; quotation: a highlight) or holds. */
  const blockSource = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('section'), sectionId: id }).strict(),
    z.object({ kind: z.literal('topic'), paragraphId: id }).strict(),
    z.object({ kind: z.literal('quotation'), highlightId }).strict(),
    z.object({ kind: z.literal('text'), doc: richTextDoc.nullable(), text: z.string().max(2_000_000) }).strict(),
    z.object({ kind: z.literal('question'), text: z.string().trim().min(1).max(10_000) }).strict(),
  ])
  /** An absolute path on the machine that runs the core (Electron main or the browser host). */
  const exportPath = z
    .string()
    .min(1)
    .max(4096)
    .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'not an absolute path')
  return {
    /** The briefs, most recently changed first; `deleted: true` lists the trash. */
    listBriefs: returns<BriefSummary[]>()(z.object({ deleted: z.boolean().optional() }).strict()),
    getBrief: returns<Brief>()(briefId),
    /** An empty brief (for a report, whose title it keeps, or none). */
    createBrief: returns<Brief>()(z.object({ title, template: template.optional(), reportId: id.optional() }).strict()),
    /** "Brief from my highlights": parts, their highlights by category, their notes. */
    createBriefFromHighlights: returns<Brief>()(
      z.object({ reportId: id, template: template.optional(), title: title.optional() }).strict(),
    ),
    renameBrief: returns<Brief>()(z.object({ id, title }).strict()),
    setBriefTemplate: returns<Brief>()(z.object({ id, template }).strict()),
    duplicateBrief: returns<Brief>()(briefId),
    deleteBrief: returns<Brief>()(briefId),
    restoreBrief: returns<Brief>()(briefId),
    /** Adds a block at `index` (default: the end). */
    addBlock: returns<Brief>()(
      z.object({ briefId: id, block: blockSource, index: z.number().int().min(0).optional() }).strict(),
    ),
    /** A question's text, free text (doc + text) or a quotation's comment. */
    updateBlock: returns<Brief>()(
      z
        .object({
          id,
          text: z.string().max(2_000_000).optional(),
          doc: richTextDoc.nullable().optional(),
          comment: z.string().max(100_000).optional(),
        })
        .strict(),
    ),
    removeBlock: returns<Brief>()(briefId),
    /** Moves one block to `toIndex` (drag and drop, Alt+↑/↓). */
    moveBlock: returns<Brief>()(z.object({ id, toIndex: z.number().int().min(0) }).strict()),
    /** Sets the whole order: every block id of the brief exactly once. */
    reorderBlocks: returns<Brief>()(z.object({ briefId: id, blockIds: z.array(id).max(100_000) }).strict()),
    /** The export's HTML (self-contained, no script) for a live preview, e.g. in a sandboxed iframe's srcdoc. */
    previewBrief: returns<string>()(z.object({ id, template: template.optional() }).strict()),
    /** Writes the brief to `path` atomically (md, html, docx, pdf). */
    exportBrief: returns<BriefExportResult>()(
      z
        .object({ id, format: z.enum(['md', 'html', 'docx', 'pdf']), path: exportPath, template: template.optional() })
        .strict(),
    ),
  }
}

export type ApiContract = typeof apiContract
export type ApiMethod = keyof ApiContract
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>
export type ApiResult<M extends ApiMethod> = ApiContract[M]['result']

/** The API as a client sees it: one async function per method. */
export type YanduApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResult<M>> }

/** What crosses Electron's contextBridge: Electron keeps only the message of
 * a thrown Error, so the preload passes failures as data, with their code,
 * and the renderer's client unwraps them. */
export type ApiReply<R> = { ok: true; result: R } | { ok: false; error: ErrorPayload }

/** window.yandu as the preload exposes it: one function per method. */
export type YanduBridge = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiReply<ApiResult<M>>> }

/** The API as the core implements it: validated input in, result out (sync or async). */
export type YanduHandlers = {
  [M in ApiMethod]: (input: z.output<ApiContract[M]['input']>) => ApiResult<M> | Promise<ApiResult<M>>
}

export const apiMethods = Object.keys(apiContract) as ApiMethod[]

/** The one channel prefix Electron IPC uses; main refuses any other. */
export const ipcPrefix = 'yandu:'

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiContract, name)
}
