import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { describeRange } from '../../../../electron/core/anchoring/selectors'
import { resolveAnchor, resolveAnchors, NEIGHBOUR_WINDOW } from '../../../../electron/core/anchoring/resolve-anchor'
import { MIN_CONTEXT_AGREEMENT } from '../../../../electron/core/anchoring/match-quote'

const seed = readFileSync(fileURLToPath(new URL('../../../../resources/report.txt', import.meta.url)), 'utf8')
/** The seed's paragraphs: its non-empty lines, trimmed. */
const report = seed
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean)

/** Part 1 of the seed: its heading and four paragraphs. */
const part1 = report.slice(3, 8)
const P = 2 // 强化产业创新，建设先进制造业示范区。推进衡州大道数字经济走廊和大数据中心建设，…
const QUOTE = '数字经济走廊和大数据中心建设'
const at = part1[P].indexOf(QUOTE)
const anchor = describeRange(part1[P], P, at, at + QUOTE.length)

/** `paragraphs` with paragraph `i` replaced by `edit(paragraphs[i])`. */
const editParagraph = (paragraphs: readonly string[], i: number, edit: (text: string) => string) =>
  paragraphs.map((text, j) => (j === i ? edit(text) : text))
/** A string edit: `text` with `[from, to)` replaced by `by`. */
const splice = (text: string, from: number, to: number, by: string) => text.slice(0, from) + by + text.slice(to)

