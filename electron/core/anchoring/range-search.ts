// The state of one range while resolve-anchor.ts looks for it: where it is
// expected, and the best trusted place found so far. Shared by the nearby
// steps (resolve-anchor.ts) and the whole-edition steps (search-edition.ts).
import { beats, scoreCandidate, type QuoteCandidate } from './match-quote'
import type { RangeAnchor } from './selectors'

/** A place in the new edition: a paragraph index and a match in its text. */
export interface Placed {
  paragraph: number
  match: QuoteCandidate
}

/** Offsets of each paragraph's start in the edition's text, paragraphs joined
 * by one separator: the distance between places in different paragraphs. */
export function editionOffsets(paragraphs: readonly string[]): Int32Array {
  const starts = new Int32Array(paragraphs.length + 1)
  for (let i = 0; i < paragraphs.length; i++) starts[i + 1] = starts[i] + paragraphs[i].length + 1
  return starts
}

export class RangeSearch {
  readonly quote: string
  /** The old start offset, or -1 if the stored one is not a valid offset. */
  readonly oldStart: number
  best: (Placed & { score: number }) | null = null

  /** `home` is the paragraph where the range is expected now: its old index
   * moved by the numbering shift learnt so far. `offsets` come from
   * editionOffsets. */
  constructor(
    readonly anchor: RangeAnchor,
    readonly home: number,
    private readonly offsets: Int32Array,
  ) {
    this.quote = anchor.quote.exact
    const start = anchor.position.start
    this.oldStart = Number.isInteger(start) && start >= 0 ? start : -1
  }

  /** Weighs a trusted candidate in paragraph `paragraph` against the best so
   * far, by its score with its distance from the old offset in `home`. */
  offer(paragraph: number, match: QuoteCandidate) {
    const expected = this.offsets[this.home] + this.oldStart
    const score = scoreCandidate(this.quote, match, Math.abs(this.offsets[paragraph] + match.start - expected))
    if (beats(this.quote, match, score, this.best)) this.best = { paragraph, match, score }
  }
}
