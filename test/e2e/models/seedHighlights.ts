// Highlights made through the API before a test, as a reader would make them
// with the selection toolbar: the shipped report and a few quotes in it.
import type { Page } from 'playwright-core'
import type { Highlight, ReaderDocument } from '../../../electron/api'
import { apiCall } from './api'

/** The first report of the library (the shipped one in a fresh profile). */
export async function firstReport(page: Page): Promise<ReaderDocument> {
  const [report] = await apiCall(page, 'listReports')
  return apiCall(page, 'getReader', { reportId: report.id })
}

/** Highlights the first occurrence of each quote (within one paragraph) in
 * the category named `category` (重点 by default). */
export async function highlightQuotes(page: Page, doc: ReaderDocument, quotes: string[], category = '重点'): Promise<Highlight[]> {
  const categories = await apiCall(page, 'listCategories')
  const categoryId = categories.find((c) => c.name === category)!.id
  const made: Highlight[] = []
  for (const quote of quotes) {
    const paragraph = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.includes(quote))
    if (!paragraph) throw new Error(`not in the report: ${quote}`)
    const start = paragraph.text.indexOf(quote)
    const ranges = [{ paragraphId: paragraph.id, start, end: start + quote.length }]
    made.push(await apiCall(page, 'createHighlight', { reportId: doc.reportId, categoryId, ranges }))
  }
  return made
}
