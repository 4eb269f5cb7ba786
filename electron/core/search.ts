// Full-text search over the library: report text (paragraphs and headings),
// highlights (the highlighted text and the comment) and section notes, in the
// newest edition of every report that is not in the trash. The indexes are
// in migrations/003-search.ts: the transaction that writes a row writes either
// its FTS rows or a row that waits for them, which every search reads directly
// (and moves into the FTS tables when it can write, refreshIndexes). This
// module picks the index by the length of the query's terms, merges the
// sources in reading order and cuts the snippets.
//
// A highlight is a hit of its own (kind `highlight`) when its text or its
// comment matches; the paragraph it lies in is also a `text` hit. So a search
// for a phrase the user marked shows both the place and the mark.
import type Database from 'better-sqlite3'
import type { Db } from './database'
import { YanduError } from './errors'
import { movePendingBlocks, refreshStaleAnnotations } from './migrations/003-search'
import { containsAll, queryTerms, searchSnippet } from './search-snippet'
import {
  blockSql,
  highlightSql,
  lastPlaceSql,
  noteSql,
  pendingSql,
  placeSql,
  type BlockRow,
  type HighlightRow,
  type NoteRow,
  type PendingNarrowing,
  type PlaceRow,
} from './search-sql'
import type { SearchHit } from './types'

/** Hits returned when the caller names no limit: more than a results list
 * shows at once (it groups them by report), few enough that a one-character
 * query matching thousands of paragraphs still answers in a few milliseconds.
 * The first hits in order (report, then reading order) are the ones kept. */
export const defaultSearchLimit = 200

/** Terms shorter than this go to the per-character index: the trigram
 * tokenizer matches nothing shorter than three characters. */
const trigramLength = 3

export interface SearchOptions {
  /** Only this report. */
  reportId?: number
  /** At most this many hits (default defaultSearchLimit). */
  limit?: number
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>()

function prepared(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db)
  if (!cache) statements.set(db, (cache = new Map()))
  let statement = cache.get(sql)
  if (!statement) cache.set(sql, (statement = db.prepare(sql)))
  return statement
}

/** Notes and highlights changed since they were last indexed are read
 * directly by every search (search_stale, see migrations/003-search.ts); a
 * search that finds this many marks re-indexes them first, in one short write
 * (256 marks: ≈ 0.4 ms). Lower: searches write more often (a note saved as the
 * user types is marked at each save); higher: every search reads more of them
 * (127 highlights read directly: ≈ +0.9 ms a search). */
const staleRefresh = 64

/** Brings the FTS tables up to date when that is worth a write: blocks an
 * import left waiting (fewer than a batch; moving them once spares every later
 * search from reading them), notes and highlights once `staleRefresh` marks
 * have gathered. Not inside a caller's transaction, on a read-only handle, or
 * while another connection writes: the rows are then read directly, which
 * gives the same hits. */
function refreshIndexes(db: Db): void {
  if (db.inTransaction || db.readonly) return
  const pending = prepared(db, 'SELECT EXISTS (SELECT 1 FROM search_pending)').pluck().get() as number
  const stale = prepared(db, 'SELECT count(*) FROM search_stale').pluck().get() as number
  if (!pending && stale < staleRefresh) return
  const timeout = db.pragma('busy_timeout', { simple: true }) as number
  try {
    db.pragma('busy_timeout = 0')
    db.transaction(() => {
      for (const sql of [...(pending ? movePendingBlocks : []), ...(stale ? refreshStaleAnnotations : [])]) prepared(db, sql).run()
    }).immediate()
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    if (!code.startsWith('SQLITE_BUSY') && !code.startsWith('SQLITE_READONLY')) throw error
  } finally {
    db.pragma(`busy_timeout = ${timeout}`)
  }
}

/** What every source of a search shares. */
interface Plan {
  terms: string[]
  /** Named parameters of the FTS statements: @match, and @report with a report. */
  params: { match: string; report?: number }
  byReport: boolean
  perCharacter: boolean
}

/** A hit with where it sorts: report, position in the edition, then text
 * before note before highlight, then the offset in the paragraph. */
interface Ranked {
  hit: SearchHit
  position: number
  rank: number
  offset: number
}

