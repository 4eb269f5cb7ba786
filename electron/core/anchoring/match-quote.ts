// Finds a quote in a text and says how well each place fits the quote's
// context: the exact occurrences, or failing those the approximate ones
// (approximate-match.ts), each scored by prefix and suffix agreement and by
// nearness to where the quote used to be. resolve-anchor.ts decides which
// texts to search and which candidates it may accept; this module only finds
// and weighs. Modelled on hypothesis/client src/annotator/anchoring/match-quote.ts.
import { approximateMatches, editDistance, type ApproximateMatch } from './approximate-match'
import { CONTEXT_LENGTH } from './selectors'

/** Errors allowed in an approximate match, as a share of the quote's length
 * (issue 3). Higher finds quotes under heavier edits but lets unrelated text
 * of the same length match; a quarter keeps a 40-character quote to 10 errors.
 * Quotes under 4 characters get 0, so they are only ever matched exactly. */
export const MAX_ERROR_RATE = 0.25

/** Characters next to a match that must equal the stored prefix or suffix for
 * that side to agree. Each character of agreeing context makes a chance match
 * rarer; 8 Chinese characters is a clause, which a repeated phrase seldom
 * shares with its neighbour, while an edit must come within 8 characters of
 * the quote on both sides to break agreement. Lower places more highlights
 * under nearby edits, higher places fewer wrongly. */
export const MIN_CONTEXT_AGREEMENT = 8

/** Score weights, as in Hypothesis: similarity of the matched text first,
 * then each side's context, then nearness. Nearness counts for more than a
 * tie-break there: in a revision, text mostly stays near where it was, and a
 * report repeats its phrases, often with the same few words around them. */
const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
const POSITION_WEIGHT = 10

/** Distance, in UTF-16 units, at which nearness scores one half: about two
 * sentences. Smaller makes nearness decide only between very close places. */
const POSITION_SCALE = 64

/** The context stored with a quote (a TextQuoteSelector's prefix and suffix). */
export interface QuoteContext {
  prefix: string
  suffix: string
}

/** A place where a quote was found in a paragraph's text, before weighing
 * its nearness. */
export interface QuoteCandidate {
  start: number
  end: number
  /** Edit distance between the quote and `text[start, end)`; 0 for an exact match. */
  errors: number
  /** How many characters just before `start` equal the end of the stored prefix. */
  prefixRun: number
  /** How many characters just after `end` equal the start of the stored suffix. */
  suffixRun: number
  /** `prefixRun` as a share, in [0, 1], of the longer of the stored prefix and
   * the context the text has there (at most CONTEXT_LENGTH); 1 when both are empty. */
  prefixShare: number
  suffixShare: number
  /** The prefix side agrees, as defined by `contextAgreement`. */
  prefixAgrees: boolean
  suffixAgrees: boolean
  /** The context agrees: either side, or both wholly (see `contextAgreement`). */
  contextAgrees: boolean
}

/** A place where a quote was found, scored. */
export interface QuoteMatch extends QuoteCandidate {
  /** In [0, 1]: 1 for the exact quote with its whole context at its old place. */
  score: number
}

/** The largest number of errors an approximate match of `quote` may have. */
export function maxErrorsFor(quote: string): number {
  return Math.floor(quote.length * MAX_ERROR_RATE)
}

/** Length of the longest common suffix of `a` and `b[0, bEnd)`. */
function commonSuffix(a: string, b: string, bEnd: number): number {
  let n = 0
  while (n < a.length && n < bEnd && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(bEnd - 1 - n)) n++
  return n
}

/** Length of the longest common prefix of `a` and `b[bStart, …)`. */
function commonPrefix(a: string, b: string, bStart: number): number {
  let n = 0
  while (n < a.length && bStart + n < b.length && a.charCodeAt(n) === b.charCodeAt(bStart + n)) n++
  return n
}

/** How the context around `text[start, end)` compares with the stored one.
 *
 * A side agrees when either
 * - at least MIN_CONTEXT_AGREEMENT characters right next to the match equal
 *   the stored context's characters next to the quote, or
 * - the stored context on that side is the whole rest of the paragraph (it is
 *   shorter than CONTEXT_LENGTH), the text on that side of the match is exactly
 *   it, up to the paragraph's edge, and that context plus the quote is at
 *   least MIN_CONTEXT_AGREEMENT characters (the quote counting only when
 *   matched exactly): the quote stands as far from the paragraph's edge as it
 *   did, with the same text between.
 * The context agrees when either side agrees, or when both sides are exactly
 * as stored (each side all its stored characters and, where it was cut by the
 * paragraph's edge, the edge at the same place): then nothing more could be
 * compared, as for a two-character highlight in a five-character paragraph. */
