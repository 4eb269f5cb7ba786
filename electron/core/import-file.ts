// Imports a report file (any supported format and encoding) into the library,
// and previews what an import would make of it. Reading and parsing come
// first and may fail with a clear YanduError; only a fully parsed report
// reaches the database, in one transaction, so a bad file leaves the library
// exactly as it was. The command line passes a path, the renderer uploads
// bytes (service.ts); both end in the same functions.
import { basename } from 'node:path'
import type { Db } from './database'
import { parseBlocks, parseReport, type ParsedReport, type SourceLine } from './parse-report'
import { readReportBytes, readReportFile, type ReadOptions, type ReportSource } from './read-report-file'
import { contentHash, importParsedReport, reportTitle, type ImportOutcome } from './report-import'
import type { ImportPreview } from './types'

/** Lines the preview shows: enough to judge the encoding and the title at a
 * glance, few enough to fit the dialog without scrolling. */
export const PREVIEW_LINES = 12

/** A report read and parsed, ready to import. */
export interface LoadedReport {
  source: ReportSource
  parsed: ParsedReport
  /** The content hash that recognises the same report imported again. */
  hash: string
}

/** Reads and parses the file at `path`; throws what readReportFile and the
 * parser throw ('file-not-found', 'file-too-large', 'bad-docx', 'binary-file',
 * 'bad-encoding', 'unknown-encoding', 'empty-report' …). Writes nothing. */
export async function loadReportFile(path: string, options: ReadOptions = {}): Promise<LoadedReport> {
  return load(await readReportFile(path, options))
}

/** As loadReportFile, from uploaded bytes; `name` gives the format by its extension. */
export async function loadReportBytes(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<LoadedReport> {
  return load(await readReportBytes(bytes, name, options))
}

/** Imports a loaded report in one transaction; the same content again returns
 * the existing report with existing: true and writes nothing. */
export function importLoadedReport(db: Db, loaded: LoadedReport, sourceName = ''): ImportOutcome {
  return importParsedReport(db, loaded.parsed, loaded.hash, sourceName)
}

/** Reads, parses and imports the file at `path`. On any error, throws and the
 * library is unchanged. */
export async function importReportFile(db: Db, path: string, options: ReadOptions = {}): Promise<ImportOutcome> {
  return importLoadedReport(db, await loadReportFile(path, options), path)
}

/** As importReportFile, from uploaded bytes named `name`. */
export async function importReportBytes(
  db: Db,
  bytes: Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<ImportOutcome> {
  return importLoadedReport(db, await loadReportBytes(bytes, name, options), name)
}

/** What importing the file at `path` would give, without touching any database. */
export async function previewReportFile(path: string, options: ReadOptions = {}): Promise<ImportPreview> {
  return preview(await loadReportFile(path, options), basename(path))
}

/** As previewReportFile, from uploaded bytes named `name`. */
export async function previewReportBytes(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<ImportPreview> {
  return preview(await loadReportBytes(bytes, name, options), name)
}

function load(source: ReportSource): LoadedReport {
  if (!source.lines) return { source, parsed: parseReport(source.text), hash: contentHash(source.text) }
  return { source, parsed: parseBlocks(source.lines), hash: contentHash(markedText(source.lines)) }
}

/** The text of structured lines with their markup levels, so that the same
 * words with a different structure count as different content. */
function markedText(lines: readonly SourceLine[]): string {
  return lines
    .map((line) => (line.isTitle ? '=' : line.headingLevel ? '#'.repeat(line.headingLevel) : '') + ' ' + line.text.trim())
    .join('\n')
}

function preview({ source, parsed }: LoadedReport, name: string): ImportPreview {
  const firstLines = source.text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, PREVIEW_LINES)
  return {
    format: source.format,
    encoding: source.encoding,
    title: reportTitle(parsed, name),
    firstLines,
    parts: parsed.blocks.filter((block) => block.kind === 'heading' && block.level === 1).length,
    paragraphs: parsed.blocks.filter((block) => block.kind === 'paragraph').length,
  }
}
