// Reads reports back: the library list, the outline, the reader's document and
// the whole text. Everything reads the newest edition unless told otherwise.
import type { Db } from './database'
import { newestEdition } from './edition-text'
import { YanduError } from './errors'
import type { Outline, OutlineSection, ReaderBlock, ReaderDocument, ReaderSection, ReportSummary } from './types'

interface SectionRow {
  id: number
  parent_id: number | null
  position: number
  level: number
  part: number
  heading: string
  title: string
  short_title: string
}

interface ParagraphRow {
  id: number
  section_id: number | null
  position: number
  part: number
  number: number
  text: string
  lead: string | null
}

/** The reports in the library (not in the trash), newest first. */
export function listReports(db: Db): ReportSummary[] {
  return db
    .prepare(
      `SELECT r.id, r.title, r.imported_at AS importedAt,
         (SELECT COUNT(*) FROM editions e WHERE e.report_id = r.id) AS editions,
         (SELECT COUNT(*) FROM notes n JOIN sections s ON s.id = n.section_id
            JOIN editions e ON e.id = s.edition_id
            WHERE e.report_id = r.id AND n.deleted_at IS NULL AND n.text <> '') AS notes,
         (SELECT COUNT(*) FROM highlights h WHERE h.report_id = r.id AND h.deleted_at IS NULL) AS highlights
       FROM reports r WHERE r.deleted_at IS NULL ORDER BY r.imported_at DESC, r.id DESC`,
    )
    .all() as ReportSummary[]
}

function editionByNumber(db: Db, reportId: number, number?: number) {
  const newest = newestEdition(db, reportId)
  if (number === undefined || number === newest.number) return newest
  const row = db
    .prepare('SELECT id, report_id, number, title, subtitle, byline FROM editions WHERE report_id = ? AND number = ?')
    .get(reportId, number) as typeof newest | undefined
  if (!row) throw new YanduError('edition-not-found', { id: reportId, edition: number })
  return row
}

function sectionsOf(db: Db, editionId: number): SectionRow[] {
  return db
    .prepare('SELECT * FROM sections WHERE edition_id = ? ORDER BY position')
    .all(editionId) as SectionRow[]
}

function paragraphsOf(db: Db, editionId: number): ParagraphRow[] {
  return db
    .prepare('SELECT * FROM paragraphs WHERE edition_id = ? ORDER BY position')
    .all(editionId) as ParagraphRow[]
}

/** The outline in the command line's shape: parts, their topics (lead
 * sentences) and nested sections. */
export function getOutline(db: Db, reportId: number): Outline {
  const edition = newestEdition(db, reportId)
  const byId = new Map<number, OutlineSection>()
  const parts: OutlineSection[] = []
  for (const s of sectionsOf(db, edition.id)) {
    const node: OutlineSection = { heading: s.heading, topics: [], sections: [] }
    byId.set(s.id, node)
    const parent = s.parent_id === null ? undefined : byId.get(s.parent_id)
    if (parent) parent.sections.push(node)
    else parts.push(node)
  }
  for (const p of paragraphsOf(db, edition.id)) {
    if (p.lead === null || p.section_id === null) continue
    byId.get(p.section_id)?.topics.push({ paragraph: p.number, text: p.lead })
  }
  return { title: edition.title, subtitle: edition.subtitle, byline: edition.byline, parts }
}

/** Everything the reader shows of an edition (the newest by default), with
 * per-section counts. Throws 'report-not-found' or 'edition-not-found'. */
export function getReader(db: Db, reportId: number, editionNumber?: number): ReaderDocument {
  const edition = editionByNumber(db, reportId, editionNumber)
  const notesBySection = new Map(
    (
      db
        .prepare(
          `SELECT n.section_id AS id FROM notes n JOIN sections s ON s.id = n.section_id
           WHERE s.edition_id = ? AND n.deleted_at IS NULL AND n.text <> ''`,
        )
        .all(edition.id) as { id: number }[]
    ).map((r) => [r.id, 1]),
  )
  // Counted from the stored anchors, without resolving them: a highlight on
  // this edition lies where its first range says (re-anchoring rewrote it);
  // one left on an older edition is an orphan and counts nowhere.
  const paragraphRows = paragraphsOf(db, edition.id)
  const firstRanges = db
    .prepare(
      `SELECT r.paragraph_index AS paragraph FROM highlights h
       JOIN highlight_ranges r ON r.highlight_id = h.id AND r.seq = 0
       WHERE h.report_id = ? AND h.edition_id = ? AND h.deleted_at IS NULL AND h.state < 3`,
    )
    .all(reportId, edition.id) as { paragraph: number }[]
  const highlightsByPart = new Map<number, number>()
  for (const { paragraph } of firstRanges) {
    const part = paragraphRows[paragraph]?.part
    if (part !== undefined) highlightsByPart.set(part, (highlightsByPart.get(part) ?? 0) + 1)
  }
  const sectionRows = sectionsOf(db, edition.id)
  const sections: ReaderSection[] = sectionRows.map((s) => ({
    id: s.id,
    parentId: s.parent_id,
    level: s.level,
    part: s.part,
    heading: s.heading,
    title: s.title,
    shortTitle: s.short_title,
    notes: notesBySection.get(s.id) ?? 0,
    // Counted per part: nested sections show their part's count.
    highlights: highlightsByPart.get(s.part) ?? 0,
  }))
  const blocks: (ReaderBlock & { position: number })[] = [
    ...sectionRows.map((s) => ({
      kind: 'heading' as const,
      id: s.id,
      sectionId: s.id,
      level: s.level,
      part: s.part,
      text: s.heading,
      position: s.position,
    })),
    ...paragraphRows.map((p) => ({
      kind: 'paragraph' as const,
      id: p.id,
      sectionId: p.section_id,
      part: p.part,
      paragraph: p.number,
      text: p.text,
      lead: p.lead,
      position: p.position,
    })),
  ].sort((a, b) => a.position - b.position)
  return {
    reportId,
    editionId: edition.id,
    edition: edition.number,
    title: edition.title,
    subtitle: edition.subtitle,
    byline: edition.byline,
    sections,
    blocks: blocks.map(({ position: _position, ...block }) => block),
  }
}

/** The whole text as stored, in reading order, one block a line: title,
 * subtitle, byline, then headings and paragraphs. */
export function getReportText(db: Db, reportId: number, edition?: number): string {
  const doc = getReader(db, reportId, edition)
  const lines = [doc.title, doc.subtitle, doc.byline].filter((line): line is string => !!line)
  for (const block of doc.blocks) lines.push(block.text)
  return lines.join('\n') + '\n'
}