export function contextAgreement(
  text: string,
  start: number,
  end: number,
  quoteLength: number,
  errors: number,
  context: QuoteContext,
): Omit<QuoteCandidate, 'start' | 'end' | 'errors'> {
  const { prefix, suffix } = context
  const prefixRun = commonSuffix(prefix, text, start)
  const suffixRun = commonPrefix(suffix, text, end)
  const quoteEvidence = errors === 0 ? quoteLength : 0
  const prefixWhole = prefixRun === prefix.length && (prefix.length >= CONTEXT_LENGTH || start === prefix.length)
  const suffixWhole = suffixRun === suffix.length && (suffix.length >= CONTEXT_LENGTH || end + suffix.length === text.length)
  const prefixAgrees =
    prefixRun >= MIN_CONTEXT_AGREEMENT || (prefixWhole && prefix.length < CONTEXT_LENGTH && prefixRun + quoteEvidence >= MIN_CONTEXT_AGREEMENT)
  const suffixAgrees =
    suffixRun >= MIN_CONTEXT_AGREEMENT || (suffixWhole && suffix.length < CONTEXT_LENGTH && suffixRun + quoteEvidence >= MIN_CONTEXT_AGREEMENT)
  const share = (run: number, stored: number, available: number) => {
    const longest = Math.max(stored, Math.min(CONTEXT_LENGTH, available))
    return longest === 0 ? 1 : run / longest
  }
  return {
    prefixRun,
    suffixRun,
    prefixShare: share(prefixRun, prefix.length, start),
    suffixShare: share(suffixRun, suffix.length, text.length - end),
    prefixAgrees,
    suffixAgrees,
    contextAgrees: prefixAgrees || suffixAgrees || (prefixWhole && suffixWhole),
  }
}

/** The exact occurrence of `quote` at `start` in the paragraph `text`, with
 * its context compared. The caller has checked that the quote is there. */
export function exactCandidate(text: string, start: number, quote: string, context: QuoteContext): QuoteCandidate {
  const end = start + quote.length
  return { start, end, errors: 0, ...contextAgreement(text, start, end, quote.length, 0, context) }
}

/** Every exact occurrence of `quote` in `text[from, to)`, as start offsets in
 * ascending order. Empty when the quote is empty. */
export function exactMatches(text: string, quote: string, from = 0, to = text.length): number[] {
  const starts: number[] = []
  if (quote.length === 0) return starts
  for (let at = text.indexOf(quote, from); at !== -1 && at + quote.length <= to; at = text.indexOf(quote, at + 1)) {
    starts.push(at)
  }
  return starts
}

/** The offset within `slack` of `at` whose neighbouring run of context is the
 * longest, the nearest to `at` among equals. */
function snapEdge(at: number, slack: number, max: number, run: (offset: number) => number): number {
  let best = at
  let bestRun = run(at)
  for (let d = 1; d <= slack; d++) {
    for (const offset of [at - d, at + d]) {
      if (offset < 0 || offset > max) continue
      const r = run(offset)
      if (r > bestRun) {
        best = offset
        bestRun = r
      }
    }
  }
  return best
}

/** An approximate match in the paragraph `text`, its edges moved onto the
 * stored context where that is within the match's error count: the search
 * reports one of several equally good edges, while the prefix and suffix pin
 * the highlight's edges exactly where they are still there. Errors are
 * recounted for the moved edges; returns null if they exceed
 * `maxErrorsFor(quote)`. */
export function approximateCandidate(
  text: string,
  quote: string,
  context: QuoteContext,
  match: ApproximateMatch,
): QuoteCandidate | null {
  const maxErrors = maxErrorsFor(quote)
  const slack = Math.max(1, match.errors)
  const start = snapEdge(match.start, slack, text.length, (s) => commonSuffix(context.prefix, text, s))
  const end = snapEdge(match.end, slack, text.length, (e) => commonPrefix(context.suffix, text, e))
  let chosen = { start: match.start, end: match.end, errors: match.errors }
  if (start < end && (start !== match.start || end !== match.end)) {
    const errors = editDistance(quote, text.slice(start, end))
    if (errors <= maxErrors) chosen = { start, end, errors }
  }
  if (chosen.errors > maxErrors) return null
  return { ...chosen, ...contextAgreement(text, chosen.start, chosen.end, quote.length, chosen.errors, context) }
}