describe('resolveAnchor', () => {
  it('resolves an unchanged range exactly', () => {
    expect(resolveAnchor(part1, anchor)).toEqual({ state: 'exact', paragraph: P, start: at, end: at + QUOTE.length, text: QUOTE })
  })

  describe('under an edit before the quote', () => {
    it.each([
      ['an insertion', 0, 0, '新增一句话。'],
      ['a deletion', 0, 7, ''],
      ['a longer replacement', 2, 4, '制度与机制'],
    ])('follows %s that shifts it (moved)', (_, from, to, by) => {
      const revised = editParagraph(part1, P, (t) => splice(t, from, to, by))
      const start = revised[P].indexOf(QUOTE)
      expect(resolveAnchor(revised, anchor)).toEqual({ state: 'moved', paragraph: P, start, end: start + QUOTE.length, text: QUOTE })
    })

    it('stays exact under a replacement of the same length', () => {
      const revised = editParagraph(part1, P, (t) => splice(t, 2, 4, '制度'))
      expect(resolveAnchor(revised, anchor)).toMatchObject({ state: 'exact', paragraph: P, start: at })
    })

    it('follows an insertion right against the quote, by its suffix', () => {
      const revised = editParagraph(part1, P, (t) => splice(t, at, at, '全力'))
      expect(resolveAnchor(revised, anchor)).toMatchObject({ state: 'moved', start: at + 2, text: QUOTE })
    })
  })

  describe('under an edit after the quote', () => {
    it.each([
      ['an insertion', 0, '新增内容'],
      ['a deletion', 10, ''],
      ['a replacement', 3, '大力建设'],
    ])('stays exact under %s', (_, length, by) => {
      const end = at + QUOTE.length
      const revised = editParagraph(part1, P, (t) => splice(t, end + 1, end + 1 + length, by))
      expect(resolveAnchor(revised, anchor)).toEqual({ state: 'exact', paragraph: P, start: at, end, text: QUOTE })
    })
  })

  describe('under an edit inside the quote', () => {
    it.each([
      ['an insertion', 6, 6, '，', '数字经济走廊，和大数据中心建设'],
      ['a deletion', 6, 7, '', '数字经济走廊大数据中心建设'],
      ['a replacement', 6, 7, '与', '数字经济走廊与大数据中心建设'],
    ])('resolves approximately under %s, to the new text', (_, from, to, by, text) => {
      const revised = editParagraph(part1, P, (t) => splice(t, at + from, at + to, by))
      expect(resolveAnchor(revised, anchor)).toEqual({ state: 'approximate', paragraph: P, start: at, end: at + text.length, text })
    })

    it('orphans a quote edited beyond a quarter of its length', () => {
      const revised = editParagraph(part1, P, (t) => t.replace('经济走廊和大数据', '产业带与云计算'))
      expect(resolveAnchor(revised, anchor)).toEqual({ state: 'orphaned' })
    })
  })

  it('stays exact when a paragraph is inserted before its paragraph, under the new number', () => {
    const revised = [...part1.slice(0, 1), '新增的一段。', ...part1.slice(1)]
    expect(resolveAnchor(revised, anchor)).toMatchObject({ state: 'exact', paragraph: P + 1, start: at, text: QUOTE })
  })

  it(`finds its paragraph by its context when more than ${NEIGHBOUR_WINDOW} paragraphs are inserted before`, () => {
    const revised = [...report.slice(20, 26), ...part1]
    expect(resolveAnchor(revised, anchor)).toMatchObject({ state: 'exact', paragraph: P + 6, start: at })
  })

  it('follows its paragraph moved far away: exact if the paragraph is unchanged, moved if edited before the quote', () => {
    const moved = [...part1.slice(0, P), ...part1.slice(P + 1), ...report.slice(8, 30), part1[P]]
    expect(resolveAnchor(moved, anchor)).toMatchObject({ state: 'exact', paragraph: moved.length - 1, start: at, text: QUOTE })
    const edited = editParagraph(moved, moved.length - 1, (t) => t.slice(7))
    expect(resolveAnchor(edited, anchor)).toMatchObject({ state: 'moved', paragraph: moved.length - 1, start: at - 7, text: QUOTE })
  })

  it('follows the quote into the second half of a split paragraph', () => {
    const cut = part1[P].indexOf('。') + 1
    const split = [...part1.slice(0, P), part1[P].slice(0, cut), part1[P].slice(cut), ...part1.slice(P + 1)]
    expect(resolveAnchor(split, anchor)).toEqual({ state: 'moved', paragraph: P + 1, start: at - cut, end: at - cut + QUOTE.length, text: QUOTE })
  })

  it('orphans a quote whose sentence was deleted', () => {
    const revised = editParagraph(part1, P, (t) => t.replace('推进衡州大道数字经济走廊和大数据中心建设，加快布局人工智能、移动互联网等新兴产业。', ''))
    expect(resolveAnchor(revised, anchor)).toEqual({ state: 'orphaned' })
  })

  it('chooses, of a repeated phrase, the occurrence whose context agrees', () => {
    const text = '一是加快建设示范区，推动产业集聚发展。二是统筹城乡融合，加快建设示范区，完善公共服务体系。'
    const second = text.lastIndexOf('加快建设示范区')
    const repeated = describeRange(text, 0, second, second + 7)
    const revised = ['前言：' + text]
    expect(resolveAnchor(revised, repeated)).toMatchObject({ state: 'moved', start: second + 3 })
  })

  it('orphans a quote found elsewhere without agreeing context rather than place it wrongly', () => {
    const elsewhere = editParagraph(part1, 4, (t) => t + `另外，${QUOTE}要同步推进。`)
    const revised = editParagraph(elsewhere, P, (t) => t.replace(QUOTE, '新兴产业集聚区'))
    expect(resolveAnchor(revised, anchor)).toEqual({ state: 'orphaned' })
  })

  it('places a short quote only where its context agrees, even at its old offsets', () => {
    // 强化 opens every paragraph of part 1: with its paragraph deleted, the next
    // one has it at the same offsets, with other context.
    const short = describeRange(part1[1], 1, 0, 2)
    expect(resolveAnchor([part1[0], ...part1.slice(2)], short)).toEqual({ state: 'orphaned' })
    expect(resolveAnchor(['新增的一段。', ...part1], short)).toMatchObject({ state: 'exact', paragraph: 2, start: 0 })
  })

  it('trusts a longer quote at its old offsets in its paragraph even when its context changed', () => {
    const revised = editParagraph(part1, P, (t) => splice(splice(t, at + QUOTE.length, at + QUOTE.length + 3, '等等等'), at - 3, at, '某某某'))
    expect(resolveAnchor(revised, anchor)).toMatchObject({ state: 'exact', paragraph: P, start: at })
  })

  it('orphans a malformed anchor instead of throwing', () => {
    expect(resolveAnchor(part1, { ...anchor, quote: { ...anchor.quote, exact: '' } })).toEqual({ state: 'orphaned' })
    expect(resolveAnchor(part1, { ...anchor, paragraph: Number.NaN })).toEqual({ state: 'orphaned' })
    // A paragraph number past the end: its text is found nearby, at its offsets.
    expect(resolveAnchor(part1, { ...anchor, paragraph: 99 })).toMatchObject({ state: 'exact', paragraph: P })
    expect(resolveAnchor([], anchor)).toEqual({ state: 'orphaned' })
  })

  // Small alphabets make repeats and near misses common.
  const unit = fc.constantFrom('强', '化', '创', '新', '，', '。', 'a', 'b')
  const paragraphText = (minLength: number) => fc.string({ unit, minLength, maxLength: 90 })

  it('round trip: describing any range and resolving it on the same paragraphs gives it back exactly', () => {
    const input = fc.array(paragraphText(1), { minLength: 1, maxLength: 6 }).chain((paragraphs) =>
      fc.tuple(fc.constant(paragraphs), fc.nat(paragraphs.length - 1)).chain(([ps, p]) =>
        fc
          .tuple(fc.nat(ps[p].length - 1), fc.nat(ps[p].length - 1))
          .map(([a, b]) => ({ paragraphs: ps, p, start: Math.min(a, b), end: Math.max(a, b) + 1 })),
      ),
    )
    fc.assert(
      fc.property(input, ({ paragraphs, p, start, end }) => {
        const text = paragraphs[p].slice(start, end)
        expect(resolveAnchor(paragraphs, describeRange(paragraphs[p], p, start, end))).toEqual({ state: 'exact', paragraph: p, start, end, text })
      }),
      { numRuns: 500 },
    )
  })

  it(`keeps the text of a quote with ${MIN_CONTEXT_AGREEMENT}+ characters of context each side under any edit that does not overlap it`, () => {
    // Guaranteed: the side away from the edit keeps MIN_CONTEXT_AGREEMENT
    // characters of agreeing context, so the quote is placed (exact or moved)
    // on its own text, though a repeat of it with context as good may be chosen.
    const m = MIN_CONTEXT_AGREEMENT
    const input = fc
      .record({ before: paragraphText(m), quote: fc.string({ unit, minLength: 1, maxLength: 12 }), after: paragraphText(m) })
      .chain(({ before, quote, after }) => {
        const text = before + quote + after
        const start = before.length
        const end = start + quote.length
        // An edit [from, to) wholly before the quote or wholly after it.
        const side = fc.oneof(
          fc.tuple(fc.nat(start), fc.nat(start)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)]),
          fc.tuple(fc.integer({ min: end, max: text.length }), fc.integer({ min: end, max: text.length })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)]),
        )
        return fc.record({ text: fc.constant(text), start: fc.constant(start), end: fc.constant(end), edit: side, by: fc.string({ unit, maxLength: 10 }), others: fc.array(paragraphText(0), { maxLength: 3 }) })
      })
    fc.assert(
      fc.property(input, ({ text, start, end, edit: [from, to], by, others }) => {
        const paragraphs = [...others, text]
        const anchor = describeRange(text, others.length, start, end)
        const revised = [...others, splice(text, from, to, by)]
        const resolved = resolveAnchor(revised, anchor)
        expect(['exact', 'moved']).toContain(resolved.state)
        if (resolved.state === 'orphaned') return
        expect(resolved.text).toBe(anchor.quote.exact)
        // Where the quote occurs once in the edition, it is that occurrence.
        const shifted = to <= start ? start + by.length - (to - from) : start
        const all = revised.join('\n')
        if (all.indexOf(anchor.quote.exact) === all.lastIndexOf(anchor.quote.exact)) {
          expect(resolved).toMatchObject({ paragraph: paragraphs.length - 1, start: shifted })
        }
      }),
      { numRuns: 500 },
    )
  })
})

