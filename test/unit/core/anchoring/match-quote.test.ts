import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import {
  approximateCandidate,
  approximateNearContext,
  beats,
  contextAgreement,
  exactCandidate,
  exactMatches,
  quoteCandidates,
  matchQuote,
  maxErrorsFor,
  MIN_CONTEXT_AGREEMENT,
  scoreCandidate,
} from '../../../../electron/core/anchoring/match-quote'
import { describeRange } from '../../../../electron/core/anchoring/selectors'

// Two sentences that share the phrase 建设示范区 with different context.
const text = '强化产业创新，加快建设示范区。强化金融创新，全力建设示范区。'
const second = text.lastIndexOf('建设示范区')

/** The stored context of `text[start, end)`, as describeRange keeps it. */
const contextAt = (paragraph: string, start: number, end: number) => describeRange(paragraph, 0, start, end).quote

describe('maxErrorsFor', () => {
  it('allows a quarter of the quote, rounded down', () => {
    expect(maxErrorsFor('科技')).toBe(0)
    expect(maxErrorsFor('科技创新')).toBe(1)
    expect(maxErrorsFor('a'.repeat(40))).toBe(10)
  })
})

describe('exactMatches', () => {
  it('returns every occurrence, overlapping ones included, in order', () => {
    expect(exactMatches('aaaa', 'aa')).toEqual([0, 1, 2])
    expect(exactMatches(text, '建设示范区')).toEqual([text.indexOf('建设示范区'), second])
  })

  it('returns nothing for an empty quote and only occurrences inside [from, to)', () => {
    expect(exactMatches(text, '')).toEqual([])
    expect(exactMatches(text, '建设示范区', 0, second + 4)).toEqual([text.indexOf('建设示范区')])
  })

  it('finds a quote that occurs once exactly where indexOf does', () => {
    const unit = fc.constantFrom('强', '化', '创', '新', 'a', 'b')
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.string({ unit, minLength: 1, maxLength: 6 }), (t, q) => {
        fc.pre(t.indexOf(q) !== -1 && t.indexOf(q) === t.lastIndexOf(q))
        expect(exactMatches(t, q)).toEqual([t.indexOf(q)])
      }),
    )
  })
})

describe('contextAgreement', () => {
  const paragraph = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸'
  const context = contextAt(paragraph, 10, 12) // quote 甲乙 with 10 characters each side

  it(`agrees when ${MIN_CONTEXT_AGREEMENT} characters next to the match equal the stored prefix's`, () => {
    const moved = 'XX' + paragraph.slice(2, 10) + '甲乙' + 'YYYY'
    const found = contextAgreement(moved, 10, 12, 2, 0, context)
    expect(found.prefixRun).toBe(8)
    expect(found.prefixAgrees).toBe(true)
    expect(found.suffixAgrees).toBe(false)
    expect(found.contextAgrees).toBe(true)
  })

  it(`does not agree with only ${MIN_CONTEXT_AGREEMENT - 1} on each side`, () => {
    const changed = 'XXX' + paragraph.slice(3, 10) + '甲乙' + paragraph.slice(12, 19) + 'Y'
    const found = contextAgreement(changed, 10, 12, 2, 0, context)
    expect([found.prefixRun, found.suffixRun]).toEqual([7, 7])
    expect(found.contextAgrees).toBe(false)
  })

  it('counts a context cut by the paragraph edge when the quote is as far from the edge, with the quote as evidence', () => {
    const start = describeRange('强化科技创新，建设产业转型升级示范区。', 0, 2, 12).quote
    const moved = '强化科技创新，建设产业转型升级，示范区。'
    expect(contextAgreement(moved, 2, 12, 10, 0, start).prefixAgrees).toBe(true)
    expect(contextAgreement('又' + moved, 3, 13, 10, 0, start).prefixAgrees).toBe(false)
    // Inexact, the quote is no evidence: 2 characters of prefix are not enough.
    expect(contextAgreement(moved, 2, 12, 10, 1, start).prefixAgrees).toBe(false)
  })

  it('agrees when both sides are exactly as stored, however short', () => {
    const tiny = describeRange('强化创新', 0, 1, 2).quote
    expect(contextAgreement('强化创新', 1, 2, 1, 0, tiny).contextAgrees).toBe(true)
    expect(contextAgreement('强化创新。', 1, 2, 1, 0, tiny).contextAgrees).toBe(false)
  })
})