/** The approximate matches of `quote` in `text` that could agree with their
 * context. An inexact quote is no evidence, so an approximate match is trusted
 * only with MIN_CONTEXT_AGREEMENT characters of stored context right beside
 * it, or with all of a context shorter than that on both sides: only the
 * stretches right after an occurrence of the prefix's last
 * MIN_CONTEXT_AGREEMENT characters, or right before one of the suffix's first,
 * can hold one. A few short searches instead of one over the whole text, with
 * the same trusted matches; the whole text only for a quote that was nearly a
 * whole paragraph. Matches as approximateMatches gives them, not yet moved
 * onto the context (approximateCandidate does that). */
export function approximateNearContext(text: string, quote: string, context: QuoteContext, maxErrors: number): ApproximateMatch[] {
  if (context.prefix.length < MIN_CONTEXT_AGREEMENT && context.suffix.length < MIN_CONTEXT_AGREEMENT) {
    return approximateMatches(text, quote, maxErrors)
  }
  const reach = quote.length + maxErrors
  const found: ApproximateMatch[] = []
  if (context.prefix.length >= MIN_CONTEXT_AGREEMENT) {
    for (const at of exactMatches(text, context.prefix.slice(-MIN_CONTEXT_AGREEMENT))) {
      const from = at + MIN_CONTEXT_AGREEMENT
      found.push(...approximateMatches(text, quote, maxErrors, from, Math.min(text.length, from + reach)))
    }
  }
  if (context.suffix.length >= MIN_CONTEXT_AGREEMENT) {
    for (const to of exactMatches(text, context.suffix.slice(0, MIN_CONTEXT_AGREEMENT))) {
      found.push(...approximateMatches(text, quote, maxErrors, Math.max(0, to - reach), to))
    }
  }
  return found.filter((m, i) => found.findIndex((o) => o.start === m.start && o.end === m.end) === i)
}

/** The places where `quote` occurs in the paragraph `text`: its exact
 * occurrences or, when there are none and `approximate` is set, its
 * approximate matches with at most `maxErrorsFor(quote)` errors. Empty when
 * the quote is empty or not found. */
export function quoteCandidates(text: string, quote: string, context: QuoteContext, approximate: boolean): QuoteCandidate[] {
  const exact = exactMatches(text, quote).map((s) => exactCandidate(text, s, quote, context))
  if (exact.length > 0 || !approximate) return exact
  const maxErrors = maxErrorsFor(quote)
  if (maxErrors === 0) return []
  const found: QuoteCandidate[] = []
  for (const match of approximateMatches(text, quote, maxErrors)) {
    const c = approximateCandidate(text, quote, context, match)
    if (c && !found.some((f) => f.start === c.start && f.end === c.end)) found.push(c)
  }
  return found
}

/** Scores a candidate in [0, 1] from its similarity to the quote, the share of
 * each side's context that agrees, and `distance` (UTF-16 units, ≥ 0) from the
 * quote's old place. */
export function scoreCandidate(quote: string, match: QuoteCandidate, distance: number): number {
  const quoteScore = quote.length === 0 ? 0 : Math.max(0, 1 - match.errors / quote.length)
  const positionScore = 1 / (1 + Math.max(0, distance) / POSITION_SCALE)
  const raw =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * match.prefixShare +
    SUFFIX_WEIGHT * match.suffixShare +
    POSITION_WEIGHT * positionScore
  return raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
}

/** True when `match`, scored `score`, beats the best so far: a higher score,
 * or the same score and a length nearer the quote's (of two equally good
 * approximate matches, a substituted character reads better than a dropped
 * one). */
export function beats(quote: string, match: QuoteCandidate, score: number, best: { match: QuoteCandidate; score: number } | null): boolean {
  if (!best || score !== best.score) return !best || score > best.score
  const gap = (m: QuoteCandidate) => Math.abs(m.end - m.start - quote.length)
  return gap(match) < gap(best.match)
}

/** The best place for `quote` in the paragraph `text` given its stored context
 * and, if known, the offset `hint` where it used to start: the highest-scoring
 * exact occurrence, else (with `approximate`, the default) the highest-scoring
 * approximate match. Returns null when the quote is empty or not found. It
 * does not require the context to agree: the caller decides with
 * `contextAgrees` whether a match may be trusted. */
export function matchQuote(
  text: string,
  quote: string,
  context: QuoteContext & { hint?: number },
  approximate = true,
): QuoteMatch | null {
  let best: { match: QuoteCandidate; score: number } | null = null
  for (const match of quoteCandidates(text, quote, context, approximate)) {
    const distance = context.hint === undefined ? 0 : Math.abs(match.start - context.hint)
    const score = scoreCandidate(quote, match, distance)
    if (beats(quote, match, score, best)) best = { match, score }
  }
  return best && { ...best.match, score: best.score }
}
