import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { CONTEXT_LENGTH, describeRange } from '../../../../electron/core/anchoring/selectors'

const paragraph = '强化科技创新，建设产业转型升级示范区。争取国省科技资源共享服务平台布局衡阳，积极推进优势领域共建科创平台。'

describe('describeRange', () => {
  it('stores the range as a TextPositionSelector and its text as a TextQuoteSelector', () => {
    const anchor = describeRange(paragraph, 4, 9, 18)
    expect(anchor.paragraph).toBe(4)
    expect(anchor.position).toEqual({ type: 'TextPositionSelector', start: 9, end: 18 })
    expect(anchor.quote.type).toBe('TextQuoteSelector')
    expect(anchor.quote.exact).toBe('产业转型升级示范区')
  })

  it('keeps up to CONTEXT_LENGTH characters of context on each side', () => {
    const anchor = describeRange(paragraph, 0, 40, 44)
    expect(anchor.quote.prefix).toBe(paragraph.slice(40 - CONTEXT_LENGTH, 40))
    expect(anchor.quote.suffix).toBe(paragraph.slice(44, 44 + CONTEXT_LENGTH))
    expect(anchor.quote.prefix).toHaveLength(32)
  })

  it('cuts the context at the edges of the paragraph', () => {
    const anchor = describeRange(paragraph, 0, 0, 6)
    expect(anchor.quote.prefix).toBe('')
    expect(describeRange(paragraph, 0, paragraph.length - 3, paragraph.length).quote.suffix).toBe('')
  })

  it('counts offsets in UTF-16 code units, so a character outside the BMP counts two', () => {
    const text = '𠀀字测试'
    expect(describeRange(text, 0, 2, 3).quote.exact).toBe('字')
    expect(describeRange(text, 0, 0, 2).quote.exact).toBe('𠀀')
  })

  it('throws a RangeError for an empty, reversed or out-of-range range or a bad paragraph index', () => {
    expect(() => describeRange(paragraph, 0, 5, 5)).toThrow(RangeError)
    expect(() => describeRange(paragraph, 0, 6, 5)).toThrow(RangeError)
    expect(() => describeRange(paragraph, 0, -1, 5)).toThrow(RangeError)
    expect(() => describeRange(paragraph, 0, 0, paragraph.length + 1)).toThrow(RangeError)
    expect(() => describeRange(paragraph, 0, 0.5, 3)).toThrow(RangeError)
    expect(() => describeRange(paragraph, -1, 0, 3)).toThrow(RangeError)
  })

  it('describes any range so that prefix, exact and suffix are the paragraph around it', () => {
    const range = fc
      .string({ minLength: 1, maxLength: 120, unit: fc.constantFrom('强', '化', '创', '新', '，', 'a', '𠀀') })
      .chain((text) =>
        fc
          .tuple(fc.nat(text.length - 1), fc.nat(text.length - 1))
          .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) + 1 })),
      )
    fc.assert(
      fc.property(range, ({ text, start, end }) => {
        const { quote, position } = describeRange(text, 0, start, end)
        expect(position).toEqual({ type: 'TextPositionSelector', start, end })
        expect(quote.exact).toBe(text.slice(start, end))
        expect(quote.prefix.length).toBe(Math.min(CONTEXT_LENGTH, start))
        expect(quote.suffix.length).toBe(Math.min(CONTEXT_LENGTH, text.length - end))
        expect(text.slice(start - quote.prefix.length, end + quote.suffix.length)).toBe(quote.prefix + quote.exact + quote.suffix)
      }),
    )
  })
})
