// A revised text imported as a new edition of a report. Editions never change
// once imported; what moves is the user's work: every highlight is re-anchored
// onto the new edition (resolve-anchor.ts) and every section note follows its
// section. Nothing is dropped: what cannot be placed stays orphaned, on its
// old anchors, for the user to place by hand.
import { describeRange } from './anchoring/selectors'
import { resolveAnchors, type Resolution } from './anchoring/resolve-anchor'
import type { Db } from './database'
import { loadEditionText, newestEdition } from './edition-text'
import { stateCode, storedAnchors } from './highlights'
import { parseReport, type ParsedReport } from './parse-report'
import { contentHash, insertEdition } from './report-import'
import type { AnchorState, EditionOutcome } from './types'

/** A revised text, read and parsed (import-file.ts loadReportFile gives one). */
export interface RevisedText {
  parsed: ParsedReport
  hash: string
}

/** Imports plain text as a new edition (see importEdition). */
export function importEditionText(db: Db, reportId: number, source: string, sourceName = ''): EditionOutcome {
  return importEdition(db, reportId, { parsed: parseReport(source), hash: contentHash(source) }, sourceName)
}

/** Imports a revised text as a new edition of `reportId` and carries the
 * annotations over, all in one transaction. Throws YanduError('report-not-found'),
 * writing nothing. */
export function importEdition(db: Db, reportId: number, revised: RevisedText, sourceName = ''): EditionOutcome {
  const { parsed: report, hash } = revised
  const previous = newestEdition(db, reportId)
  const previousHash = (db.prepare('SELECT content_hash FROM editions WHERE id = ?').get(previous.id) as { content_hash: string })
    .content_hash
  if (hash === previousHash) {
    return { id: reportId, edition: previous.number, exact: 0, moved: 0, approximate: 0, orphaned: 0, notesUnplaced: 0, existing: true }
  }
  return db.transaction(() => {
    const number = previous.number + 1
    const editionId = insertEdition(db, reportId, number, report, sourceName, hash, new Date().toISOString())
    const counts = reanchorHighlights(db, reportId, editionId)
    const notesUnplaced = moveNotes(db, previous.id, editionId)
    return { id: reportId, edition: number, ...counts, notesUnplaced, existing: false }
  })()
}

function reanchorHighlights(db: Db, reportId: number, editionId: number): Record<AnchorState, number> {
  const counts: Record<AnchorState, number> = { exact: 0, moved: 0, approximate: 0, orphaned: 0 }
  const text = loadEditionText(db, editionId)
  const ids = (db.prepare('SELECT id FROM highlights WHERE report_id = ? ORDER BY id').all(reportId) as { id: string }[]).map(
    (r) => r.id,
  )
  const anchors = storedAnchors(db, reportId)
  const flat = ids.flatMap((id) => anchors.get(id) ?? [])
  const resolved = resolveAnchors(text.texts, flat)
  const setPlaced = db.prepare('UPDATE highlights SET edition_id = ?, state = ? WHERE id = ?')
  const setOrphan = db.prepare('UPDATE highlights SET state = ? WHERE id = ?')
  const clearRanges = db.prepare('DELETE FROM highlight_ranges WHERE highlight_id = ?')
  const addRange = db.prepare(
    `INSERT INTO highlight_ranges (highlight_id, seq, paragraph_index, start, end, exact, prefix, suffix)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  let cursor = 0
  for (const id of ids) {
    const count = anchors.get(id)?.length ?? 0
    const results = resolved.slice(cursor, (cursor += count))
    const state = worstOf(results)
    counts[state]++
    if (state === 'orphaned') {
      // Keep the old anchors (and their edition): the last known text and place.
      setOrphan.run(stateCode(state), id)
      continue
    }
    clearRanges.run(id)
    results.forEach((r, seq) => {
      if (r.state === 'orphaned') return
      const a = describeRange(text.texts[r.paragraph], r.paragraph, r.start, r.end)
      addRange.run(id, seq, a.paragraph, a.position.start, a.position.end, a.quote.exact, a.quote.prefix, a.quote.suffix)
    })
    setPlaced.run(editionId, stateCode(state), id)
  }
  return counts
}

const order: AnchorState[] = ['exact', 'moved', 'approximate', 'orphaned']
function worstOf(results: Resolution[]): AnchorState {
  if (results.length === 0) return 'orphaned'
  return results.reduce<AnchorState>((w, r) => (order.indexOf(r.state) > order.indexOf(w) ? r.state : w), 'exact')
}

interface SectionRow {
  id: number
  level: number
  part: number
  heading: string
  short_title: string
  position: number
}

/** Moves each section note to the matching section of the new edition: the
 * same heading, else the same short title, else the same part and level in
 * the same order. Returns how many found no match. */
function moveNotes(db: Db, fromEdition: number, toEdition: number): number {
  const sections = (edition: number) =>
    db.prepare('SELECT id, level, part, heading, short_title, position FROM sections WHERE edition_id = ? ORDER BY position').all(edition) as SectionRow[]
  const target = sections(toEdition)
  const taken = new Set<number>()
  const notes = db
    .prepare('SELECT n.id, s.id AS section FROM notes n JOIN sections s ON s.id = n.section_id WHERE s.edition_id = ?')
    .all(fromEdition) as { id: number; section: number }[]
  const old = new Map(sections(fromEdition).map((s) => [s.id, s]))
  const move = db.prepare('UPDATE notes SET section_id = ? WHERE id = ?')
  let unplaced = 0
  for (const note of notes) {
    const s = old.get(note.section)!
    const free = target.filter((t) => !taken.has(t.id))
    const match =
      free.find((t) => t.heading === s.heading) ??
      free.find((t) => t.level === s.level && t.short_title === s.short_title) ??
      free.find((t) => t.level === s.level && t.part === s.part && sameRank(target, t, sections(fromEdition), s))
    if (!match) {
      unplaced++
      continue
    }
    taken.add(match.id)
    move.run(match.id, note.id)
  }
  return unplaced
}

/** The same rank among the sections of its part and level. */
function sameRank(targets: SectionRow[], t: SectionRow, olds: SectionRow[], s: SectionRow): boolean {
  const rank = (list: SectionRow[], x: SectionRow) => list.filter((y) => y.part === x.part && y.level === x.level).indexOf(x)
  return rank(targets, t) === rank(olds, s)
}
