// The paragraphs of one edition in reading order, with what anchoring and
// citations need: index (anchors' `paragraph`), id, place and section.
import type { Db } from './database'
import { YanduError } from './errors'

export interface EditionRow {
  id: number
  report_id: number
  number: number
  title: string
  subtitle: string | null
  byline: string | null
}

/** The newest edition of a report. Throws YanduError('report-not-found'). */
export function newestEdition(db: Db, reportId: number): EditionRow {
  const row = db
    .prepare(
      `SELECT e.id, e.report_id, e.number, e.title, e.subtitle, e.byline
       FROM editions e JOIN reports r ON r.id = e.report_id
       WHERE r.id = ? AND r.deleted_at IS NULL ORDER BY e.number DESC LIMIT 1`,
    )
    .get(reportId) as EditionRow | undefined
  if (!row) throw new YanduError('report-not-found', { id: reportId })
  return row
}

export interface EditionParagraph {
  id: number
  index: number
  part: number
  number: number
  sectionId: number | null
  text: string
}

export interface EditionText {
  editionId: number
  reportTitle: string
  paragraphs: EditionParagraph[]
  texts: string[]
  byId: Map<number, EditionParagraph>
  /** Short titles of the top-level parts, by part number. */
  partTitles: Map<number, string>
}

export function loadEditionText(db: Db, editionId: number): EditionText {
  const rows = db
    .prepare(
      `SELECT id, part, number, section_id AS sectionId, text FROM paragraphs
       WHERE edition_id = ? ORDER BY position`,
    )
    .all(editionId) as Omit<EditionParagraph, 'index'>[]
  const paragraphs = rows.map((row, index) => ({ ...row, index }))
  const title = db
    .prepare('SELECT r.title FROM editions e JOIN reports r ON r.id = e.report_id WHERE e.id = ?')
    .get(editionId) as { title: string }
  const parts = db
    .prepare('SELECT part, short_title AS shortTitle FROM sections WHERE edition_id = ? AND level = 1')
    .all(editionId) as { part: number; shortTitle: string }[]
  return {
    editionId,
    reportTitle: title.title,
    paragraphs,
    texts: paragraphs.map((p) => p.text),
    byId: new Map(paragraphs.map((p) => [p.id, p])),
    partTitles: new Map(parts.map((p) => [p.part, p.shortTitle])),
  }
}
