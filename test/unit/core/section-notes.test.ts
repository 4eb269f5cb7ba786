import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/core/database'
import { importReportText } from '../../../electron/core/report-import'
import { getReader } from '../../../electron/core/report-queries'
import { getSectionNote, saveSectionNote } from '../../../electron/core/section-notes'
import { tempDir } from '../../helpers/temp-dir'

const note = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

describe('saveSectionNote', () => {
  it('creates, then replaces, the one note of a section', () => {
    const db = openDatabase(':memory:')
    const { id } = importReportText(db, '标题\n\n1 第一部分\n\n正文。')
    const section = getReader(db, id).sections[0].id
    saveSectionNote(db, section, note('甲'), '甲')
    saveSectionNote(db, section, note('乙'), '乙')
    expect(getSectionNote(db, section)).toMatchObject({ sectionId: section, doc: note('乙'), text: '乙' })
    expect(db.prepare('SELECT COUNT(*) AS n FROM notes').get()).toEqual({ n: 1 })
  })

  it('refuses a section that does not exist, writing nothing', () => {
    const db = openDatabase(':memory:')
    expect(() => saveSectionNote(db, 42, note('x'), 'x')).toThrowError(expect.objectContaining({ code: 'section-not-found' }))
    expect(db.prepare('SELECT COUNT(*) AS n FROM notes').get()).toEqual({ n: 0 })
  })

  it('is in the file as soon as it returns', () => {
    const file = join(tempDir(), 'y.sqlite')
    const db = openDatabase(file)
    const { id } = importReportText(db, '标题\n\n1 第一部分\n\n正文。')
    const section = getReader(db, id).sections[0].id
    saveSectionNote(db, section, note('留存'), '留存')
    // A second connection sees the committed row while the first is still open.
    const other = openDatabase(file)
    expect(getSectionNote(other, section)?.text).toBe('留存')
    other.close()
    db.close()
  })
})

describe('getSectionNote', () => {
  it('returns null for a section without a note', () => {
    const db = openDatabase(':memory:')
    expect(getSectionNote(db, 1)).toBeNull()
  })
})
