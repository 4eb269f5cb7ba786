// The one implementation of every API method, over one open database. Electron
// IPC, the browser host and the command line all call these handlers; inputs
// arrive already validated against the contract (see dispatch.ts).
import type { YanduHandlers } from '../api'
import type { Db } from './database'
import { getOutline, getReader, getReportText, listReports } from './report-queries'
import { getPreferences, getReadingPosition, setPreferences, setReadingPosition } from './preferences'
import { getSectionNote, saveSectionNote } from './section-notes'
import { createCategory, deleteCategory, listCategories, updateCategory } from './categories'
import { citeSelection } from './cite-selection'
import { importEdition } from './editions'
import { deleteReport, listDeletedReports, restoreReport } from './report-trash'
import { importReportBytes, loadReportBytes, previewReportBytes } from './import-file'
import {
  acceptHighlight,
  createHighlight,
  deleteHighlight,
  listHighlights,
  placeHighlight,
  restoreHighlight,
  updateHighlight,
} from './highlights'
import { briefHandlers, type BriefHandlerOptions } from './brief-handlers'
import { search } from './search'
import { suggestExportPath } from './export-path'

/** `options.pdf`: how brief exports print PDFs (the system Chromium by default). */
export function createHandlers(db: Db, options: BriefHandlerOptions = {}): YanduHandlers {
  return {
    ...briefHandlers(db, options),
    listReports: () => listReports(db),
    listDeletedReports: () => listDeletedReports(db),
    chooseExportPath: ({ title, extension }) => suggestExportPath(title, extension),
    deleteReport: ({ reportId }) => {
      deleteReport(db, reportId)
      return null
    },
    restoreReport: ({ reportId }) => {
      restoreReport(db, reportId)
      return null
    },
    getOutline: ({ reportId }) => getOutline(db, reportId),
    getReader: ({ reportId, edition }) => getReader(db, reportId, edition),
    getReportText: ({ reportId }) => getReportText(db, reportId),
    getSectionNote: ({ sectionId }) => getSectionNote(db, sectionId),
    saveSectionNote: ({ sectionId, doc, text }) => saveSectionNote(db, sectionId, doc, text),
    getPreferences: () => getPreferences(db),
    setPreferences: (changes) => setPreferences(db, changes),
    getReadingPosition: () => getReadingPosition(db),
    setReadingPosition: (position) => setReadingPosition(db, position),
    listCategories: () => listCategories(db),
    createCategory: ({ name, color }) => createCategory(db, name, color),
    updateCategory: ({ id, ...changes }) => updateCategory(db, id, changes),
    deleteCategory: ({ id }) => {
      deleteCategory(db, id)
      return null
    },
    listHighlights: ({ reportId, deleted }) => listHighlights(db, reportId, { deleted }),
    createHighlight: (input) => createHighlight(db, input),
    updateHighlight: ({ id, ...changes }) => updateHighlight(db, id, changes),
    acceptHighlight: ({ id }) => acceptHighlight(db, id),
    placeHighlight: ({ id, ranges }) => placeHighlight(db, id, ranges),
    deleteHighlight: ({ id }) => deleteHighlight(db, id),
    restoreHighlight: ({ id }) => restoreHighlight(db, id),
    citeSelection: ({ reportId, ranges }) => citeSelection(db, reportId, ranges),
    previewImport: ({ name, bytesBase64, encoding }) =>
      previewReportBytes(Buffer.from(bytesBase64, 'base64'), name, { encoding }),
    importReport: ({ name, bytesBase64, encoding }) =>
      importReportBytes(db, Buffer.from(bytesBase64, 'base64'), name, { encoding }),
    importEdition: async ({ reportId, name, bytesBase64, encoding }) =>
      importEdition(db, reportId, await loadReportBytes(Buffer.from(bytesBase64, 'base64'), name, { encoding }), name),
    search: ({ query, reportId, limit }) => search(db, query, { reportId, limit }),
  }
}
