// Re-anchoring: where is a stored highlight range in an edition's paragraphs
// now? Each range resolves to a state (issue 3, "Anchoring"):
//   exact        its text at its old offsets in its paragraph, whatever number
//                that paragraph has now;
//   moved        its text elsewhere;
//   approximate  text within maxErrorsFor(quote) edits of it;
//   orphaned     nowhere we can trust: shown in the unplaced list, never dropped.
//
// The search widens step by step and stops at the first step that finds a
// trusted place: (1) the old offsets in its paragraph and its neighbours,
// (2) the quote in those paragraphs, (3) an approximate match in them, then
// (3b) a paragraph anywhere holding the quote at its old offsets with its
// context, if only one does (its paragraph moved far), (4) the quote anywhere
// in the edition, (5) an approximate match anywhere (search-edition.ts). A
// near approximate match beats a far exact one: revisions mostly edit text in
// place, and a far copy of a repeated phrase is the classic wrong match.
//
// Never a confident wrong match. A place is trusted only when its context
// agrees (match-quote.ts, contextAgreement), with two exceptions where the
// paragraph is known to be the range's own: the quote's text at its old
// offsets in the paragraph with its old index, and the quote anywhere in the
// paragraph that other ranges of its old paragraph resolved to; both only for
// quotes longer than SHORT_QUOTE_LENGTH. The issue allows any occurrence in the
// quote's own paragraph; we ask that the paragraph be known as its own, since
// a paragraph inserted before shifts the numbering and the index alone may
// name another.
import { approximateCandidate, approximateNearContext, exactCandidate, maxErrorsFor, quoteCandidates } from './match-quote'
import { editionOffsets, RangeSearch, type Placed } from './range-search'
import { JoinedParagraphs, probeEdition, searchEdition } from './search-edition'
import type { RangeAnchor } from './selectors'

/** Paragraphs searched on each side of a range's paragraph before the whole
 * edition. Wider follows bigger local reshuffles (a paragraph split in three,
 * two inserted before) but offers a repeated phrase more places to match; 2
 * covers a split or a merge and an insertion next to it. */
export const NEIGHBOUR_WINDOW = 2

/** Quotes of at most this many characters (a word, 的, 强化) occur by chance
 * anywhere, so they are placed only where their context agrees, even at their
 * old offsets. */
export const SHORT_QUOTE_LENGTH = 3

export type AnchorState = 'exact' | 'moved' | 'approximate' | 'orphaned'

/** Where a range resolved: `text` is what `[start, end)` of paragraph
 * `paragraph` (0-based, in the new edition) holds now. */
export type Resolution =
  | { state: 'exact' | 'moved' | 'approximate'; paragraph: number; start: number; end: number; text: string }
  | { state: 'orphaned' }

/** The quote's text at its old offsets in paragraph `q`, if it is there and
 * may be trusted there. */
function atOldOffsets(paragraphs: readonly string[], q: number, s: RangeSearch): Placed | null {
  const text = paragraphs[q]
  const start = s.oldStart
  if (start < 0 || !text.startsWith(s.quote, start)) return null
  const match = exactCandidate(text, start, s.quote, s.anchor.quote)
  const ownPlace = q === s.anchor.paragraph && s.quote.length > SHORT_QUOTE_LENGTH
  return ownPlace || match.contextAgrees ? { paragraph: q, match } : null
}

/** The paragraphs near a range: its expected paragraph `home`, its old index,
 * then outwards from both, each once, all within the edition. */
function nearbyParagraphs(home: number, old: number, count: number): number[] {
  const order: number[] = []
  for (let d = 0; d <= NEIGHBOUR_WINDOW; d++) {
    for (const q of d === 0 ? [home, old] : [home - d, home + d, old - d, old + d]) {
      if (Number.isInteger(q) && q >= 0 && q < count && !order.includes(q)) order.push(q)
    }
  }
  return order
}

