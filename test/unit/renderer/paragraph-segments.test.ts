import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { paragraphSegments, type ParagraphMark } from '../../../src/lib/paragraph-segments'

const text = '强化科技创新，建设产业转型升级示范区。争取国省科技资源共享服务平台布局衡阳。'
const lead = '强化科技创新，建设产业转型升级示范区。'.length

const join = (segments: { start: number; end: number }[]) => segments.map((s) => text.slice(s.start, s.end)).join('')

describe('paragraphSegments', () => {
  it('splits at the lead sentence when there is no highlight', () => {
    const segments = paragraphSegments(text.length, lead, [])
    expect(segments).toEqual([
      { start: 0, end: lead, marks: [], lead: true },
      { start: lead, end: text.length, marks: [], lead: false },
    ])
  })

  it('gives one run for a paragraph with no lead', () => {
    expect(paragraphSegments(5, 0, [])).toEqual([{ start: 0, end: 5, marks: [], lead: false }])
  })

  it('cuts a highlight out of the text, with the lead boundary inside it', () => {
    const segments = paragraphSegments(text.length, lead, [{ id: 'a', start: 10, end: 25 }])
    expect(segments.map((s) => [s.start, s.end, s.marks, s.lead])).toEqual([
      [0, 10, [], true],
      [10, lead, ['a'], true],
      [lead, 25, ['a'], false],
      [25, text.length, [], false],
    ])
  })

  it('stacks overlapping highlights, the shorter on top', () => {
    const marks = [
      { id: 'short', start: 4, end: 8 },
      { id: 'long', start: 0, end: 12 },
    ]
    const segments = paragraphSegments(text.length, 0, marks)
    const at = (i: number) => segments.find((s) => s.start <= i && i < s.end)!.marks
    expect(at(2)).toEqual(['long'])
    expect(at(5)).toEqual(['long', 'short'])
    expect(at(10)).toEqual(['long'])
    expect(at(20)).toEqual([])
  })

  it('puts the later of two equal ranges on top', () => {
    const segments = paragraphSegments(10, 0, [
      { id: 'first', start: 2, end: 5 },
      { id: 'second', start: 2, end: 5 },
    ])
    expect(segments.find((s) => s.start === 2)!.marks).toEqual(['first', 'second'])
  })

  it('clamps ranges to the text and ignores empty ones', () => {
    const segments = paragraphSegments(10, 0, [
      { id: 'over', start: 8, end: 99 },
      { id: 'empty', start: 3, end: 3 },
      { id: 'before', start: -5, end: 1 },
    ])
    expect(segments.map((s) => [s.start, s.end, s.marks])).toEqual([
      [0, 1, ['before']],
      [1, 8, []],
      [8, 10, ['over']],
    ])
  })

  it('keeps every character once and in order, and each run knows exactly the marks covering it', () => {
    const mark = fc
      .tuple(fc.integer({ min: -3, max: text.length + 3 }), fc.integer({ min: 0, max: 30 }))
      .map(([start, length]) => ({ start, end: start + length }))
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 40 }), fc.integer({ min: 0, max: text.length }), (ranges, leadLength) => {
        const marks: ParagraphMark[] = ranges.map((r, i) => ({ id: `m${i}`, ...r }))
        const segments = paragraphSegments(text.length, leadLength, marks)
        expect(join(segments)).toBe(text)
        for (let i = 0; i + 1 < segments.length; i++) expect(segments[i].end).toBe(segments[i + 1].start)
        for (const s of segments) {
          expect(s.end).toBeGreaterThan(s.start)
          expect(s.lead).toBe(s.start < leadLength)
          // The oracle: the marks whose clamped range holds the run.
          const covering = marks.filter((m) => Math.max(0, m.start) <= s.start && Math.min(text.length, m.end) >= s.end)
          expect([...s.marks].sort()).toEqual(covering.map((m) => m.id).sort())
        }
      }),
    )
  })

  it('handles 500 overlapping highlights in one paragraph quickly', () => {
    const long = 'あ'.repeat(1000)
    const marks = Array.from({ length: 500 }, (_, i) => ({ id: `h${i}`, start: (i * 7) % 980, end: ((i * 7) % 980) + 4 + (i % 30) }))
    const started = performance.now()
    const segments = paragraphSegments(long.length, 10, marks)
    expect(performance.now() - started).toBeLessThan(50)
    expect(segments.reduce((n, s) => n + s.end - s.start, 0)).toBe(1000)
  })
})
