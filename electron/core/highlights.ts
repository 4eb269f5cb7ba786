// Highlights: create, list (resolved against the newest edition), change,
// delete to the trash and restore. Every write is one transaction; a
// highlight is never dropped: what cannot be placed is listed as orphaned.
import { randomUUID } from 'node:crypto'
import { describeRange, type RangeAnchor } from './anchoring/selectors'
import { resolveAnchors, type Resolution } from './anchoring/resolve-anchor'
import { listCategories } from './categories'
import { cite } from './citation'
import type { Db } from './database'
import { loadEditionText, newestEdition, type EditionText } from './edition-text'
import { YanduError } from './errors'
import type { AnchorState, Category, Highlight, HighlightRange, RichTextDoc } from './types'

/** States by their stored code (highlights.state), mildest first. */
const stateCodes: AnchorState[] = ['exact', 'moved', 'approximate', 'orphaned']

export function stateCode(state: AnchorState): number {
  return stateCodes.indexOf(state)
}

export interface NewHighlight {
  reportId: number
  /** Ranges in the newest edition, one per paragraph, in reading order. */
  ranges: { paragraphId: number; start: number; end: number }[]
  categoryId: number
  comment?: string
  commentDoc?: RichTextDoc | null
  tags?: string[]
}

interface HighlightRow {
  id: string
  report_id: number
  edition_id: number
  category_id: number
  comment: string
  comment_doc: string | null
  state: number
  created_at: string
  updated_at: string
  deleted_at: string | null
}

interface RangeRow {
  highlight_id: string
  seq: number
  paragraph_index: number
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
}

function normaliseTags(tags: readonly string[] = []): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/^#/, '')).filter(Boolean))]
}

/** Creates highlights in one transaction and returns their ids in order.
 * Throws YanduError('empty-selection') or ('bad-range'), writing nothing. */
export function createHighlights(db: Db, items: readonly NewHighlight[]): string[] {
  const texts = new Map<number, EditionText>()
  const textOf = (reportId: number) => {
    if (!texts.has(reportId)) texts.set(reportId, loadEditionText(db, newestEdition(db, reportId).id))
    return texts.get(reportId)!
  }
  return db.transaction(() => items.map((item) => insertHighlight(db, item, textOf(item.reportId))))()
}

export function createHighlight(db: Db, item: NewHighlight): Highlight {
  const [id] = createHighlights(db, [item])
  return getHighlight(db, id)
}