/** Steps 1-3: the range's paragraph and its neighbours. */
function searchNearby(paragraphs: readonly string[], s: RangeSearch, near: number[]): Placed | null {
  for (const q of near) {
    const placed = atOldOffsets(paragraphs, q, s)
    if (placed) return placed
  }
  for (const q of near) {
    for (const match of quoteCandidates(paragraphs[q], s.quote, s.anchor.quote, false)) {
      if (match.contextAgrees) s.offer(q, match)
    }
  }
  if (s.best) return s.best
  const maxErrors = maxErrorsFor(s.quote)
  if (maxErrors === 0) return null
  for (const q of near) {
    for (const found of approximateNearContext(paragraphs[q], s.quote, s.anchor.quote, maxErrors)) {
      const match = approximateCandidate(paragraphs[q], s.quote, s.anchor.quote, found)
      if (match?.contextAgrees) s.offer(q, match)
    }
  }
  return s.best
}

/** Step 4 for a range whose paragraph was found (other ranges of it resolved
 * nearby): the quote anywhere in that paragraph's counterparts, context or
 * not, as the issue allows in a quote's own paragraph; but neither a short
 * quote nor an approximate match without context, and nothing elsewhere. */
function searchCounterparts(paragraphs: readonly string[], s: RangeSearch, counterparts: number[]): Placed | null {
  if (s.quote.length <= SHORT_QUOTE_LENGTH) return null
  for (const q of counterparts) {
    for (const match of quoteCandidates(paragraphs[q], s.quote, s.anchor.quote, false)) s.offer(q, match)
  }
  return s.best
}

/** The resolution of a range placed at `placed`, or orphaned. Exact means the
 * quote's text at its old offset, in whichever paragraph. */
function resolution(paragraphs: readonly string[], s: RangeSearch, placed: Placed | null): Resolution {
  if (!placed) return { state: 'orphaned' }
  const { paragraph, match } = placed
  const state = match.errors > 0 ? 'approximate' : match.start === s.oldStart ? 'exact' : 'moved'
  return { state, paragraph, start: match.start, end: match.end, text: paragraphs[paragraph].slice(match.start, match.end) }
}

/** One range during resolution: where it was placed in the first pass, and
 * whether that place was found far away (by probeEdition). */
interface Visit {
  index: number
  search: RangeSearch
  near: number[]
  placed: Placed | null
  far: boolean
}

/** The distinct pairs [old paragraph, new paragraph] of the visits placed, in
 * the visits' order (that of the old paragraphs). */
function claimsOf(visits: Visit[]): Array<[number, number]> {
  const claims: Array<[number, number]> = []
  const seen = new Map<number, number[]>()
  for (const { search, placed } of visits) {
    if (!placed) continue
    const [p, q] = [search.anchor.paragraph, placed.paragraph]
    const targets = seen.get(p) ?? []
    if (targets.includes(q)) continue
    seen.set(p, [...targets, q])
    claims.push([p, q])
  }
  return claims
}

/** Marks each new paragraph `q` of the claims `[p, q]` (in order of `p`) as
 * the counterpart of old paragraph `p`, and fills the unclaimed paragraphs
 * between two claims whose old and new numbers are equally far apart: they are
 * the old paragraphs between, in order. Returns the old paragraphs that have a
 * counterpart. */
function fillClaims(owner: Int32Array, claims: Array<[number, number]>): Set<number> {
  const found = new Set<number>()
  for (const [p, q] of claims) {
    found.add(p)
    if (owner[q] === -1) owner[q] = p
  }
  for (let i = 1; i < claims.length; i++) {
    const [p1, q1] = claims[i - 1]
    const [p2, q2] = claims[i]
    if (p2 - p1 < 2 || q2 - q1 !== p2 - p1) continue
    for (let d = 1; d < p2 - p1; d++) {
      found.add(p1 + d)
      if (owner[q1 + d] === -1) owner[q1 + d] = p1 + d
    }
  }
  return found
}

