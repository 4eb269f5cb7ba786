// DOCX export of the seed with 200 highlights (issue 5, "Bench"): from the
// highlights in a real SQLite file to the .docx on disk, as `yandu export
// --report 1 --template handout --format docx` does it: read and resolve the
// highlights, capture their sentences, build the document, render, write.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { briefOfReport, exportBriefContent } from '../electron/core/brief-export'
import { listCategories } from '../electron/core/categories'
import { openDatabase } from '../electron/core/database'
import { loadEditionText, newestEdition } from '../electron/core/edition-text'
import { createHighlights, type NewHighlight } from '../electron/core/highlights'
import { importReportText } from '../electron/core/report-import'
import { median, round, type Measure } from './measure'
import { seededRandom } from './seeded-random'

const SEED = 5
const HIGHLIGHTS = 200
const MIN_LENGTH = 4
const MAX_LENGTH = 30
const RUNS = 9

export async function docxBench(root: string, scratch: string): Promise<Measure[]> {
  const db = openDatabase(join(scratch, 'docx-bench.sqlite'))
  const { id: reportId } = importReportText(db, readFileSync(join(root, 'resources', 'report.txt'), 'utf8'))
  const text = loadEditionText(db, newestEdition(db, reportId).id)
  const categories = listCategories(db)
  const random = seededRandom(SEED)
  // Places drawn uniformly over the text, lengths MIN_LENGTH..MAX_LENGTH,
  // every category, a comment on every third.
  const long = text.paragraphs.filter((p) => p.text.length >= MAX_LENGTH)
  const total = long.reduce((sum, p) => sum + p.text.length, 0)
  const items: NewHighlight[] = []
  for (let i = 0; i < HIGHLIGHTS; i++) {
    let at = Math.floor(random() * total)
    let k = 0
    while (at >= long[k].text.length) at -= long[k++].text.length
    const length = MIN_LENGTH + Math.floor(random() * (MAX_LENGTH - MIN_LENGTH + 1))
    const start = Math.min(at, long[k].text.length - length)
    items.push({
      reportId,
      ranges: [{ paragraphId: long[k].id, start, end: start + length }],
      categoryId: categories[i % categories.length].id,
      comment: i % 3 === 0 ? `第${i + 1}条的批注` : '',
    })
  }
  createHighlights(db, items)

  let n = 0
  const exportOnce = async () => {
    const start = performance.now()
    const brief = briefOfReport(db, reportId, 'handout')
    await exportBriefContent(brief, 'docx', join(scratch, `brief-${n++}.docx`))
    return performance.now() - start
  }
  await exportOnce() // warm up: module loading and the first JIT pass are not the user's wait.
  const ms = await median(RUNS, exportOnce)
  db.close()
  return [{ name: 'docx export', value: round(ms), unit: 'ms', bar: 500 }]
}