function insertHighlight(db: Db, item: NewHighlight, text: EditionText): string {
  const anchors = describeRanges(text, item.ranges)
  const id = randomUUID()
  const now = new Date().toISOString()
  db.prepare(
    `INSERT INTO highlights (id, report_id, edition_id, category_id, comment, comment_doc, state, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  ).run(
    id,
    item.reportId,
    text.editionId,
    item.categoryId,
    item.comment ?? '',
    item.commentDoc ? JSON.stringify(item.commentDoc) : null,
    now,
    now,
  )
  writeRanges(db, id, anchors)
  writeTags(db, id, item.tags ?? [])
  return id
}

/** Selectors for ranges of the given edition. Throws YanduError('empty-selection')
 * or ('bad-range'). */
function describeRanges(text: EditionText, ranges: NewHighlight['ranges']): RangeAnchor[] {
  const nonEmpty = ranges.filter((r) => r.end > r.start)
  if (nonEmpty.length === 0) throw new YanduError('empty-selection')
  const anchors = nonEmpty.map((r) => {
    const paragraph = text.byId.get(r.paragraphId)
    if (!paragraph || r.start < 0 || r.end > paragraph.text.length) {
      throw new YanduError('bad-range', { paragraph: r.paragraphId })
    }
    return describeRange(paragraph.text, paragraph.index, r.start, r.end)
  })
  if (!anchors.some((a) => a.quote.exact.trim())) throw new YanduError('empty-selection')
  return anchors
}

function writeRanges(db: Db, id: string, anchors: readonly RangeAnchor[]): void {
  db.prepare('DELETE FROM highlight_ranges WHERE highlight_id = ?').run(id)
  const insert = db.prepare(
    `INSERT INTO highlight_ranges (highlight_id, seq, paragraph_index, start, end, exact, prefix, suffix)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  anchors.forEach((a, seq) =>
    insert.run(id, seq, a.paragraph, a.position.start, a.position.end, a.quote.exact, a.quote.prefix, a.quote.suffix),
  )
}

function writeTags(db: Db, id: string, tags: readonly string[]): void {
  db.prepare('DELETE FROM highlight_tags WHERE highlight_id = ?').run(id)
  const insert = db.prepare('INSERT INTO highlight_tags (highlight_id, tag) VALUES (?, ?)')
  for (const tag of normaliseTags(tags)) insert.run(id, tag)
}

/** The highlights of a report, resolved against its newest edition and in
 * reading order (orphans last). `deleted: true` lists the trash instead. */
export function listHighlights(db: Db, reportId: number, options: { deleted?: boolean } = {}): Highlight[] {
  const edition = newestEdition(db, reportId)
  const rows = db
    .prepare(
      `SELECT * FROM highlights WHERE report_id = ? AND deleted_at IS ${options.deleted ? 'NOT NULL' : 'NULL'}
       ORDER BY created_at, id`,
    )
    .all(reportId) as HighlightRow[]
  return present(db, reportId, rows, loadEditionText(db, edition.id))
}

/** One highlight, in the trash or not. Throws YanduError('highlight-not-found'). */
export function getHighlight(db: Db, id: string): Highlight {
  const row = db.prepare('SELECT * FROM highlights WHERE id = ?').get(id) as HighlightRow | undefined
  if (!row) throw new YanduError('highlight-not-found', { id })
  const edition = newestEdition(db, row.report_id)
  return present(db, row.report_id, [row], loadEditionText(db, edition.id))[0]
}

function present(db: Db, reportId: number, rows: HighlightRow[], text: EditionText): Highlight[] {
  if (rows.length === 0) return []
  // One query per table for the whole report: cheaper than a long IN list.
  const ofReport = 'SELECT id FROM highlights WHERE report_id = ?'
  const rangeRows = db
    .prepare(`SELECT * FROM highlight_ranges WHERE highlight_id IN (${ofReport}) ORDER BY highlight_id, seq`)
    .all(reportId) as RangeRow[]
  const tagRows = db
    .prepare(`SELECT highlight_id, tag FROM highlight_tags WHERE highlight_id IN (${ofReport}) ORDER BY tag`)
    .all(reportId) as { highlight_id: string; tag: string }[]
  const categories = new Map<number, Category>(listCategories(db).map((c) => [c.id, c]))
  const anchorsOf = groupAnchors(rangeRows)
  const tagsOf = new Map<string, string[]>()
  for (const t of tagRows) tagsOf.set(t.highlight_id, [...(tagsOf.get(t.highlight_id) ?? []), t.tag])

  // Resolve every range of every highlight in one batch over the edition.
  const flat = rows.flatMap((row) => anchorsOf.get(row.id) ?? [])
  const resolved = flat.length ? resolveAnchors(text.texts, flat) : []
  let cursor = 0
  const result = rows.map((row) => {
    const anchors = anchorsOf.get(row.id) ?? []
    const resolutions = resolved.slice(cursor, (cursor += anchors.length))
    return toHighlight(row, anchors, resolutions, text, categories, tagsOf.get(row.id) ?? [], db)
  })
  return result.sort(byPlace(text))
}

function groupAnchors(rows: RangeRow[]): Map<string, RangeAnchor[]> {
  const anchorsOf = new Map<string, RangeAnchor[]>()
  for (const r of rows) {
    const list = anchorsOf.get(r.highlight_id) ?? []
    list.push({
      paragraph: r.paragraph_index,
      position: { type: 'TextPositionSelector', start: r.start, end: r.end },
      quote: { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix },
    })
    anchorsOf.set(r.highlight_id, list)
  }
  return anchorsOf
}

/** The stored anchors of every highlight of a report (trash included), by id. */
export function storedAnchors(db: Db, reportId: number): Map<string, RangeAnchor[]> {
  const rows = db
    .prepare(
      `SELECT * FROM highlight_ranges WHERE highlight_id IN (SELECT id FROM highlights WHERE report_id = ?)
       ORDER BY highlight_id, seq`,
    )
    .all(reportId) as RangeRow[]
  return groupAnchors(rows)
}

function byPlace(text: EditionText) {
  const order = (h: Highlight) =>
    h.ranges.length ? text.byId.get(h.ranges[0].paragraphId)!.index * 1e6 + h.ranges[0].start : Number.MAX_SAFE_INTEGER
  return (a: Highlight, b: Highlight) => order(a) - order(b)
}

function worst(states: AnchorState[]): AnchorState {
  return states.reduce<AnchorState>((w, s) => (stateCodes.indexOf(s) > stateCodes.indexOf(w) ? s : w), 'exact')
}

function toHighlight(
  row: HighlightRow,
  anchors: RangeAnchor[],
  resolutions: Resolution[],
  text: EditionText,
  categories: Map<number, Category>,
  tags: string[],
  db: Db,
): Highlight {
  // The state found when the highlight was carried to this edition (moved,
  // approximate: to review) stands until the user accepts or fixes it.
  const stored = stateCodes[row.state] ?? 'exact'
  const state = anchors.length ? worst([stored, ...resolutions.map((r) => r.state)]) : 'orphaned'
  const placed = state === 'orphaned' ? [] : resolutions.filter((r) => r.state !== 'orphaned')
  const ranges: HighlightRange[] = placed.map((r) => ({
    paragraphId: text.paragraphs[r.paragraph].id,
    start: r.start,
    end: r.end,
  }))
  const quote =
    state === 'orphaned' ? anchors.map((a) => a.quote.exact).join('\n') : placed.map((r) => r.text).join('\n')
  // An orphan is cited where it last was, by its old paragraph index.
  const firstIndex = state === 'orphaned' ? anchors[0]?.paragraph ?? 0 : placed[0].paragraph
  const first = text.paragraphs[Math.min(firstIndex, text.paragraphs.length - 1)]
  const lastIndex = state === 'orphaned' ? firstIndex : placed[placed.length - 1].paragraph
  const last = text.paragraphs[Math.min(lastIndex, text.paragraphs.length - 1)]
  const category = categories.get(row.category_id) ?? retiredCategory(db, row.category_id)
  return {
    id: row.id,
    reportId: row.report_id,
    category,
    tags,
    comment: row.comment,
    commentDoc: row.comment_doc ? (JSON.parse(row.comment_doc) as RichTextDoc) : null,
    state,
    text: quote,
    ranges,
    part: first?.part ?? 0,
    paragraph: first?.number ?? 0,
    sectionId: first?.sectionId ?? null,
    citation: cite(quote, {
      reportTitle: text.reportTitle,
      part: first?.part ?? 0,
      partTitle: text.partTitles.get(first?.part ?? 0) ?? '',
      paragraph: first?.number ?? 0,
      lastParagraph: last && last.part === first?.part ? last.number : undefined,
    }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  }
}

function retiredCategory(db: Db, id: number): Category {
  const row = db.prepare('SELECT id, key, name, color, builtin FROM categories WHERE id = ?').get(id) as
    | { id: number; key: string; name: string; color: string; builtin: number }
    | undefined
  return { id, key: row?.key ?? `c${id}`, name: row?.name ?? '', color: row?.color ?? '#999999', builtin: false, shortcut: null }
}

export interface HighlightChanges {
  categoryId?: number
  tags?: string[]
  comment?: string
  commentDoc?: RichTextDoc | null
}

/** Recolours, retags or re-comments a highlight. Throws 'highlight-not-found'. */
export function updateHighlight(db: Db, id: string, changes: HighlightChanges): Highlight {
  db.transaction(() => {
    const row = db.prepare('SELECT id FROM highlights WHERE id = ?').get(id)
    if (!row) throw new YanduError('highlight-not-found', { id })
    const now = new Date().toISOString()
    if (changes.categoryId !== undefined) {
      db.prepare('UPDATE highlights SET category_id = ?, updated_at = ? WHERE id = ?').run(changes.categoryId, now, id)
    }
    if (changes.comment !== undefined || changes.commentDoc !== undefined) {
      db.prepare('UPDATE highlights SET comment = ?, comment_doc = ?, updated_at = ? WHERE id = ?').run(
        changes.comment ?? '',
        changes.commentDoc ? JSON.stringify(changes.commentDoc) : null,
        now,
        id,
      )
    }
    if (changes.tags !== undefined) {
      writeTags(db, id, changes.tags)
      db.prepare('UPDATE highlights SET updated_at = ? WHERE id = ?').run(now, id)
    }
  })()
  return getHighlight(db, id)
}

/** Accepts where a highlight landed on a new edition (moved, approximate):
 * it is no longer listed for review. An orphan must be placed instead. */
export function acceptHighlight(db: Db, id: string): Highlight {
  const current = getHighlight(db, id)
  if (current.state !== 'orphaned') {
    db.prepare('UPDATE highlights SET state = 0, updated_at = ? WHERE id = ?').run(new Date().toISOString(), id)
  }
  return getHighlight(db, id)
}

/** Places a highlight by hand on new ranges of the newest edition (an orphan,
 * or an approximate match the user corrects); it keeps its id, comment and tags. */
export function placeHighlight(db: Db, id: string, ranges: NewHighlight['ranges']): Highlight {
  const row = db.prepare('SELECT report_id FROM highlights WHERE id = ?').get(id) as { report_id: number } | undefined
  if (!row) throw new YanduError('highlight-not-found', { id })
  const text = loadEditionText(db, newestEdition(db, row.report_id).id)
  db.transaction(() => {
    writeRanges(db, id, describeRanges(text, ranges))
    db.prepare('UPDATE highlights SET edition_id = ?, state = 0, updated_at = ? WHERE id = ?').run(
      text.editionId,
      new Date().toISOString(),
      id,
    )
  })()
  return getHighlight(db, id)
}

/** Moves a highlight to the trash (restorable). Throws 'highlight-not-found'. */
export function deleteHighlight(db: Db, id: string): Highlight {
  const changed = db
    .prepare('UPDATE highlights SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
    .run(new Date().toISOString(), id).changes
  if (!changed && !db.prepare('SELECT 1 FROM highlights WHERE id = ?').get(id)) {
    throw new YanduError('highlight-not-found', { id })
  }
  return getHighlight(db, id)
}

/** Brings a highlight back from the trash. Throws 'highlight-not-found'. */
export function restoreHighlight(db: Db, id: string): Highlight {
  const changed = db.prepare('UPDATE highlights SET deleted_at = NULL WHERE id = ?').run(id).changes
  if (!changed) throw new YanduError('highlight-not-found', { id })
  return getHighlight(db, id)
}
