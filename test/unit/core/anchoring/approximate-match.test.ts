import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { approximateMatches, editDistance } from '../../../../electron/core/anchoring/approximate-match'

/** The oracle: the textbook dynamic program (Sellers), one column per text
 * character; `ends[j]` is the fewest errors of a match ending at j. */
function matchEndsOracle(text: string, pattern: string): number[] {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i)
  const ends = [pattern.length]
  for (const c of text) {
    const next = [0]
    for (let i = 1; i <= pattern.length; i++) {
      next[i] = Math.min(column[i - 1] + (pattern[i - 1] === c ? 0 : 1), column[i] + 1, next[i - 1] + 1)
    }
    column = next
    ends.push(column[pattern.length])
  }
  return ends
}

/** Levenshtein distance, recursively with memoisation: a second oracle. */
function distanceOracle(a: string, b: string): number {
  const memo = new Map<string, number>()
  const d = (i: number, j: number): number => {
    if (i === 0 || j === 0) return i + j
    const key = `${i},${j}`
    if (!memo.has(key)) {
      memo.set(key, Math.min(d(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1), d(i - 1, j) + 1, d(i, j - 1) + 1))
    }
    return memo.get(key)!
  }
  return d(a.length, b.length)
}

// A small alphabet makes near matches common; patterns past 32 characters
// take more than one block of the bit-parallel search.
const abc = (minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength, maxLength })

describe('approximateMatches', () => {
  it('returns no match for an empty pattern or text', () => {
    expect(approximateMatches('abc', '', 1)).toEqual([])
    expect(approximateMatches('', 'abc', 1)).toEqual([])
  })

  it('finds an exact occurrence with no errors', () => {
    expect(approximateMatches('强化科技创新，建设', '科技创新', 1)).toEqual([{ start: 2, end: 6, errors: 0 }])
  })

  it('finds a match with a substituted, an inserted and a deleted character', () => {
    expect(approximateMatches('xx科技刷新xx', '科技创新', 1)).toContainEqual({ start: 2, end: 6, errors: 1 })
    expect(approximateMatches('xx科技和创新xx', '科技创新', 1)).toContainEqual({ start: 2, end: 7, errors: 1 })
    expect(approximateMatches('xx科创新xx', '科技创新', 1)).toContainEqual({ start: 2, end: 5, errors: 1 })
  })

  it('returns nothing when every match needs more than maxErrors errors', () => {
    expect(approximateMatches('xx科技刷旧xx', '科技创新', 1)).toEqual([])
  })

  it('searches only text[from, to)', () => {
    expect(approximateMatches('科技创新 科技创新', '科技创新', 0, 1)).toEqual([{ start: 5, end: 9, errors: 0 }])
    expect(approximateMatches('科技创新 科技创新', '科技创新', 0, 0, 5)).toEqual([{ start: 0, end: 4, errors: 0 }])
  })

  it('reports the fewest errors of a match ending at each reported end, as the dynamic program does', () => {
    fc.assert(
      fc.property(abc(0, 100), abc(1, 70), fc.nat(30), (text, pattern, maxErrors) => {
        const ends = matchEndsOracle(text, pattern)
        const limit = Math.min(maxErrors, pattern.length)
        const found = approximateMatches(text, pattern, maxErrors)
        for (const m of found) {
          expect(m.errors).toBe(ends[m.end])
          expect(m.errors).toBeLessThanOrEqual(limit)
          expect(editDistance(pattern, text.slice(m.start, m.end))).toBe(m.errors)
        }
        const best = Math.min(...ends.slice(1))
        if (best <= limit) expect(found.some((m) => m.errors === best)).toBe(true)
        else expect(found).toEqual([])
      }),
      { numRuns: 500 },
    )
  })
})

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0)
    expect(editDistance('科技创新', '科技创新')).toBe(0)
    expect(editDistance('科技创新', '科技刷新')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
  })

  it('equals the recursive definition', () => {
    fc.assert(
      fc.property(abc(0, 12), abc(0, 12), (a, b) => {
        expect(editDistance(a, b)).toBe(distanceOracle(a, b))
      }),
    )
  })
})
