// The API handlers of the Briefs view, over one open database: what
// service.ts spreads into the whole table. Template names arrive in English
// or Chinese and are normalised here.
import type { YanduHandlers } from '../api'
import { addBlock, moveBlock, removeBlock, reorderBlocks, updateBlock } from './brief-blocks'
import { exportBrief, previewBrief } from './brief-export'
import {
  createBrief,
  createBriefFromHighlights,
  deleteBrief,
  duplicateBrief,
  getBrief,
  listBriefs,
  renameBrief,
  restoreBrief,
  setBriefTemplate,
} from './brief-store'
import { parseTemplate } from './brief-templates'
import type { Db } from './database'
import type { PdfPrinter } from './print-pdf'

export interface BriefHandlerOptions {
  /** How PDFs are printed: the system Chromium unless given (Electron's
   * printToPDF in the desktop app). */
  pdf?: PdfPrinter
}

type BriefMethod =
  | 'listBriefs'
  | 'getBrief'
  | 'createBrief'
  | 'createBriefFromHighlights'
  | 'renameBrief'
  | 'setBriefTemplate'
  | 'duplicateBrief'
  | 'deleteBrief'
  | 'restoreBrief'
  | 'addBlock'
  | 'updateBlock'
  | 'removeBlock'
  | 'moveBlock'
  | 'reorderBlocks'
  | 'previewBrief'
  | 'exportBrief'

const template = (name: string | undefined) => (name === undefined ? undefined : parseTemplate(name))

export function briefHandlers(db: Db, options: BriefHandlerOptions = {}): Pick<YanduHandlers, BriefMethod> {
  return {
    listBriefs: ({ deleted }) => listBriefs(db, { deleted }),
    getBrief: ({ id }) => getBrief(db, id),
    createBrief: (input) => createBrief(db, { ...input, template: template(input.template) }),
    createBriefFromHighlights: (input) => createBriefFromHighlights(db, { ...input, template: template(input.template) }),
    renameBrief: ({ id, title }) => renameBrief(db, id, title),
    setBriefTemplate: ({ id, template: name }) => setBriefTemplate(db, id, parseTemplate(name)),
    duplicateBrief: ({ id }) => duplicateBrief(db, id),
    deleteBrief: ({ id }) => deleteBrief(db, id),
    restoreBrief: ({ id }) => restoreBrief(db, id),
    addBlock: ({ briefId, block, index }) => addBlock(db, briefId, block, index),
    updateBlock: ({ id, ...changes }) => updateBlock(db, id, changes),
    removeBlock: ({ id }) => removeBlock(db, id),
    moveBlock: ({ id, toIndex }) => moveBlock(db, id, toIndex),
    reorderBlocks: ({ briefId, blockIds }) => reorderBlocks(db, briefId, blockIds),
    previewBrief: ({ id, template: name }) => previewBrief(db, id, template(name)),
    exportBrief: (input) => exportBrief(db, { ...input, template: template(input.template) }, { pdf: options.pdf }),
  }
}
