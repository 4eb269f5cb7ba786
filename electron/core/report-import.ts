// Stores a parsed report as a new report with its first edition, in one
// transaction: a report is either wholly there or not at all.
import { createHash } from 'node:crypto'
import type { Db } from './database'
import { parseReport, type ParsedReport } from './parse-report'
import type { ImportResult } from './types'

export interface ImportOutcome extends ImportResult {
  /** True when the same content was already in the library: nothing was written. */
  existing: boolean
}

/** A hash of the content that ignores line-ending and trailing-space noise,
 * so the same report saved by another editor is still recognised. */
export function contentHash(source: string): string {
  const normal = source
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u3000]+$/gm, '')
    .trim()
  return createHash('sha256').update(normal).digest('hex')
}

/** Parses `source` and imports it. The same content imported again returns the
 * existing report (existing: true). Throws what parseReport throws, writing nothing. */
export function importReportText(db: Db, source: string, sourceName = ''): ImportOutcome {
  const hash = contentHash(source)
  const existing = findByHash(db, hash)
  if (existing) return { ...existing, existing: true }
  const parsed = parseReport(source)
  const id = db.transaction(() => insertReport(db, parsed, sourceName, hash))()
  return { ...summarise(db, id), existing: false }
}

/** Imports a report parsed elsewhere (a .md, .html or .docx file, see
 * import-file.ts) under `hash`, its content hash: the same hash again returns
 * the existing report (existing: true). One transaction; writes nothing on error. */
export function importParsedReport(db: Db, parsed: ParsedReport, hash: string, sourceName = ''): ImportOutcome {
  const existing = findByHash(db, hash)
  if (existing) return { ...existing, existing: true }
  const id = db.transaction(() => insertReport(db, parsed, sourceName, hash))()
  return { ...summarise(db, id), existing: false }
}

function findByHash(db: Db, hash: string): ImportResult | null {
  const row = db
    .prepare(
      `SELECT r.id FROM editions e JOIN reports r ON r.id = e.report_id
       WHERE e.content_hash = ? AND r.deleted_at IS NULL ORDER BY r.id LIMIT 1`,
    )
    .get(hash) as { id: number } | undefined
  return row ? summarise(db, row.id) : null
}

function summarise(db: Db, reportId: number): ImportResult {
  const row = db
    .prepare(
      `SELECT r.id, r.title,
         (SELECT COUNT(*) FROM sections s WHERE s.edition_id = e.id AND s.level = 1) AS parts,
         (SELECT COUNT(*) FROM paragraphs p WHERE p.edition_id = e.id) AS paragraphs
       FROM reports r JOIN editions e ON e.report_id = r.id
       WHERE r.id = ? ORDER BY e.number DESC LIMIT 1`,
    )
    .get(reportId) as ImportResult
  return row
}

function insertReport(db: Db, parsed: ParsedReport, sourceName: string, hash: string): number {
  const now = new Date().toISOString()
  const title = parsed.title || firstWords(parsed) || sourceName
  const reportId = Number(
    db.prepare('INSERT INTO reports (title, imported_at) VALUES (?, ?)').run(title, now).lastInsertRowid,
  )
  insertEdition(db, reportId, 1, parsed, sourceName, hash, now)
  return reportId
}

/** Writes one edition's sections and paragraphs, numbering parts and
 * paragraphs as everywhere else (see types.ts ParagraphPlace). */
export function insertEdition(
  db: Db,
  reportId: number,
  number: number,
  parsed: ParsedReport,
  sourceName: string,
  hash: string,
  now: string,
): number {
  const editionId = Number(
    db
      .prepare(
        `INSERT INTO editions (report_id, number, title, subtitle, byline, source_name, content_hash, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(reportId, number, parsed.title, parsed.subtitle, parsed.byline, sourceName, hash, now).lastInsertRowid,
  )
  const addSection = db.prepare(
    `INSERT INTO sections (edition_id, parent_id, position, level, part, heading, title, short_title)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const addParagraph = db.prepare(
    `INSERT INTO paragraphs (edition_id, section_id, position, part, number, text, lead)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  // The open heading at each level; a heading closes every deeper one.
  const open: { level: number; id: number }[] = []
  let part = 0
  let paragraph = 0
  parsed.blocks.forEach((block, position) => {
    if (block.kind === 'heading') {
      while (open.length && open[open.length - 1].level >= block.level) open.pop()
      if (open.length === 0) {
        part++
        paragraph = 0
      }
      const parentId = open.length ? open[open.length - 1].id : null
      const id = Number(
        addSection.run(editionId, parentId, position, block.level, part, block.text, block.title, block.shortTitle)
          .lastInsertRowid,
      )
      open.push({ level: block.level, id })
    } else {
      paragraph++
      const sectionId = open.length ? open[open.length - 1].id : null
      addParagraph.run(editionId, sectionId, position, part, paragraph, block.text, block.lead)
    }
  })
  return editionId
}

/** The title a report gets on import: its own, else its first words, else the file name. */
export function reportTitle(parsed: ParsedReport, sourceName = ''): string {
  return parsed.title || firstWords(parsed) || sourceName
}

function firstWords(parsed: ParsedReport): string {
  const first = parsed.blocks.find((b) => b.text.trim())
  return first ? [...first.text].slice(0, 30).join('') : ''
}
