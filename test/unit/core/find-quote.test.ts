import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findQuote } from '../../../electron/core/find-quote'

const paragraphs = ['强化科技创新，建设示范区。推行制度。', '强化产业创新，建设示范区。', '推行制度，打造', '“三江六岸”建设。']

describe('findQuote', () => {
  it('finds a quote inside one paragraph', () => {
    expect(findQuote(paragraphs, '推行制度')).toEqual([{ index: 0, start: 13, end: 17 }])
  })

  it('takes the Nth occurrence', () => {
    expect(findQuote(paragraphs, '建设示范区', { occurrence: 2 })).toEqual([{ index: 1, start: 7, end: 12 }])
    expect(findQuote(paragraphs, '建设示范区', { occurrence: 3 })).toBeNull()
  })

  it('crosses a paragraph break left out of the quote', () => {
    expect(findQuote(paragraphs, '打造“三江六岸”')).toEqual([
      { index: 2, start: 5, end: 7 },
      { index: 3, start: 0, end: 6 },
    ])
  })

  it('crosses a paragraph break written as a newline, only where the break is', () => {
    expect(findQuote(paragraphs, '打造\n“三江六岸”')).toHaveLength(2)
    expect(findQuote(paragraphs, '打\n造“三江六岸”')).toBeNull()
  })

  it('chooses among occurrences by prefix and suffix', () => {
    expect(findQuote(paragraphs, '推行制度', { suffix: '，打造' })).toEqual([{ index: 2, start: 0, end: 4 }])
    expect(findQuote(paragraphs, '建设示范区', { prefix: '产业创新，' })).toEqual([{ index: 1, start: 7, end: 12 }])
  })

  it('returns null for a quote that is not there or is blank', () => {
    expect(findQuote(paragraphs, '这句话不在报告里')).toBeNull()
    expect(findQuote(paragraphs, '  ')).toBeNull()
  })

  it('agrees with indexOf on the joined text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 0, maxLength: 12 }), { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat(), (ps, a, b) => {
        const joined = ps.join('')
        if (!joined) return
        const from = a % joined.length
        const to = from + 1 + (b % (joined.length - from))
        const quote = joined.slice(from, to)
        if (!quote.trim() || quote.includes('\n') || quote.includes('\r')) return
        const ranges = findQuote(ps, quote)
        expect(ranges).not.toBeNull()
        expect(ranges!.map((r) => ps[r.index].slice(r.start, r.end)).join('')).toBe(quote)
        const first = joined.indexOf(quote)
        const before = ps.slice(0, ranges![0].index).join('').length + ranges![0].start
        expect(before).toBe(first)
      }),
    )
  })
})
