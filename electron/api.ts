// The API contract, declared once: each method's name, its zod input schema and
// its result type. Electron main (ipcMain.handle), the preload bridge, the
// browser host (POST /api/METHOD) and the renderer's client all derive from this
// table, so adding a method here is the only place a method is declared.
import { z } from 'zod'
import type {
  ErrorPayload,
  Outline,
  Preferences,
  ReaderDocument,
  ReadingPosition,
  ReportSummary,
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

export const apiContract = {
  listReports: returns<ReportSummary[]>()(none),
  getOutline: returns<Outline>()(z.object({ reportId: id }).strict()),
  getReader: returns<ReaderDocument>()(z.object({ reportId: id }).strict()),
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
} as const

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
