// "Copy with citation" for any selection, highlighted or not: the exact text
// of the ranges with the source of the first.
import { cite } from './citation'
import type { Db } from './database'
import { loadEditionText, newestEdition } from './edition-text'
import { YanduError } from './errors'

export function citeSelection(
  db: Db,
  reportId: number,
  ranges: readonly { paragraphId: number; start: number; end: number }[],
): string {
  const text = loadEditionText(db, newestEdition(db, reportId).id)
  const pieces = ranges
    .filter((r) => r.end > r.start)
    .map((r) => {
      const paragraph = text.byId.get(r.paragraphId)
      if (!paragraph || r.start < 0 || r.end > paragraph.text.length) {
        throw new YanduError('bad-range', { paragraph: r.paragraphId })
      }
      return { paragraph, quote: paragraph.text.slice(r.start, r.end) }
    })
  if (!pieces.length || !pieces.some((p) => p.quote.trim())) throw new YanduError('empty-selection')
  const first = pieces[0].paragraph
  const last = pieces[pieces.length - 1].paragraph
  return cite(pieces.map((p) => p.quote).join('\n'), {
    reportTitle: text.reportTitle,
    part: first.part,
    partTitle: text.partTitles.get(first.part) ?? '',
    paragraph: first.number,
    lastParagraph: last.part === first.part ? last.number : undefined,
  })
}
