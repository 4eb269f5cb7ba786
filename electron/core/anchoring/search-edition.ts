// The last steps of resolution (resolve-anchor.ts): a range not found in its
// paragraph or its neighbours is looked for in the whole edition. Far from its
// old place, nearness is no evidence and repeated phrases abound, so these
// steps accept only places whose context agrees and that no other place
// rivals.
import { approximateCandidate, approximateNearContext, exactCandidate, exactMatches, maxErrorsFor } from './match-quote'
import type { Placed, RangeSearch } from './range-search'

/** Some of an edition's paragraphs joined into one text, one separator
 * between each, to search them with one scan. */
export class JoinedParagraphs {
  readonly text: string
  private readonly starts: number[] = []
  private readonly indexes: number[] = []

  /** The paragraphs for which `include(index)` holds. */
  constructor(
    private readonly paragraphs: readonly string[],
    include: (index: number) => boolean,
  ) {
    const parts: string[] = []
    let at = 0
    for (let q = 0; q < paragraphs.length; q++) {
      if (!include(q)) continue
      this.starts.push(at)
      this.indexes.push(q)
      parts.push(paragraphs[q])
      at += paragraphs[q].length + 1
    }
    this.text = parts.join('\n')
  }

  /** The paragraph holding `[start, end)` of the joined text and the offset of
   * `start` in it, or null when the range crosses a paragraph's end. */
  locate(start: number, end: number): { paragraph: number; offset: number } | null {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= start) lo = mid
      else hi = mid - 1
    }
    const paragraph = this.indexes[lo]
    if (paragraph === undefined || end - this.starts[lo] > this.paragraphs[paragraph].length) return null
    return { paragraph, offset: start - this.starts[lo] }
  }
}

/** Every exact occurrence of the range's quote in `edition` outside `near`
 * whose context agrees. */
function exactPlaces(s: RangeSearch, edition: JoinedParagraphs, paragraphs: readonly string[], near: number[]): Placed[] {
  const found: Placed[] = []
  for (const at of exactMatches(edition.text, s.quote)) {
    const place = edition.locate(at, at + s.quote.length)
    if (!place || near.includes(place.paragraph)) continue
    const match = exactCandidate(paragraphs[place.paragraph], place.offset, s.quote, s.anchor.quote)
    if (match.contextAgrees) found.push({ paragraph: place.paragraph, match })
  }
  return found
}

/** The best of `found`, unless another place fits the quote and its context
 * just as well (as many errors, at least as long a run of agreeing context on
 * each side): a quote with two equally good places far from its old one (a
 * passage the report repeats) is left orphaned rather than guessed. */
function unambiguous(s: RangeSearch, found: Placed[]): Placed | null {
  for (const { paragraph, match } of found) s.offer(paragraph, match)
  const best = s.best
  if (!best) return null
  const rival = found.some(
    ({ paragraph, match: m }) =>
      (paragraph !== best.paragraph || m.start !== best.match.start) &&
      m.errors === best.match.errors &&
      m.prefixRun >= best.match.prefixRun &&
      m.suffixRun >= best.match.suffixRun,
  )
  return rival ? null : best
}

/** Whether a paragraph far away now holds the range at its old offsets: the
 * one paragraph outside `near` with the quote at the range's old offset and
 * agreeing context. Null when there is none or more than one. A cheap first
 * look (one comparison per paragraph), made before the other ranges are
 * resolved, to follow a paragraph or a run of them that moved far. */
export function probeEdition(s: RangeSearch, paragraphs: readonly string[], near: number[]): Placed | null {
  let found: Placed | null = null
  if (s.oldStart < 0) return null
  for (let q = 0; q < paragraphs.length; q++) {
    if (!paragraphs[q].startsWith(s.quote, s.oldStart) || near.includes(q)) continue
    const match = exactCandidate(paragraphs[q], s.oldStart, s.quote, s.anchor.quote)
    if (!match.contextAgrees) continue
    if (found) return null
    found = { paragraph: q, match }
  }
  return found
}

/** Steps 4-5: the quote, then an approximate match, in the paragraphs of
 * `edition` outside `near`; only a place that no other place rivals. */
export function searchEdition(s: RangeSearch, edition: JoinedParagraphs, paragraphs: readonly string[], near: number[]): Placed | null {
  const exact = exactPlaces(s, edition, paragraphs, near)
  if (exact.length > 0) return unambiguous(s, exact)
  const maxErrors = maxErrorsFor(s.quote)
  if (maxErrors === 0) return null
  const found: Placed[] = []
  for (const approximate of approximateNearContext(edition.text, s.quote, s.anchor.quote, maxErrors)) {
    const place = edition.locate(approximate.start, approximate.end)
    if (!place || near.includes(place.paragraph)) continue
    const local = { start: place.offset, end: place.offset + approximate.end - approximate.start, errors: approximate.errors }
    const match = approximateCandidate(paragraphs[place.paragraph], s.quote, s.anchor.quote, local)
    if (match?.contextAgrees) found.push({ paragraph: place.paragraph, match })
  }
  return unambiguous(s, found)
}
