import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/core/database'
import { importReportText } from '../../../electron/core/report-import'
import { getReader, listReports } from '../../../electron/core/report-queries'
import { deleteReport, listDeletedReports, restoreReport } from '../../../electron/core/report-trash'
import { saveSectionNote } from '../../../electron/core/section-notes'
import { seedFile } from '../../helpers/temp-dir'

describe('deleteReport and restoreReport', () => {
  it('moves a report with its notes to the trash and back', () => {
    const db = openDatabase(':memory:')
    const { id } = importReportText(db, readFileSync(seedFile, 'utf8'))
    const section = getReader(db, id).sections[0].id
    saveSectionNote(db, section, { type: 'doc' }, '笔记')
    deleteReport(db, id)
    expect(listReports(db)).toEqual([])
    expect(listDeletedReports(db).map((r) => r.id)).toEqual([id])
    expect(() => getReader(db, id)).toThrowError(expect.objectContaining({ code: 'report-not-found' }))
    restoreReport(db, id)
    expect(listReports(db)[0]).toMatchObject({ id, notes: 1 })
  })

  it('refuses a report that is not there', () => {
    const db = openDatabase(':memory:')
    expect(() => deleteReport(db, 5)).toThrowError(expect.objectContaining({ code: 'report-not-found' }))
    expect(() => restoreReport(db, 5)).toThrowError(expect.objectContaining({ code: 'report-not-found' }))
  })
})
