// The one implementation of every API method, over one open database. Electron
// IPC, the browser host and the command line all call these handlers; inputs
// arrive already validated against the contract (see dispatch.ts).
import type { YanduHandlers } from '../api'
import type { Db } from './database'
import { getOutline, getReader, getReportText, listReports } from './report-queries'
import { getPreferences, getReadingPosition, setPreferences, setReadingPosition } from './preferences'
import { getSectionNote, saveSectionNote } from './section-notes'

export function createHandlers(db: Db): YanduHandlers {
  return {
    listReports: () => listReports(db),
    getOutline: ({ reportId }) => getOutline(db, reportId),
    getReader: ({ reportId }) => getReader(db, reportId),
    getReportText: ({ reportId }) => getReportText(db, reportId),
    getSectionNote: ({ sectionId }) => getSectionNote(db, sectionId),
    saveSectionNote: ({ sectionId, doc, text }) => saveSectionNote(db, sectionId, doc, text),
    getPreferences: () => getPreferences(db),
    setPreferences: (changes) => setPreferences(db, changes),
    getReadingPosition: () => getReadingPosition(db),
    setReadingPosition: (position) => setReadingPosition(db, position),
  }
}
