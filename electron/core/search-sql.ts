// The SQL behind search.ts, one statement per source: blocks (paragraphs and
// headings) from an FTS table and from the rows waiting to move into it, then
// notes and highlights. Each takes @match (an FTS5 expression) and, when the
// search is for one report, @report. The tables are in migrations/003-search.ts.
import { blockKey } from './migrations/003-search'

const { reportShift, editionShift, editionMask, positionMask } = blockKey

/** A report out of the trash, and `e` its newest edition. */
const live = `r.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM editions n WHERE n.report_id = r.id AND n.number > e.number)`
const ofReport = (byReport: boolean) => (byReport ? 'AND r.id = @report' : '')

/** Columns (see BlockRow) and joins of a block, from its key `k` (see
 * blockKey). A heading has no paragraph row, a paragraph no heading row. */
const blockColumns = (k: string) => `r.id, e.id, (${k} >> 1) & ${positionMask}, ${k} & 1, p.id, p.number,
  coalesce(p.section_id, s.id), coalesce(p.part, s.part), coalesce(p.text, s.heading)`
const blockJoins = (k: string) => `JOIN reports r ON r.id = ${k} >> ${reportShift}
  JOIN editions e ON e.report_id = r.id AND e.number = (${k} >> ${editionShift}) & ${editionMask}
  LEFT JOIN paragraphs p ON ${k} & 1 = 0 AND p.edition_id = e.id AND p.position = (${k} >> 1) & ${positionMask}
  LEFT JOIN sections s ON ${k} & 1 = 1 AND s.edition_id = e.id AND s.position = (${k} >> 1) & ${positionMask}`

/** A block as the statements return it, in raw mode (arrays are cheaper than
 * objects, and a search may read hundreds): report, editionId, position,
 * heading (1) or paragraph (0), paragraphId, paragraph number, sectionId, part,
 * text (null only for a key whose row is gone, which the triggers prevent). */
export type BlockRow = [
  report: number,
  editionId: number,
  position: number,
  heading: number,
  paragraphId: number | null,
  paragraph: number | null,
  sectionId: number | null,
  part: number | null,
  text: string | null,
]

/** Blocks from `table` (search_text or search_text_chars), @limit of them.
 * Rowid order is report then reading order, so the LIMIT stops the index scan
 * with no sort; one report is a rowid range. */
export const blockSql = (table: string, byReport: boolean) => `SELECT ${blockColumns('f.rowid')}
  FROM ${table} f ${blockJoins('f.rowid')}
  WHERE ${table} MATCH @match AND ${live}
  ${byReport ? `AND f.rowid BETWEEN (@report << ${reportShift}) AND ((@report + 1) << ${reportShift}) - 1` : ''}
  ORDER BY f.rowid LIMIT @limit`

/** How the waiting rows are narrowed by one term (@needle) before JavaScript
 * checks them. `caseless`: the term has no letter with a case (most Chinese
 * queries), so instr() on the stored text finds it; `ascii`: its cased letters
 * are ASCII, which SQLite's lower() folds as foldCase() does; null: no narrowing. */
export type PendingNarrowing = 'caseless' | 'ascii' | null

/** Blocks written since the last batch moved into the FTS tables (fewer than
 * one batch, see migrations/003-search.ts), which no FTS table holds yet. */
export const pendingSql = (byReport: boolean, narrow: PendingNarrowing) => `SELECT ${blockColumns('f.key')}
  FROM search_pending f ${blockJoins('f.key')}
  WHERE ${live} ${ofReport(byReport)}
  ${narrow === 'caseless' ? 'AND instr(f.text, @needle) > 0' : narrow === 'ascii' ? 'AND instr(lower(f.text), @needle) > 0' : ''}`

export interface NoteRow {
  text: string
  sectionId: number
  part: number
  position: number
  editionId: number
  report: number
}

/** Ids of the notes or highlights (`column` of search_annotations) the FTS
 * `table` matches, and of those changed since the last batch moved into it
 * (search_stale): their FTS rows may be out of date either way, so the caller
 * checks the current text of each. */
const candidates = (table: string, column: 'note_id' | 'highlight_id') =>
  `SELECT a.${column} FROM ${table} f JOIN search_annotations a ON a.key = f.rowid WHERE ${table} MATCH @match
   UNION SELECT ${column} FROM search_stale`

/** Notes on sections of a newest edition, from `table` (search_annotation_text or _chars). */
export const noteSql = (table: string, byReport: boolean) => `SELECT n.text AS text, s.id AS sectionId,
    s.part AS part, s.position AS position, e.id AS editionId, r.id AS report
  FROM notes n JOIN sections s ON s.id = n.section_id JOIN editions e ON e.id = s.edition_id JOIN reports r ON r.id = e.report_id
  WHERE n.id IN (${candidates(table, 'note_id')}) AND n.deleted_at IS NULL AND ${live} ${ofReport(byReport)}`

export interface HighlightRow {
  id: string
  comment: string
  /** The edition its ranges point into; an orphan keeps an older one. */
  anchoredEdition: number
  editionId: number
  report: number
  quote: string | null
  paragraphIndex: number | null
  start: number | null
}

/** Highlights out of the trash, with their text and first range. */
export const highlightSql = (table: string, byReport: boolean) => `SELECT h.id AS id, h.comment AS comment,
    h.edition_id AS anchoredEdition, e.id AS editionId, r.id AS report,
    (SELECT group_concat(q.exact, char(10)) FROM
      (SELECT exact FROM highlight_ranges WHERE highlight_id = h.id ORDER BY seq) q) AS quote,
    (SELECT paragraph_index FROM highlight_ranges WHERE highlight_id = h.id ORDER BY seq LIMIT 1) AS paragraphIndex,
    (SELECT start FROM highlight_ranges WHERE highlight_id = h.id ORDER BY seq LIMIT 1) AS start
  FROM highlights h JOIN reports r ON r.id = h.report_id JOIN editions e ON e.report_id = r.id
  WHERE h.id IN (${candidates(table, 'highlight_id')}) AND h.deleted_at IS NULL AND ${live} ${ofReport(byReport)}`

export interface PlaceRow {
  id: number
  part: number
  number: number
  sectionId: number | null
  position: number
}

/** The paragraph with index ? (0-based, reading order) of edition ?; the
 * second statement is the last paragraph, for an index past the end. */
const placeColumns = 'SELECT id, part, number, section_id AS sectionId, position FROM paragraphs WHERE edition_id = ?'
export const placeSql = `${placeColumns} ORDER BY position LIMIT 1 OFFSET ?`
export const lastPlaceSql = `${placeColumns} ORDER BY position DESC LIMIT 1`
