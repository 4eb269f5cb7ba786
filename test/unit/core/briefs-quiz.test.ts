// The quiz: the sentence around a highlighted phrase, the blank in its place,
// and the answer key, against the highlights they were made from.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildBriefDocument } from '../../../electron/core/brief-document'
import { createBriefFromHighlights } from '../../../electron/core/brief-store'
import { BLANK, MAX_CONTEXT, blankOut, quizContext } from '../../../electron/core/quiz-blank'
import { renderMarkdown } from '../../../electron/core/render-markdown'
import { sampleQuotes, seededLibrary } from '../../helpers/briefs'

const p1 =
  '强化科技创新，建设产业转型升级示范区。争取国省科技资源共享服务平台布局衡阳，积极推进优势领域共建科创平台。推行“揭榜挂帅”等制度，组建创新联合体、现代产业学院和新型研发机构。'

describe('quizContext', () => {
  it('takes the rest of the sentence on both sides, closing quotes included', () => {
    const start = p1.indexOf('揭榜挂帅')
    expect(quizContext(p1, start, p1, start + 4)).toEqual({ before: '推行“', after: '”等制度，组建创新联合体、现代产业学院和新型研发机构。' })
  })

  it('stops at a semicolon, which ends a clause-sentence in the report', () => {
    const text = '完善就业优先政策；健全就业公共服务体系、劳动关系协调机制；提升就业质量。'
    const start = text.indexOf('公共服务体系')
    expect(quizContext(text, start, text, start + 6)).toEqual({ before: '健全就业', after: '、劳动关系协调机制；' })
  })

  it('uses the next sentence as the cue when the quotation is a whole sentence', () => {
    const context = quizContext(p1, 0, p1, '强化科技创新，建设产业转型升级示范区。'.length)
    expect(context.before).toBe('')
    expect(context.after).toBe('争取国省科技资源共享服务平台布局衡阳，积极推进优势领域共建科创平台。')
  })

  it('uses the previous sentence when a whole last sentence has nothing after it', () => {
    const text = '目标笃定。使命必达。'
    expect(quizContext(text, 5, text, 10)).toEqual({ before: '目标笃定。', after: '' })
  })

  it('joins the first and last paragraphs of a quotation across a break', () => {
    const first = '统筹推进山水林田湖草系统治理，打造'
    const last = '“三江六岸”建设改造升级版，创建生态文明示范区。'
    expect(quizContext(first, first.length - 2, last, 6)).toEqual({
      before: '统筹推进山水林田湖草系统治理，',
      after: '建设改造升级版，创建生态文明示范区。',
    })
  })

  it('keeps the cue next to the blank: the original text holds before + quotation + after, each side short', () => {
    const chars = fc.constantFrom(...'强化科技创新，建设产业。示范区；推行“揭榜挂帅”！a1？、')
    const cases = fc
      .array(chars, { minLength: 1, maxLength: 400 })
      .map((cs) => cs.join(''))
      .chain((text) =>
        fc
          .tuple(fc.nat(text.length - 1), fc.integer({ min: 1, max: 30 }))
          .map(([start, length]) => ({ text, start, end: Math.min(text.length, start + length) })),
      )
    fc.assert(
      fc.property(cases, ({ text, start, end }) => {
        const { before, after } = quizContext(text, start, text, end)
        const plain = (s: string) => s.replace(/^……|……$/g, '')
        expect(text).toContain(plain(before) + text.slice(start, end) + plain(after))
        expect(before.length).toBeLessThanOrEqual(MAX_CONTEXT + 2)
        expect(after.length).toBeLessThanOrEqual(MAX_CONTEXT + 2)
      }),
    )
  })
})

describe('the quiz template', () => {
  it('blanks out every highlight in its sentence and gives it, in order, in the answer key', () => {
    const { db, reportId, highlight } = seededLibrary()
    const highlights = highlight(...sampleQuotes)
    const brief = createBriefFromHighlights(db, { reportId, template: 'quiz' })
    const doc = buildBriefDocument(brief)
    const blanks = doc.nodes.filter((n) => n.kind === 'blank')
    const key = doc.nodes.find((n) => n.kind === 'answers')!.items
    const quotations = brief.blocks.filter((b) => b.kind === 'quotation')
    expect(blanks).toHaveLength(highlights.length)
    expect(key.map((a) => a.number)).toEqual(blanks.map((i) => i.number))
    quotations.forEach((q, i) => {
      expect(blanks[i].text).toBe(blankOut(q))
      expect(blanks[i].text.split(BLANK)).toHaveLength(2)
      expect(key[i].text).toBe(q.text.replace(/\n/g, ''))
      // Put the answer back in the blank: the report's words, in order.
      const h = highlights.find((x) => x.id === q.highlightId)!
      expect(blanks[i].text.replace(BLANK, key[i].text)).toContain(h.text.replace(/\n/g, ''))
      expect(key[i].source).toBe(h.citation.slice(h.text.replace(/\n/g, '').length + 2))
    })
  })

  it('puts the answer key after a heading 答案, after every item', () => {
    const { db, reportId, highlight } = seededLibrary()
    highlight(...sampleQuotes.slice(0, 3))
    const md = renderMarkdown(buildBriefDocument(createBriefFromHighlights(db, { reportId, template: 'quiz' })))
    const key = md.indexOf('## 答案')
    expect(key).toBeGreaterThan(md.lastIndexOf(BLANK))
    expect(md).toContain('1. ______争取国省科技资源共享服务平台布局衡阳')
    expect(md.slice(key)).toContain('2. 揭榜挂帅（《今后怎么干？ 六个地方要给力》，第1部分“强创新”，第1段）')
  })
})
