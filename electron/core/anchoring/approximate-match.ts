// Approximate string search: where does `pattern` occur in `text` with at most
// `maxErrors` insertions, deletions or substitutions? The fallback of
// resolution when a quote's text was edited (issue 3, "Anchoring").
//
// Myers' bit-parallel algorithm in Hyyrö's block form: one column of the
// edit-distance matrix is a pair of bit vectors (vertical +1 and -1 deltas), so
// a column costs a few word operations per 32 characters of the pattern, and a
// search costs O(n * ceil(m / 32)). The npm package approx-string-match is the
// reference implementation; we keep our own because resolution searches many
// small texts (a paragraph and its neighbours) and wants every cluster of
// matches, not only the globally best ones, to weigh them against context.
//
// G. Myers, "A fast bit-vector algorithm for approximate string matching based
// on dynamic programming", J. ACM 46(3), 1999. H. Hyyrö, "Explaining and
// extending the bit-parallel approximate string matching algorithm of Myers",
// 2001 (the block version, Fig. 8-9 of Myers' paper in this notation).

/** A match of a pattern: `[start, end)` in the text, with its edit distance. */
export interface ApproximateMatch {
  start: number
  end: number
  errors: number
}

const WORD = 32

/** The last pattern's masks: resolution searches one quote in several
 * stretches of text in a row. */
let cached: { pattern: string; masks: Map<number, Int32Array> } | null = null

/** Per-character bit masks of the pattern: bit i of block b is set where the
 * pattern's character b * 32 + i is that character. */
function patternMasks(pattern: string, blocks: number): Map<number, Int32Array> {
  if (cached?.pattern === pattern) return cached.masks
  const masks = new Map<number, Int32Array>()
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i)
    let mask = masks.get(code)
    if (!mask) masks.set(code, (mask = new Int32Array(blocks)))
    mask[(i / WORD) | 0] |= 1 << i % WORD
  }
  cached = { pattern, masks }
  return masks
}

/** The edit distance of `pattern` to the best substring of `text[from, to)`
 * ending at each position: `ends[j - from]` is the least number of errors of a
 * match ending at j (exclusive). Myers' search, all blocks every column. */
function matchEndErrors(text: string, pattern: string, from: number, to: number): Int32Array {
  const m = pattern.length
  const blocks = Math.ceil(m / WORD)
  const masks = patternMasks(pattern, blocks)
  const none = new Int32Array(blocks)
  const lastBit = new Int32Array(blocks).fill(1 << (WORD - 1))
  lastBit[blocks - 1] = 1 << (m - 1) % WORD
  const plus = new Int32Array(blocks).fill(-1) // column 0: D[i][0] = i, all +1
  const minus = new Int32Array(blocks)
  const ends = new Int32Array(to - from + 1)
  let score = m
  ends[0] = m
  for (let j = from; j < to; j++) {
    const eq = masks.get(text.charCodeAt(j)) ?? none
    // Row 0 is all zeros in a search (a match may start anywhere), so the
    // horizontal delta entering the first block is 0.
    let carry = 0
    for (let b = 0; b < blocks; b++) {
      const pv = plus[b]
      const mv = minus[b]
      let e = eq[b]
      const xv = e | mv
      if (carry < 0) e |= 1
      const xh = (((e & pv) + pv) ^ pv) | e
      let ph = mv | ~(xh | pv)
      let mh = pv & xh
      const bit = lastBit[b]
      const out = ph & bit ? 1 : mh & bit ? -1 : 0
      ph <<= 1
      mh <<= 1
      if (carry < 0) mh |= 1
      else if (carry > 0) ph |= 1
      plus[b] = mh | ~(xv | ph)
      minus[b] = ph & xv
      carry = out
    }
    score += carry
    ends[j - from + 1] = score
  }
  return ends
}

/** Where a match of `pattern` with `errors` errors ending at `end` starts: the
 * earliest start within reach (the longest such match). A plain dynamic
 * program over the pattern and the text before `end`, read backwards: only
 * run for the few ends that are reported. */
function matchStart(text: string, pattern: string, from: number, end: number, errors: number): number {
  const m = pattern.length
  const reach = Math.min(end - from, m + errors)
  // row[j]: distance between the last i pattern characters and text[end - j, end).
  let row = new Int32Array(reach + 1)
  for (let j = 0; j <= reach; j++) row[j] = j
  let next = new Int32Array(reach + 1)
  for (let i = 1; i <= m; i++) {
    const p = pattern.charCodeAt(m - i)
    next[0] = i
    for (let j = 1; j <= reach; j++) {
      const cost = text.charCodeAt(end - j) === p ? 0 : 1
      next[j] = Math.min(row[j - 1] + cost, row[j] + 1, next[j - 1] + 1)
    }
    const swap = row
    row = next
    next = swap
  }
  for (let j = reach; j >= 0; j--) if (row[j] <= errors) return end - j
  return end - m // unreachable: the forward pass found this many errors
}

/** The approximate matches of `pattern` in `text[from, to)` with at most
 * `maxErrors` errors: for each run of consecutive match ends within the limit,
 * the ends with the fewest errors in that run, each with the start of its
 * longest match. Ordered by end. Empty when the pattern is empty or nothing is
 * within the limit; `maxErrors` is clamped to `[0, pattern.length]`. */
export function approximateMatches(
  text: string,
  pattern: string,
  maxErrors: number,
  from = 0,
  to = text.length,
): ApproximateMatch[] {
  const m = pattern.length
  if (m === 0 || to <= from) return []
  const limit = Math.max(0, Math.min(m, Math.floor(maxErrors)))
  const ends = matchEndErrors(text, pattern, from, to)
  const found: ApproximateMatch[] = []
  let j = 1
  while (j < ends.length) {
    if (ends[j] > limit) {
      j++
      continue
    }
    let runEnd = j
    let best = ends[j]
    while (runEnd + 1 < ends.length && ends[runEnd + 1] <= limit) best = Math.min(best, ends[++runEnd])
    for (let k = j; k <= runEnd; k++) {
      if (ends[k] !== best) continue
      const end = from + k
      const start = matchStart(text, pattern, from, end, best)
      const last = found[found.length - 1]
      if (!last || last.start !== start || last.end !== end) found.push({ start, end, errors: best })
    }
    j = runEnd + 1
  }
  return found
}

/** Levenshtein distance between `a` and `b` (unit costs). O(|a| * |b|) time,
 * O(|b|) space: used to re-score a handful of candidate ranges. */
export function editDistance(a: string, b: string): number {
  let row = new Int32Array(b.length + 1)
  for (let j = 0; j <= b.length; j++) row[j] = j
  let next = new Int32Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    const c = a.charCodeAt(i - 1)
    next[0] = i
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j - 1] + (b.charCodeAt(j - 1) === c ? 0 : 1), row[j] + 1, next[j - 1] + 1)
    }
    const swap = row
    row = next
    next = swap
  }
  return row[b.length]
}
