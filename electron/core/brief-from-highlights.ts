// "Brief from my highlights": a study outline of a report made from all its
// highlights, grouped by part and, within a part, by category. The blocks
// come out in that order, so the templates (which keep block order) show the
// grouping and a user who reorders them later sees their own order.
// The template asked for trims what it would show badly: a speech brief
// leaves out the parts' whole text (it groups quotations by category), a
// quiz leaves out the notes (its free text reads as the instructions).
import { captureSection, quotationOf } from './brief-capture'
import { listCategories } from './categories'
import type { Db } from './database'
import { loadEditionText, newestEdition } from './edition-text'
import { listHighlights } from './highlights'
import type { BriefBlockContent, BriefTemplate, Highlight, RichTextDoc } from './types'

interface NoteRow {
  part: number
  doc: string
  text: string
}

/** The blocks of a brief made from the report's highlights (not in the
 * trash), in reading order of parts: per part, its section (heading and
 * text), its highlights by category (in the categories' order; reading order
 * within one), then the notes written on its sections. Highlights that could
 * not be placed (orphans) go with the part they were last in.
 * Throws YanduError('report-not-found'). */
export function blocksFromHighlights(db: Db, reportId: number, template: BriefTemplate = 'outline'): BriefBlockContent[] {
  const edition = newestEdition(db, reportId)
  const text = loadEditionText(db, edition.id)
  const highlights = listHighlights(db, reportId)
  const categoryOrder = new Map(listCategories(db).map((c, i) => [c.id, i]))
  const rank = (h: Highlight) => categoryOrder.get(h.category.id) ?? categoryOrder.size
  const parts = db
    .prepare('SELECT id, part FROM sections WHERE edition_id = ? AND level = 1 ORDER BY position')
    .all(edition.id) as { id: number; part: number }[]
  const notes = db
    .prepare(
      `SELECT s.part, n.doc, n.text FROM notes n JOIN sections s ON s.id = n.section_id
       WHERE s.edition_id = ? AND n.deleted_at IS NULL AND n.text <> '' ORDER BY s.position`,
    )
    .all(edition.id) as NoteRow[]
  const withSections = template !== 'speech'
  const withNotes = template !== 'quiz'

  const byPart = new Map<number, Highlight[]>()
  for (const h of highlights) byPart.set(h.part, [...(byPart.get(h.part) ?? []), h])
  const numbers = [...new Set([...byPart.keys(), ...notes.map((n) => n.part)])].sort((a, b) => a - b)

  const blocks: BriefBlockContent[] = []
  for (const part of numbers) {
    const section = parts.find((p) => p.part === part)
    if (section && withSections) blocks.push(captureSection(db, section.id))
    // Array.prototype.sort is stable: reading order stays within a category.
    const mine = [...(byPart.get(part) ?? [])].sort((a, b) => rank(a) - rank(b))
    for (const h of mine) blocks.push(quotationOf(h, text))
    for (const note of withNotes ? notes.filter((n) => n.part === part) : []) {
      blocks.push({ kind: 'text', doc: JSON.parse(note.doc) as RichTextDoc, text: note.text })
    }
  }
  return blocks
}
