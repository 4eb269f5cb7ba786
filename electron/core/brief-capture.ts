// What a block of a brief captures when it is added: the text of a part or
// a topic with its source, or a highlight's exact text with its citation,
// comment and the sentence around it (for the quiz). From then on the brief
// owns a copy: deleting the highlight or re-importing the report changes nothing.
import { citeSource } from './citation'
import type { Db } from './database'
import { loadEditionText, newestEdition, type EditionText } from './edition-text'
import { YanduError } from './errors'
import { getHighlight } from './highlights'
import { quizContext } from './quiz-blank'
import type { BriefBlockContent, Highlight } from './types'

export type SectionContent = Extract<BriefBlockContent, { kind: 'section' }>
export type QuotationContent = Extract<BriefBlockContent, { kind: 'quotation' }>

interface SectionRow {
  id: number
  edition_id: number
  parent_id: number | null
  level: number
  part: number
  heading: string
}

interface ParagraphRow {
  id: number
  edition_id: number
  section_id: number | null
  part: number
  number: number
  text: string
  lead: string | null
}

function reportOfEdition(db: Db, editionId: number): { id: number; title: string } {
  return db
    .prepare('SELECT r.id, r.title FROM editions e JOIN reports r ON r.id = e.report_id WHERE e.id = ?')
    .get(editionId) as { id: number; title: string }
}

function partTitle(db: Db, editionId: number, part: number): string {
  const row = db
    .prepare('SELECT short_title FROM sections WHERE edition_id = ? AND level = 1 AND part = ?')
    .get(editionId, part) as { short_title: string } | undefined
  return row?.short_title ?? ''
}

/** A part (or a nested section) with all its paragraphs, nested ones
 * included. Throws YanduError('section-not-found'). */
export function captureSection(db: Db, sectionId: number): SectionContent {
  const section = db.prepare('SELECT * FROM sections WHERE id = ?').get(sectionId) as SectionRow | undefined
  if (!section) throw new YanduError('section-not-found', { id: sectionId })
  const all = db
    .prepare('SELECT id, parent_id FROM sections WHERE edition_id = ? ORDER BY position')
    .all(section.edition_id) as { id: number; parent_id: number | null }[]
  const inside = new Set([section.id])
  for (const s of all) if (s.parent_id !== null && inside.has(s.parent_id)) inside.add(s.id)
  const paragraphs = (
    db.prepare('SELECT * FROM paragraphs WHERE edition_id = ? ORDER BY position').all(section.edition_id) as ParagraphRow[]
  ).filter((p) => p.section_id !== null && inside.has(p.section_id))
  const report = reportOfEdition(db, section.edition_id)
  const place = { reportTitle: report.title, part: section.part, partTitle: partTitle(db, section.edition_id, section.part) }
  const first = paragraphs[0]
  const last = paragraphs[paragraphs.length - 1]
  const source = first
    ? citeSource({ ...place, paragraph: first.number, lastParagraph: last.part === first.part ? last.number : undefined })
    : // A heading with no text under it: cite the part alone.
      citeSource({ ...place, paragraph: 0 }).replace(/，第0段/, '')
  return {
    kind: 'section',
    reportId: report.id,
    sectionId: section.id,
    paragraphId: null,
    level: section.level === 1 ? 1 : 2,
    part: section.part,
    paragraph: 0,
    heading: section.heading,
    text: paragraphs.map((p) => p.text).join('\n'),
    source,
  }
}

/** A topic: one paragraph under its lead sentence (the paragraph's first
 * sentence when it has no lead). Throws YanduError('paragraph-not-found'). */
export function captureTopic(db: Db, paragraphId: number): SectionContent {
  const p = db.prepare('SELECT * FROM paragraphs WHERE id = ?').get(paragraphId) as ParagraphRow | undefined
  if (!p) throw new YanduError('paragraph-not-found', { id: paragraphId })
  const report = reportOfEdition(db, p.edition_id)
  const heading = p.lead ?? p.text.match(/^[^。！？]*[。！？]?/)![0]
  return {
    kind: 'section',
    reportId: report.id,
    sectionId: p.section_id,
    paragraphId: p.id,
    level: 2,
    part: p.part,
    paragraph: p.number,
    heading,
    text: p.text,
    source: citeSource({
      reportTitle: report.title,
      part: p.part,
      partTitle: partTitle(db, p.edition_id, p.part),
      paragraph: p.number,
    }),
  }
}

/** The source part of a highlight's citation: what follows the quoted text. */
function sourceOf(h: Highlight, text: EditionText): string {
  const quoted = `“${h.text.replace(/\s*\n\s*/g, '')}”`
  if (h.citation.startsWith(quoted)) return h.citation.slice(quoted.length)
  return citeSource({
    reportTitle: text.reportTitle,
    part: h.part,
    partTitle: text.partTitles.get(h.part) ?? '',
    paragraph: h.paragraph,
  })
}

/** A quotation from a highlight already read, against its report's newest
 * edition text (loaded once for many highlights). */
export function quotationOf(h: Highlight, text: EditionText): QuotationContent {
  const first = h.ranges[0]
  const last = h.ranges[h.ranges.length - 1]
  // An orphan has no place in the text: no sentence around it.
  const context =
    first && last
      ? quizContext(text.byId.get(first.paragraphId)?.text ?? '', first.start, text.byId.get(last.paragraphId)?.text ?? '', last.end)
      : { before: '', after: '' }
  return {
    kind: 'quotation',
    reportId: h.reportId,
    highlightId: h.id,
    category: h.category.name,
    text: h.text,
    citation: h.citation,
    source: sourceOf(h, text),
    comment: h.comment,
    part: h.part,
    paragraph: h.paragraph,
    before: context.before,
    after: context.after,
  }
}

/** A quotation from a highlight by id (in the trash or not). Throws
 * YanduError('highlight-not-found'). */
export function captureHighlight(db: Db, highlightId: string): QuotationContent {
  const h = getHighlight(db, highlightId)
  return quotationOf(h, loadEditionText(db, newestEdition(db, h.reportId).id))
}
