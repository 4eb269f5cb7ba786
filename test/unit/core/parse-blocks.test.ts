// The parser on structured input (Markdown, HTML, DOCX lines), term notes and
// the 第X节 scheme; the plain-text cases are in parse-report.test.ts.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { headingTitle } from '../../../electron/core/heading-scheme'
import { parseBlocks, parseReport, type ParsedBlock, type ParsedReport } from '../../../electron/core/parse-report'
import { findTermNotes, isTermNotesHeading } from '../../../electron/core/term-notes'

type Heading = Extract<ParsedBlock, { kind: 'heading' }>
const headings = (report: ParsedReport) =>
  report.blocks.filter((b): b is Heading => b.kind === 'heading').map((h) => [h.level, h.text])
const paragraphs = (report: ParsedReport) =>
  report.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
const lines = (...specs: Array<string | [number, string]>) =>
  specs.map((spec) => (typeof spec === 'string' ? { text: spec } : { text: spec[1], headingLevel: spec[0] }))

describe('parseBlocks', () => {
  it('takes a sole top-level heading at the start as the title and moves the levels below up', () => {
    const report = parseBlocks(lines([1, '政府工作报告'], '——副标题', [2, '一、总体要求'], '正文。', [3, '（一）目标'], [2, '二、任务']))
    expect(report).toMatchObject({ title: '政府工作报告', subtitle: '——副标题' })
    expect(headings(report)).toEqual([
      [1, '一、总体要求'],
      [2, '（一）目标'],
      [1, '二、任务'],
    ])
  })

  it('keeps several top-level headings as parts, with no title', () => {
    const report = parseBlocks(lines([1, '第一篇'], '正文。', [1, '第二篇'], '正文。'))
    expect(report.title).toBe('')
    expect(headings(report)).toEqual([
      [1, '第一篇'],
      [1, '第二篇'],
    ])
  })

  it('takes the leading lines marked as title as the title, joined', () => {
    const report = parseBlocks([
      { text: '国务院关于印发', isTitle: true },
      { text: '“十四五”规划的通知', isTitle: true },
      { text: '一、总体要求', headingLevel: 1 },
      { text: '正文。' },
    ])
    expect(report.title).toBe('国务院关于印发“十四五”规划的通知')
    expect(headings(report)).toEqual([[1, '一、总体要求']])
  })

  it('strips the Chinese number from a marked heading for its title', () => {
    const [heading] = parseBlocks(lines([1, '一、目标：建设强市'], '正文。', [1, '二、任务'])).blocks as Heading[]
    expect(heading).toMatchObject({ text: '一、目标：建设强市', title: '目标：建设强市', shortTitle: '目标' })
  })

  it('trusts the markup: a long marked heading ending in 。 is still a heading', () => {
    const long = '我们要坚持以人民为中心的发展思想，把实现好、维护好、发展好最广大人民根本利益作为出发点。'
    expect(headings(parseBlocks(lines([2, long], '正文。', [2, '另一节'])))).toEqual([
      [1, long],
      [1, '另一节'],
    ])
  })

  it('finds Chinese-numbered headings in paragraphs when the document has no heading markup', () => {
    const report = parseBlocks(lines('工作报告', '一、总体要求', '正文第一句。继续。', '（一）指导思想', '二、主要任务'))
    expect(report.title).toBe('工作报告')
    expect(headings(report)).toEqual([
      [1, '一、总体要求'],
      [2, '（一）指导思想'],
      [1, '二、主要任务'],
    ])
  })

  it('ignores Chinese-numbered paragraphs when the markup declares headings', () => {
    const report = parseBlocks(lines([2, '一、总体要求'], '（一）指导思想', '正文。', [2, '二、主要任务']))
    expect(headings(report)).toEqual([
      [1, '一、总体要求'],
      [1, '二、主要任务'],
    ])
    expect(paragraphs(report)).toEqual(['（一）指导思想', '正文。'])
  })

  it('throws empty-report when every line is blank', () => {
    expect(() => parseBlocks(lines(' ', '\u3000', ''))).toThrow(expect.objectContaining({ code: 'empty-report' }))
  })

  it('keeps every line, in order, trimmed (titles joined)', () => {
    const line = fc.record({
      text: fc.constantFrom('一、总体要求', '（一）目标', '1. 任务', '正文。后文。', '名词解释', '■记者', '——副题', ' ', '标题'),
      headingLevel: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
      isTitle: fc.boolean(),
    })
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 20 }), (input) => {
        if (input.every((l) => l.text.trim() === '')) return
        const report = parseBlocks(input)
        const pieces = [report.title, report.subtitle ?? '', report.byline ?? '', ...report.blocks.map((b) => b.text)]
        expect(pieces.join('')).toBe(input.map((l) => l.text.trim()).join(''))
      }),
      { numRuns: 500 },
    )
  })
})

