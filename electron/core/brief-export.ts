// Exports a brief: builds its document once, renders it to the format asked
// for and writes the file atomically. Also the live preview (the HTML) and
// the brief made on the fly from a report's highlights (`yandu export --report`).
import { buildBriefDocument, type BriefContent } from './brief-document'
import { blocksFromHighlights } from './brief-from-highlights'
import { getBrief } from './brief-store'
import { defaultBriefTitle } from './brief-templates'
import type { Db } from './database'
import { newestEdition } from './edition-text'
import { YanduError } from './errors'
import { chromiumPdfPrinter, type PdfPrinter } from './print-pdf'
import { renderDocx } from './render-docx'
import { renderHtml } from './render-html'
import { renderMarkdown } from './render-markdown'
import type { BriefExportResult, BriefFormat, BriefTemplate } from './types'
import { writeFileAtomically } from './write-atomically'

export const briefFormats: readonly BriefFormat[] = ['md', 'html', 'docx', 'pdf']

/** The format named `name` (md, markdown, html, docx, pdf; case ignored).
 * Throws YanduError('unknown-export-format'). */
export function parseFormat(name: string): BriefFormat {
  const wanted = name.trim().toLowerCase().replace(/^\./, '')
  const format = wanted === 'markdown' ? 'md' : wanted === 'htm' ? 'html' : wanted
  if (!briefFormats.includes(format as BriefFormat)) throw new YanduError('unknown-export-format', { format: name })
  return format as BriefFormat
}

export interface ExportOptions {
  /** How PDFs are printed: the system Chromium unless given. */
  pdf?: PdfPrinter
}

/** The bytes (or text) of a brief in `format`, shaped by `template` (the
 * brief's own by default). Throws what the PDF printer throws. */
export async function renderBrief(
  brief: BriefContent,
  format: BriefFormat,
  options: ExportOptions = {},
  template?: BriefTemplate,
): Promise<Buffer | string> {
  const doc = buildBriefDocument(brief, template)
  switch (format) {
    case 'md':
      return renderMarkdown(doc)
    case 'html':
      return renderHtml(doc)
    case 'docx':
      return renderDocx(doc)
    case 'pdf':
      return (options.pdf ?? chromiumPdfPrinter()).printHtml(renderHtml(doc))
  }
}

/** Renders and writes atomically to `path`. Throws YanduError
 * ('export-folder-unwritable', 'export-bad-name', 'pdf-unavailable'),
 * leaving no file behind. */
export async function exportBriefContent(
  brief: BriefContent,
  format: BriefFormat,
  path: string,
  options: ExportOptions = {},
  template?: BriefTemplate,
): Promise<BriefExportResult> {
  const data = await renderBrief(brief, format, options, template)
  const bytes = writeFileAtomically(path, data)
  return { path, format, bytes }
}

export interface ExportRequest {
  id: number
  format: BriefFormat
  path: string
  /** Another template than the brief's own, for this export only. */
  template?: BriefTemplate
}

/** Exports a stored brief (in the trash too). Throws YanduError('brief-not-found')
 * and what exportBriefContent throws. */
export async function exportBrief(db: Db, request: ExportRequest, options: ExportOptions = {}): Promise<BriefExportResult> {
  const brief = getBrief(db, request.id)
  return exportBriefContent(brief, request.format, request.path, options, request.template)
}

/** The HTML of a stored brief, for the live preview beside it. Throws
 * YanduError('brief-not-found'). */
export function previewBrief(db: Db, id: number, template?: BriefTemplate): string {
  return renderHtml(buildBriefDocument(getBrief(db, id), template))
}

/** A brief made from a report's highlights without storing it (what
 * `yandu export --report` exports). Throws YanduError('report-not-found'). */
export function briefOfReport(db: Db, reportId: number, template: BriefTemplate, title?: string): BriefContent {
  return {
    title: title?.trim() || defaultBriefTitle(newestEdition(db, reportId).title, template),
    template,
    blocks: blocksFromHighlights(db, reportId, template),
  }
}