describe('exactCandidate', () => {
  it('describes the occurrence at start with its context compared', () => {
    const c = exactCandidate(text, second, '建设示范区', contextAt(text, second, second + 5))
    expect(c).toMatchObject({ start: second, end: second + 5, errors: 0, prefixShare: 1, suffixShare: 1, contextAgrees: true })
  })
})

describe('approximateCandidate', () => {
  it('moves the edges of a match onto the stored context and recounts its errors', () => {
    const old = '推进衡州大道数字经济走廊和大数据中心建设，加快布局人工智能产业。'
    const context = contextAt(old, 6, 12) // 数字经济走廊
    const revised = '推进衡州大道数字济走廊和大数据中心建设，加快布局人工智能产业。'
    // A match found one character short at the start is moved back to it.
    const c = approximateCandidate(revised, '数字经济走廊', context, { start: 7, end: 11, errors: 1 })
    expect(c).toMatchObject({ start: 6, end: 11, errors: 1, contextAgrees: true })
  })

  it('returns null when the match has more errors than the quote allows', () => {
    expect(approximateCandidate('abcdefgh', 'abcd', { prefix: '', suffix: '' }, { start: 0, end: 4, errors: 2 })).toBeNull()
  })
})

describe('approximateNearContext', () => {
  const old = '推进衡州大道数字经济走廊和大数据中心建设，加快布局人工智能、移动互联网等新兴产业。'
  const context = contextAt(old, 6, 20) // 数字经济走廊和大数据中心建设

  it('finds an approximate match right after the stored prefix or right before the stored suffix', () => {
    const revised = '另起一句。推进衡州大道数字经济走廊与大数据中心建设，加快布局人工智能、移动互联网等新兴产业。'
    expect(approximateNearContext(revised, '数字经济走廊和大数据中心建设', context, 3)).toContainEqual({ start: 11, end: 25, errors: 1 })
  })

  it('skips a match with no stored context beside it, which could not be trusted', () => {
    const elsewhere = '其他内容数字经济走廊与大数据中心建设，其他内容'
    expect(approximateNearContext(elsewhere, '数字经济走廊和大数据中心建设', context, 3)).toEqual([])
  })

  it('searches the whole text when both stored sides are shorter than MIN_CONTEXT_AGREEMENT', () => {
    expect(approximateNearContext('其他内容科技刷新其他', '科技创新', { prefix: '强化', suffix: '' }, 1)).toContainEqual({ start: 4, end: 8, errors: 1 })
  })
})

describe('beats', () => {
  const c = exactCandidate(text, second, '建设示范区', contextAt(text, second, second + 5))

  it('prefers a higher score, and anything to nothing', () => {
    expect(beats('建设示范区', c, 0.9, null)).toBe(true)
    expect(beats('建设示范区', c, 0.9, { match: c, score: 0.8 })).toBe(true)
    expect(beats('建设示范区', c, 0.7, { match: c, score: 0.8 })).toBe(false)
  })

  it('breaks a tie by the length nearer the quote', () => {
    const shorter = { ...c, end: c.end - 1 }
    expect(beats('建设示范区', c, 0.8, { match: shorter, score: 0.8 })).toBe(true)
    expect(beats('建设示范区', shorter, 0.8, { match: c, score: 0.8 })).toBe(false)
  })
})

describe('quoteCandidates', () => {
  it('returns every exact occurrence when there is one', () => {
    expect(quoteCandidates(text, '建设示范区', { prefix: '', suffix: '' }, true).map((c) => c.start)).toEqual(exactMatches(text, '建设示范区'))
  })

  it('returns approximate matches only when asked and when there is no exact one', () => {
    const changed = text.replace('加快建设示范区', '加快建立示范').replace('全力建设示范区', '全力建成示范区')
    const context = contextAt(text, second, second + 5)
    expect(quoteCandidates(changed, '建设示范区', context, false)).toEqual([])
    const at = changed.indexOf('建成示范区')
    const found = quoteCandidates(changed, '建设示范区', context, true)
    expect(found.map((c) => [c.start, c.end, c.errors])).toContainEqual([at, at + 5, 1])
  })

  it('returns nothing for an empty quote', () => {
    expect(quoteCandidates(text, '', { prefix: '', suffix: '' }, true)).toEqual([])
  })
})