describe('resolveAnchors', () => {
  const quoteIn = (paragraphs: readonly string[], p: number, quote: string) => {
    const start = paragraphs[p].indexOf(quote)
    return describeRange(paragraphs[p], p, start, start + quote.length)
  }

  it('returns one resolution per anchor, in the order given', () => {
    const anchors = [quoteIn(part1, 3, 'REITs'), anchor, quoteIn(part1, 1, '揭榜挂帅')]
    expect(resolveAnchors(part1, anchors).map((r) => r.state !== 'orphaned' && r.text)).toEqual(['REITs', QUOTE, '揭榜挂帅'])
  })

  it('orphans every anchor against an empty edition', () => {
    expect(resolveAnchors([], [anchor, anchor])).toEqual([{ state: 'orphaned' }, { state: 'orphaned' }])
  })

  it(`follows a run of paragraphs moved more than ${NEIGHBOUR_WINDOW} away once two of them agree, where one range alone is ambiguous`, () => {
    // Part 1 twice, three paragraphs of part 2 between; four new paragraphs
    // put in front shift everything by 4.
    const old = [...part1, report[9], report[10], report[13], ...part1]
    const revised = [...report.slice(20, 24), ...old]
    const copy = quoteIn(old, 8 + P, QUOTE)
    const anchors = [quoteIn(old, 5, '构建工商业品'), quoteIn(old, 6, '建成具有保税特色'), copy]
    expect(resolveAnchors(revised, anchors).map((r) => r.state !== 'orphaned' && [r.state, r.paragraph])).toEqual([
      ['exact', 9],
      ['exact', 10],
      ['exact', 12 + P],
    ])
    // Alone, the copy has two places with the same context: orphaned, not guessed.
    expect(resolveAnchor(revised, copy)).toEqual({ state: 'orphaned' })
  })

  it('does not place a range of a deleted paragraph on a repetition that another old paragraph resolved to', () => {
    const repeated = report[9]
    const old = [repeated, ...part1, report[13], repeated]
    const revised = old.slice(1)
    const deleted = quoteIn(old, 0, '构建工商业品')
    const anchors = [deleted, ...part1.map((_, i) => quoteIn(old, i + 1, part1[i].slice(2, 8))), quoteIn(old, 7, '构建工商业品')]
    const results = resolveAnchors(revised, anchors)
    expect(results[0]).toEqual({ state: 'orphaned' })
    expect(results[6]).toMatchObject({ state: 'exact', paragraph: 6 })
    // Alone, nothing says the copy is another paragraph's.
    expect(resolveAnchor(revised, deleted)).toMatchObject({ state: 'exact', paragraph: 6 })
  })

  it('places a quote whose context changed on both sides in the paragraph its sibling ranges resolved to', () => {
    const sibling = quoteIn(part1, P, '大力发展新能源汽车')
    // Four characters each side: more than an approximate match may absorb.
    const revised = editParagraph(part1, P, (t) => t.replace(QUOTE, `着力推动${QUOTE}重大项目`))
    expect(resolveAnchor(revised, anchor)).toEqual({ state: 'orphaned' })
    const [found] = resolveAnchors(revised, [anchor, sibling])
    expect(found).toEqual({ state: 'moved', paragraph: P, start: at + 4, end: at + 4 + QUOTE.length, text: QUOTE })
  })
})