/** Resolves many ranges against one edition's `paragraphs`, in the order
 * given. Faster and safer than one at a time: the ranges are visited in
 * paragraph order, so a numbering shift (a paragraph inserted or moved
 * earlier) learnt from one range tells the next where its paragraph went; a
 * paragraph that other ranges of its old paragraph resolved to is known as its
 * own; and a paragraph found nearby as the counterpart of one old paragraph is
 * not taken, far away, for the ranges of another: a phrase there is a
 * repetition, not the highlight, and those ranges are orphaned rather than
 * placed on it. Never throws: a malformed anchor (empty quote, offsets out of
 * range) is orphaned. */
export function resolveAnchors(paragraphs: readonly string[], anchors: readonly RangeAnchor[]): Resolution[] {
  const results: Resolution[] = new Array(anchors.length)
  const count = paragraphs.length
  if (count === 0) return results.fill({ state: 'orphaned' })
  const offsets = editionOffsets(paragraphs)
  const order = anchors
    .map((_, i) => i)
    .sort((a, b) => anchors[a].paragraph - anchors[b].paragraph || anchors[a].position.start - anchors[b].position.start)
  const visits: Visit[] = []
  const probed = new Set<number>()
  let shift = 0
  let lastProbe: { paragraph: number; shift: number } | null = null
  for (const index of order) {
    const anchor = anchors[index]
    if (anchor.quote.exact.length === 0 || !Number.isInteger(anchor.paragraph)) {
      results[index] = { state: 'orphaned' }
      continue
    }
    const p = anchor.paragraph
    const home = Math.min(count - 1, Math.max(0, p + shift))
    const search = new RangeSearch(anchor, home, offsets)
    const near = nearbyParagraphs(home, p, count)
    const visit: Visit = { index, search, near, placed: searchNearby(paragraphs, search, near), far: false }
    if (!visit.placed && !probed.has(p)) {
      probed.add(p)
      visit.placed = probeEdition(search, paragraphs, near)
      visit.far = visit.placed !== null
    }
    if (visit.placed) {
      probed.add(p)
      const found = visit.placed.paragraph - p
      if (!visit.far && visit.placed.match.start === search.oldStart) shift = found
      // A far find is one paragraph moved, or a run of them: the shift
      // follows it only once two paragraphs in a row went the same way.
      if (visit.far && lastProbe && lastProbe.paragraph !== p && lastProbe.shift === found) shift = found
      if (visit.far) lastProbe = { paragraph: p, shift: found }
    }
    visits.push(visit)
  }

  // The places found nearby say which new paragraph is which old one's. A far
  // find on a paragraph that is another's is a repetition: searched again below.
  const owner = new Int32Array(count).fill(-1)
  const known = fillClaims(owner, claimsOf(visits.filter((v) => !v.far)))
  for (const v of visits) {
    if (!v.far || !v.placed) continue
    const [p, q] = [v.search.anchor.paragraph, v.placed.paragraph]
    if (owner[q] !== -1 && owner[q] !== p) v.placed = null
    else {
      owner[q] = p
      known.add(p)
    }
  }
  const counterparts = new Map<number, number[]>()
  for (const [p, q] of claimsOf(visits)) counterparts.set(p, [...(counterparts.get(p) ?? []), q])

  // The rest: the quote in the paragraph its siblings resolved to, if any;
  // else, unless its old paragraph's counterpart is known all the same (from
  // its neighbours), steps 4-5 among the paragraphs that are no other's.
  let free: JoinedParagraphs | null = null
  for (const { index, search, near, placed } of visits) {
    const p = search.anchor.paragraph
    const mine = counterparts.get(p)
    let found = placed
    if (!found && mine) found = searchCounterparts(paragraphs, search, mine)
    else if (!found && !known.has(p)) {
      free ??= new JoinedParagraphs(paragraphs, (q) => owner[q] === -1)
      found = searchEdition(search, free, paragraphs, near)
    }
    results[index] = resolution(paragraphs, search, found)
  }
  return results
}

/** Resolves one range against an edition's `paragraphs`; see resolveAnchors.
 * Returns `{ state: 'orphaned' }` when no trusted place exists; never throws. */
export function resolveAnchor(paragraphs: readonly string[], anchor: RangeAnchor): Resolution {
  return resolveAnchors(paragraphs, [anchor])[0]
}
