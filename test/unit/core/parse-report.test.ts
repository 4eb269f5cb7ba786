import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { parseReport, type ParsedBlock, type ParsedReport } from '../../../electron/core/parse-report'
import { findHeadings } from '../../../electron/core/heading-scheme'
import { leadSentence } from '../../../electron/core/lead-sentence'
import { YanduError } from '../../../electron/core/errors'

const seed = readFileSync(fileURLToPath(new URL('../../../resources/report.txt', import.meta.url)), 'utf8')

type Heading = Extract<ParsedBlock, { kind: 'heading' }>
type Paragraph = Extract<ParsedBlock, { kind: 'paragraph' }>

const headingsOf = (report: ParsedReport) => report.blocks.filter((b): b is Heading => b.kind === 'heading')
const paragraphsOf = (report: ParsedReport) => report.blocks.filter((b): b is Paragraph => b.kind === 'paragraph')
const squeeze = (text: string) => text.replace(/\s/g, '')
const joined = (report: ParsedReport) =>
  [report.title, report.subtitle ?? '', report.byline ?? '', ...report.blocks.map((b) => b.text)].join('')
/** The oracle for the round trip: the source's non-empty lines, trimmed. */
const sourceLines = (source: string) =>
  source
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)

describe('parseReport', () => {
  describe('on the seed report', () => {
    const report = parseReport(seed)
    const paragraphs = paragraphsOf(report)
    const paragraph = (start: string) => paragraphs.find((p) => p.text.startsWith(start))!

    it('reads the title, the —— subtitle and the ■ byline', () => {
      expect(report.title).toBe('今后怎么干？ 六个地方要给力')
      expect(report.subtitle).toBe('——衡阳市第十二次党代会工作报告解读之奋斗篇')
      expect(report.byline).toBe('■本报记者 王靖')
    })

    it('finds exactly the six numbered parts, all at level 1', () => {
      const headings = headingsOf(report)
      expect(headings.map((h) => h.level)).toEqual([1, 1, 1, 1, 1, 1])
      expect(headings.map((h) => h.shortTitle)).toEqual([
        '强创新',
        '强开放',
        '强集聚',
        '加快中心化进程',
        '全面提升公共服务供给水平',
        '全面提升社会治理现代化水平',
      ])
    })

    it('keeps the whole line as heading text and drops the number from the title', () => {
      const first = headingsOf(report)[0]
      expect(first.text).toBe('1 强创新，建设更高水平的国家创新型城市')
      expect(first.title).toBe('强创新，建设更高水平的国家创新型城市')
    })

    it('finds at least 20 lead sentences, the topics of the outline', () => {
      const leads = paragraphs.map((p) => p.lead).filter((lead) => lead !== null)
      expect(leads.length).toBeGreaterThanOrEqual(20)
      expect(leads).toContain('强化科技创新，建设产业转型升级示范区。')
      expect(leads).toContain('持续推进国防动员和后备力量建设。')
    })

    it('keeps a paragraph cut mid-sentence as it is', () => {
      const cut = paragraph('实施开放合作对接行动。')
      expect(cut.text.endsWith('用好中')).toBe(true)
      expect(cut.lead).toBe('实施开放合作对接行动。')
    })

    it('keeps a paragraph split across two lines as two paragraphs, the second without a lead', () => {
      const first = paragraph('加强生态文明建设。')
      const second = paragraph('“三江六岸”')
      expect(first.text.endsWith('打造')).toBe(true)
      expect(report.blocks.indexOf(second)).toBe(report.blocks.indexOf(first) + 1)
      expect(first.lead).toBe('加强生态文明建设。')
      expect(second.lead).toBeNull()
    })

    it('keeps the slogan and the introduction between parts 3 and 4 as paragraphs without leads', () => {
      const part3 = report.blocks.findIndex((b) => b.kind === 'heading' && b.shortTitle === '强集聚')
      const part4 = report.blocks.findIndex((b) => b.kind === 'heading' && b.shortTitle === '加快中心化进程')
      const slogan = paragraph('目标笃定，使命必达。')
      const intro = paragraph('要加快建设名副其实的国家区域重点城市')
      for (const block of [slogan, intro]) {
        const at = report.blocks.indexOf(block)
        expect(at).toBeGreaterThan(part3)
        expect(at).toBeLessThan(part4)
        expect(block.lead).toBeNull()
      }
      expect(slogan.text).toBe('目标笃定，使命必达。')
    })

    it('loses no character: the squeezed pieces equal the squeezed source', () => {
      expect(squeeze(joined(report))).toBe(squeeze(seed))
    })
  })

  describe('heading schemes', () => {
    const levelsAndTitles = (source: string) => headingsOf(parseReport(source)).map((h) => [h.level, h.title])

    it.each([
      ['第一部分', '第一部分 总体要求\n正文。\n第二部分 主要任务\n正文。', '总体要求'],
      ['第一章', '第一章　总则\n正文。\n第二章 主要任务\n正文。', '总则'],
      ['一、', '一、总体要求\n正文。\n二、主要任务\n正文。', '总体要求'],
      ['（一）', '（一）总体要求\n正文。\n(二)主要任务\n正文。', '总体要求'],
      ['1.', '1. 总体要求\n正文。\n2．主要任务\n正文。', '总体要求'],
      ['1、', '1、总体要求\n正文。\n2、主要任务\n正文。', '总体要求'],
      ['（1）', '（1）总体要求\n正文。\n(2) 主要任务\n正文。', '总体要求'],
      ['1 标题', '1 总体要求\n正文。\n2 主要任务\n正文。', '总体要求'],
    ])('recognises %s headings', (_scheme, source, firstTitle) => {
      expect(levelsAndTitles(source)).toEqual([
        [1, firstTitle],
        [1, '主要任务'],
      ])
    })

    it('reads Chinese numerals past ten', () => {
      const source = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二']
        .map((n) => `${n}、标题${n}\n正文。`)
        .join('\n')
      expect(headingsOf(parseReport(source)).map((h) => h.title).slice(-3)).toEqual(['标题十', '标题十一', '标题十二'])
    })

    it('nests schemes by order of first appearance and restarts numbering under a new parent', () => {
      const source = [
        '一、总体要求',
        '（一）指导思想',
        '1. 坚持党的领导',
        '2. 坚持以人民为中心',
        '（二）基本原则',
        '1. 坚持稳中求进',
        '二、主要任务',
        '（一）强创新',
      ].join('\n')
      expect(headingsOf(parseReport(source)).map((h) => [h.level, h.text])).toEqual([
        [1, '一、总体要求'],
        [2, '（一）指导思想'],
        [3, '1. 坚持党的领导'],
        [3, '2. 坚持以人民为中心'],
        [2, '（二）基本原则'],
        [3, '1. 坚持稳中求进'],
        [1, '二、主要任务'],
        [2, '（一）强创新'],
      ])
    })

    it('puts 第X章 at level 1 even when another scheme comes first', () => {
      const source = '一、编制说明\n正文。\n第一章 总则\n一、目的\n第二章 附则'
      expect(levelsAndTitles(source)).toEqual([
        [2, '编制说明'],
        [1, '总则'],
        [2, '目的'],
        [1, '附则'],
      ])
    })

    it('gives a bare 第一章 its whole text as title', () => {
      expect(levelsAndTitles('第一章\n正文。')).toEqual([[1, '第一章']])
    })

    it('cuts the short title at the first ， or ：', () => {
      const headings = headingsOf(parseReport('一、目标：建设强市\n二、任务，分三步\n三、保障措施'))
      expect(headings.map((h) => h.shortTitle)).toEqual(['目标', '任务', '保障措施'])
    })

    it('takes a long numbered sentence as a paragraph, not a heading', () => {
      const sentence = '1. 我们要坚持以人民为中心的发展思想，把实现好、维护好、发展好最广大人民根本利益作为一切工作的出发点和落脚点，不断增强人民群众的获得感、幸福感、安全感。'
      const report = parseReport(`一、总体要求\n${sentence}`)
      expect(headingsOf(report)).toHaveLength(1)
      expect(paragraphsOf(report).map((p) => p.text)).toEqual([sentence])
    })

    it('takes a short numbered line ending in 。 as a paragraph', () => {
      expect(headingsOf(parseReport('1. 我们要做好。\n2. 还要做得更好。'))).toEqual([])
    })

    it('rejects a numbered line whose number breaks the sequence', () => {
      const report = parseReport('1 强创新\n正文。\n3 项工作全面完成\n2 强开放')
      expect(headingsOf(report).map((h) => h.shortTitle)).toEqual(['强创新', '强开放'])
      expect(paragraphsOf(report).map((p) => p.text)).toContain('3 项工作全面完成')
    })

    it('does not take a quantity such as `3 个` or a decimal such as `1.5` as a heading', () => {
      expect(headingsOf(parseReport('1 个目标\n正文。'))).toEqual([])
      expect(headingsOf(parseReport('1.5亿元投资\n正文。'))).toEqual([])
    })
  })

  describe('front matter and paragraphs', () => {
    it('reads a text with no headings as paragraphs of part 0 under a title', () => {
      const report = parseReport('工作总结\n今年完成了任务。明年继续努力。\n谢谢大家。')
      expect(report.title).toBe('工作总结')
      expect(report.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph'])
    })

    it('has an empty title when the first line is a sentence', () => {
      const report = parseReport('今年完成了任务。明年继续努力。\n一、主要任务')
      expect(report.title).toBe('')
      expect(report.blocks[0]).toMatchObject({ kind: 'paragraph', text: '今年完成了任务。明年继续努力。' })
    })

    it('takes a —— line as subtitle only right after the title', () => {
      expect(parseReport('标题\n——副标题\n正文。').subtitle).toBe('——副标题')
      const untitled = parseReport('正文很长的一句话。\n——这是正文')
      expect(untitled.subtitle).toBeNull()
      expect(untitled.blocks).toHaveLength(2)
    })

    it('keeps text before the first heading that is not front matter as paragraphs', () => {
      const report = parseReport('标题\n■记者 王靖\n引言第一句。引言继续。\n1 强创新')
      expect(report.byline).toBe('■记者 王靖')
      expect(report.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading'])
    })

    it('handles CRLF and CR line endings', () => {
      const report = parseReport('标题\r\n——副标题\r\n\r\n1 强创新\r正文第一句。正文继续。\r\n')
      expect(report).toMatchObject({ title: '标题', subtitle: '——副标题' })
      expect(report.blocks.map((b) => b.text)).toEqual(['1 强创新', '正文第一句。正文继续。'])
    })

    it('drops a BOM, tabs and full-width spaces at line ends but keeps inner ones', () => {
      const report = parseReport('\uFEFF标题\t\n\u3000\u3000正文　第一句。正文\t继续。\u3000\n')
      expect(report.title).toBe('标题')
      expect(report.blocks).toEqual([{ kind: 'paragraph', text: '正文　第一句。正文\t继续。', lead: '正文　第一句。' }])
    })

    it.each(['', '   ', '\n\r\n\t\u3000', '\uFEFF'])('throws empty-report for %j', (source) => {
      expect(() => parseReport(source)).toThrow(YanduError)
      expect(() => parseReport(source)).toThrow(expect.objectContaining({ code: 'empty-report' }))
    })
  })

  describe('properties', () => {
    const token = fc.oneof(
      fc.constantFrom('强', '创', '新', '建', '设', '城', '市', '中', '心', 'A', 'x'),
      fc.constantFrom('。', '，', '；', '！', '？', '：', '“', '”', '…', '、', '（', '）', '.', '■', '——'),
      fc.constantFrom('0', '1', '2', '3', '12'),
      fc.constantFrom('一、', '二、', '（一）', '(二)', '1.', '2．', '1、', '（1）', '1 ', '2 ', '第一章', '第二部分'),
      fc.constantFrom(' ', '\t', '\u3000', '\uFEFF', '\n', '\r\n', '\r', '\n\n'),
    )
    const freeText = fc.array(token, { maxLength: 80 }).map((tokens) => tokens.join(''))
    // Line by line, so that heading-like prefixes often open a line.
    const line = fc
      .tuple(fc.constantFrom('', '', '一、', '（一）', '1. ', '1 ', '2 ', '第一章 '), fc.array(token, { maxLength: 12 }))
      .map(([prefix, tokens]) => prefix + tokens.join(''))
    const lineText = fc
      .array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\n\n', '\r')), { maxLength: 12 })
      .map((lines) => lines.flat().join(''))
    const text = fc.oneof(freeText, lineText)

    it('loses and reorders no character, or throws empty-report for blank text', () => {
      fc.assert(
        fc.property(text, (source) => {
          if (squeeze(source) === '') {
            expect(() => parseReport(source)).toThrow(expect.objectContaining({ code: 'empty-report' }))
            return
          }
          const report = parseReport(source)
          expect(squeeze(joined(report))).toBe(squeeze(source))
          const pieces = [report.title, report.subtitle, report.byline, ...report.blocks.map((b) => b.text)]
          expect(pieces.filter((piece) => piece)).toEqual(sourceLines(source))
        }),
        { numRuns: 500 },
      )
    })

    it('gives leads that are prefixes of their paragraph and headings at level 1 or deeper', () => {
      fc.assert(
        fc.property(text.filter((source) => squeeze(source) !== ''), (source) => {
          for (const block of parseReport(source).blocks) {
            if (block.kind === 'paragraph' && block.lead !== null) {
              expect(block.text.startsWith(block.lead)).toBe(true)
              expect(block.lead.length).toBeLessThan(block.text.length)
            }
            if (block.kind === 'heading') expect(block.level).toBeGreaterThanOrEqual(1)
          }
        }),
        { numRuns: 500 },
      )
    })
  })
})

describe('findHeadings', () => {
  it('returns one entry per line, null for lines that are not headings', () => {
    const found = findHeadings(['一、总体要求', '正文。', '二、主要任务'])
    expect(found.map((h) => h && [h.scheme, h.number, h.level])).toEqual([['cn-dun', 1, 1], null, ['cn-dun', 2, 1]])
  })

  it('requires a new scheme to start at 1', () => {
    expect(findHeadings(['3. 第三项', '4. 第四项'])).toEqual([null, null])
  })
})

describe('leadSentence', () => {
  it('returns the short first sentence when the paragraph goes on', () => {
    expect(leadSentence('打造区域经济中心。大力推动产业结构转型升级。', null)).toBe('打造区域经济中心。')
  })

  it('includes the closing quote after the sentence end', () => {
    expect(leadSentence('他说：“要干。”大家鼓掌。', null)).toBe('他说：“要干。”')
  })

  it('returns null for a one-sentence paragraph', () => {
    expect(leadSentence('目标笃定，使命必达。', null)).toBeNull()
  })

  it('returns null when the first sentence is longer than 40 characters', () => {
    expect(leadSentence(`${'长'.repeat(41)}。后文。`, null)).toBeNull()
  })

  it('returns null when the previous paragraph was cut mid-sentence', () => {
    expect(leadSentence('建设改造升级版。创建示范区。', '全面落实河湖长制，打造')).toBeNull()
    expect(leadSentence('建设改造升级版。创建示范区。', '全面落实河湖长制。')).toBe('建设改造升级版。')
  })
})