describe('term notes', () => {
  const report = [
    '工作报告',
    '一、总体要求',
    '正文第一句。正文继续。',
    '二、主要任务',
    '正文第一句。正文继续。',
    '名词解释',
    '1. 三高四新',
    '指打造国家重要先进制造业高地。具有核心竞争力。',
    '2. 揭榜挂帅',
    '一种科研组织方式。面向社会征集。',
  ].join('\n')

  it('are not parts: the notes line is a section of the last part, the notes its paragraphs without leads', () => {
    const parsed = parseReport(report)
    expect(headings(parsed)).toEqual([
      [1, '一、总体要求'],
      [1, '二、主要任务'],
      [2, '名词解释'],
    ])
    const notes = parsed.blocks.slice(-4)
    expect(notes.map((b) => [b.kind, b.kind === 'paragraph' ? b.lead : null])).toEqual([
      ['paragraph', null],
      ['paragraph', null],
      ['paragraph', null],
      ['paragraph', null],
    ])
  })

  it('are not parts when the report numbers its parts 1 2 3 either, nor when the notes line is numbered', () => {
    const parsed = parseReport('1 强创新\n正文。\n2 强开放\n正文。\n三、名词解释\n1. 三高四新\n解释。\n2. 揭榜挂帅\n解释。')
    expect(headings(parsed)).toEqual([
      [1, '1 强创新'],
      [1, '2 强开放'],
      [2, '三、名词解释'],
    ])
  })

  it('are not parts in a marked-up document whose notes line is a heading', () => {
    const parsed = parseBlocks(lines([1, '标题'], [2, '一、总体要求'], '正文。', [2, '名词解释'], '1. 三高四新：指……。', '2. 揭榜挂帅：指……。'))
    expect(headings(parsed)).toEqual([
      [1, '一、总体要求'],
      [2, '名词解释'],
    ])
  })

  it('stay paragraphs of part 0 when the report has no parts', () => {
    const parsed = parseReport('全文没有标题的一段话。后文。\n注释：\n1. 三高四新\n2. 揭榜挂帅')
    expect(headings(parsed)).toEqual([])
    expect(paragraphs(parsed)).toHaveLength(4)
  })

  it('end at the next part that is not numbered like a note', () => {
    const parsed = parseReport('一、总体\n正文。\n名词解释\n1. 术语\n解释。\n二、附则\n正文。')
    expect(headings(parsed)).toEqual([
      [1, '一、总体'],
      [2, '名词解释'],
      [1, '二、附则'],
    ])
  })
})

describe('findTermNotes', () => {
  it('needs a first note numbered 1 right after the notes line', () => {
    expect(findTermNotes(['名词解释', '三高四新：指……。'], () => false)).toBeNull()
    expect(findTermNotes(['名词解释', '（1）三高四新'], () => false)).toEqual({ heading: 0, end: 2 })
    expect(findTermNotes(['正文。', '【名词解释】', '①三高四新', '②揭榜挂帅'], () => false)).toEqual({ heading: 1, end: 4 })
  })
})

describe('isTermNotesHeading', () => {
  it.each(['名词解释', '【名词解释】', '七、名词解释', '注释：', '附：名词解释', '术语解释'])('accepts %s', (line) => {
    expect(isTermNotesHeading(line)).toBe(true)
  })

  it.each(['名词解释很重要。', '注意事项', '一、总体要求'])('rejects %s', (line) => {
    expect(isTermNotesHeading(line)).toBe(false)
  })
})

describe('第X节 headings', () => {
  it('nest under 第X章 and restart under each chapter', () => {
    const parsed = parseReport('第一章 总则\n第一节 目的\n正文。\n第二节 范围\n第二章 任务\n第一节 创新\n一、科技\n正文。')
    expect(headings(parsed)).toEqual([
      [1, '第一章 总则'],
      [2, '第一节 目的'],
      [2, '第二节 范围'],
      [1, '第二章 任务'],
      [2, '第一节 创新'],
      [3, '一、科技'],
    ])
  })
})

describe('headingTitle', () => {
  it('drops any scheme number, keeps a text without one', () => {
    expect(['第一节 目的', '（一）指导思想', '1. 任务', '1 强创新', '总体要求'].map(headingTitle)).toEqual([
      '目的',
      '指导思想',
      '任务',
      '强创新',
      '总体要求',
    ])
  })
})