describe('scoreCandidate', () => {
  it('scores the exact quote with its whole context at its old place 1', () => {
    const c = exactCandidate(text, second, '建设示范区', contextAt(text, second, second + 5))
    expect(scoreCandidate('建设示范区', c, 0)).toBe(1)
  })

  it('scores lower with distance, errors and disagreeing context', () => {
    const c = exactCandidate(text, second, '建设示范区', contextAt(text, second, second + 5))
    expect(scoreCandidate('建设示范区', c, 100)).toBeLessThan(1)
    expect(scoreCandidate('建设示范区', { ...c, errors: 1 }, 0)).toBeLessThan(1)
    expect(scoreCandidate('建设示范区', { ...c, prefixShare: 0.5 }, 0)).toBeLessThan(1)
  })

  it('is always between 0 and 1', () => {
    const unit = fc.constantFrom('强', '化', '创', '新', 'a')
    fc.assert(
      fc.property(
        fc.string({ unit, minLength: 1, maxLength: 80 }),
        fc.string({ unit, minLength: 1, maxLength: 12 }),
        fc.string({ unit, maxLength: 40 }),
        fc.string({ unit, maxLength: 40 }),
        fc.nat(1000),
        (t, quote, prefix, suffix, distance) => {
          for (const c of quoteCandidates(t, quote, { prefix, suffix }, true)) {
            const score = scoreCandidate(quote, c, distance)
            expect(score).toBeGreaterThanOrEqual(0)
            expect(score).toBeLessThanOrEqual(1)
          }
        },
      ),
    )
  })
})

describe('matchQuote', () => {
  it('returns null if quote is empty or not found', () => {
    expect(matchQuote(text, '', { prefix: '', suffix: '' })).toBeNull()
    expect(matchQuote(text, '数字经济走廊', { prefix: '', suffix: '' })).toBeNull()
  })

  it('chooses, among several occurrences, the one whose context agrees', () => {
    const context = contextAt(text, second, second + 5)
    expect(matchQuote(text, '建设示范区', { ...context, hint: 0 })?.start).toBe(second)
  })

  it('chooses the occurrence nearest the hint when the contexts say nothing', () => {
    const plain = 'ab建设示范区cd建设示范区ef'
    expect(matchQuote(plain, '建设示范区', { prefix: '', suffix: '', hint: 0 })?.start).toBe(2)
    expect(matchQuote(plain, '建设示范区', { prefix: '', suffix: '', hint: 12 })?.start).toBe(9)
  })

  it('falls back to an approximate match, and not when told not to', () => {
    const changed = '强化产业创新，加快建设示范园。'
    const m = matchQuote(changed, '加快建设示范区', { prefix: '强化产业创新，', suffix: '' })
    expect(m).toMatchObject({ start: 7, end: 14, errors: 1 })
    expect(matchQuote(changed, '加快建设示范区', { prefix: '', suffix: '' }, false)).toBeNull()
  })

  it('finds a quote that occurs once where indexOf does, scored in [0, 1]', () => {
    const unit = fc.constantFrom('强', '化', '创', '新', '，', 'a')
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), fc.string({ unit, minLength: 1, maxLength: 8 }), fc.nat(80), (t, q, hint) => {
        fc.pre(t.indexOf(q) !== -1 && t.indexOf(q) === t.lastIndexOf(q))
        const m = matchQuote(t, q, { prefix: '', suffix: '', hint })
        expect(m).toMatchObject({ start: t.indexOf(q), end: t.indexOf(q) + q.length, errors: 0 })
        expect(m!.score).toBeGreaterThanOrEqual(0)
        expect(m!.score).toBeLessThanOrEqual(1)
      }),
    )
  })
})