/** An FTS5 phrase: the user's text quoted, so `"`, `*`, `OR`, `(` are literal. */
const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`

const caseless = (term: string) => term.toLowerCase() === term && term.toUpperCase() === term
const asciiCased = (term: string) => [...term].every((ch) => ch <= '\x7f' || caseless(ch))

/** Searches the library. Terms (split on whitespace) are all required, each
 * matched as a substring ignoring case (for 1- and 2-character terms, the
 * case of ASCII letters only). Returns at most `limit` hits ordered by report,
 * then reading order; [] for an empty query. Throws
 * YanduError('report-not-found') for a `reportId` not in the library (or in
 * the trash). */
export function search(db: Db, query: string, options: SearchOptions = {}): SearchHit[] {
  const terms = queryTerms(query)
  if (terms.length === 0) return []
  const limit = Math.max(1, Math.floor(options.limit ?? defaultSearchLimit))
  const { reportId } = options
  if (reportId !== undefined && !prepared(db, 'SELECT 1 FROM reports WHERE id = ? AND deleted_at IS NULL').get(reportId)) {
    throw new YanduError('report-not-found', { id: reportId })
  }
  refreshIndexes(db)
  const perCharacter = terms.some((t) => [...t].length < trigramLength)
  const match = terms.map((t) => phrase(perCharacter ? [...t].join(' ') : t)).join(' AND ')
  const plan: Plan = {
    terms,
    params: reportId === undefined ? { match } : { match, report: reportId },
    byReport: reportId !== undefined,
    perCharacter,
  }
  const ranked = [...blockHits(db, plan, limit), ...noteHits(db, plan), ...highlightHits(db, plan)]
  ranked.sort((a, b) => a.hit.report - b.hit.report || a.position - b.position || a.rank - b.rank || a.offset - b.offset)
  const titles = new Map<number, string>()
  const title = prepared(db, 'SELECT title FROM reports WHERE id = ?').pluck()
  return ranked.slice(0, limit).map(({ hit }) => {
    if (!titles.has(hit.report)) titles.set(hit.report, title.get(hit.report) as string)
    return { ...hit, reportTitle: titles.get(hit.report)! }
  })
}

function blockHits(db: Db, plan: Plan, limit: number): Ranked[] {
  const table = plan.perCharacter ? 'search_text_chars' : 'search_text'
  const rows = prepared(db, blockSql(table, plan.byReport)).raw().all({ ...plan.params, limit }) as BlockRow[]
  const needle = plan.terms.find(caseless) ?? plan.terms.find(asciiCased)?.toLowerCase()
  const narrow: PendingNarrowing = needle === undefined ? null : caseless(needle) ? 'caseless' : 'ascii'
  const pendingParams = { ...(plan.byReport ? { report: plan.params.report } : {}), ...(needle === undefined ? {} : { needle }) }
  const pending = prepared(db, pendingSql(plan.byReport, narrow)).raw()
  rows.push(...((Object.keys(pendingParams).length ? pending.all(pendingParams) : pending.all()) as BlockRow[]))
  const ranked: Ranked[] = []
  for (const [report, editionId, position, heading, paragraphId, paragraph, sectionId, part, text] of rows) {
    const snippet = text === null ? null : searchSnippet(text, plan.terms, { requireAll: true })
    if (snippet === null) continue
    const hit: SearchHit = {
      report,
      reportTitle: '',
      editionId,
      part: part ?? 0,
      paragraph: heading ? 0 : paragraph ?? 0,
      paragraphId: heading ? null : paragraphId,
      sectionId,
      kind: 'text',
      snippet,
    }
    ranked.push({ hit, position, rank: 0, offset: 0 })
  }
  return ranked
}

function noteHits(db: Db, plan: Plan): Ranked[] {
  const table = plan.perCharacter ? 'search_annotation_chars' : 'search_annotation_text'
  return (prepared(db, noteSql(table, plan.byReport)).all(plan.params) as NoteRow[]).flatMap((row) => {
    const snippet = searchSnippet(row.text, plan.terms, { requireAll: true })
    if (snippet === null) return []
    const hit: SearchHit = {
      report: row.report,
      reportTitle: '',
      editionId: row.editionId,
      part: row.part,
      paragraph: 0,
      paragraphId: null,
      sectionId: row.sectionId,
      kind: 'note',
      snippet,
    }
    return [{ hit, position: row.position, rank: 1, offset: 0 }]
  })
}

/** A highlight is placed where it lies in the newest edition. One still
 * anchored in an older edition is an orphan: it is shown where it last was (the
 * paragraph with its old index, as the highlight list cites it), with no
 * paragraphId. The snippet comes from the comment if it matches, else from the
 * highlighted text. */
function highlightHits(db: Db, plan: Plan): Ranked[] {
  const table = plan.perCharacter ? 'search_annotation_chars' : 'search_annotation_text'
  return (prepared(db, highlightSql(table, plan.byReport)).all(plan.params) as HighlightRow[]).flatMap((row) => {
    const quote = row.quote ?? ''
    if (!containsAll(`${quote}\n${row.comment}`, plan.terms)) return []
    const snippet = searchSnippet(row.comment, plan.terms) ?? searchSnippet(quote, plan.terms)!
    const orphan = row.anchoredEdition !== row.editionId || row.paragraphIndex === null
    const place = (prepared(db, placeSql).get(row.editionId, row.paragraphIndex ?? 0) ??
      prepared(db, lastPlaceSql).get(row.editionId)) as PlaceRow | undefined
    const hit: SearchHit = {
      report: row.report,
      reportTitle: '',
      editionId: row.editionId,
      part: place?.part ?? 0,
      paragraph: place?.number ?? 0,
      paragraphId: orphan ? null : place?.id ?? null,
      sectionId: place?.sectionId ?? null,
      kind: 'highlight',
      highlightId: row.id,
      snippet,
    }
    return [{ hit, position: place?.position ?? Number.MAX_SAFE_INTEGER, rank: 2, offset: orphan ? 0 : row.start ?? 0 }]
  })
}
