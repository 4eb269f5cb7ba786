// The rich-text note of each section: one TipTap document per section, saved
// as the user types. Each save is one statement, so a note the UI has shown as
// saved is in the file even if the process dies the next instant.
import type { Db } from './database'
import { YanduError } from './errors'
import type { RichTextDoc, SectionNote } from './types'

interface NoteRow {
  section_id: number
  doc: string
  text: string
  updated_at: string
}

function toNote(row: NoteRow): SectionNote {
  return { sectionId: row.section_id, doc: JSON.parse(row.doc) as RichTextDoc, text: row.text, updatedAt: row.updated_at }
}

/** The note of a section, or null when it has none (or it is in the trash). */
export function getSectionNote(db: Db, sectionId: number): SectionNote | null {
  const row = db
    .prepare('SELECT section_id, doc, text, updated_at FROM notes WHERE section_id = ? AND deleted_at IS NULL')
    .get(sectionId) as NoteRow | undefined
  return row ? toNote(row) : null
}

/** Creates or replaces the note of a section. Throws YanduError('section-not-found'). */
export function saveSectionNote(db: Db, sectionId: number, doc: RichTextDoc, text: string): SectionNote {
  const section = db.prepare('SELECT id FROM sections WHERE id = ?').get(sectionId)
  if (!section) throw new YanduError('section-not-found', { id: sectionId })
  const updatedAt = new Date().toISOString()
  db.prepare(
    `INSERT INTO notes (section_id, doc, text, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(section_id) DO UPDATE SET doc = excluded.doc, text = excluded.text,
       updated_at = excluded.updated_at, deleted_at = NULL`,
  ).run(sectionId, JSON.stringify(doc), text, updatedAt)
  return { sectionId, doc, text, updatedAt }
}
