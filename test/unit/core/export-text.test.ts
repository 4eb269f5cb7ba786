// Markdown and HTML exports: every quotation with its citation under every
// template, nothing loaded from anywhere, every text escaped.
import { describe, expect, it } from 'vitest'
import { addBlock } from '../../../electron/core/brief-blocks'
import { buildBriefDocument } from '../../../electron/core/brief-document'
import { createBrief, createBriefFromHighlights } from '../../../electron/core/brief-store'
import { renderHtml } from '../../../electron/core/render-html'
import { renderMarkdown } from '../../../electron/core/render-markdown'
import type { BriefTemplate } from '../../../electron/core/types'
import { sampleQuotes, seededLibrary } from '../../helpers/briefs'

const templates: BriefTemplate[] = ['outline', 'speech', 'handout', 'quiz']
/** The text of an HTML document as a reader sees it (tags out, entities decoded). */
const visible = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))

function briefWithEverything() {
  const lib = seededLibrary()
  const highlights = lib.highlight(...sampleQuotes)
  let brief = createBriefFromHighlights(lib.db, { reportId: lib.reportId })
  brief = addBlock(lib.db, brief.id, { kind: 'question', text: '怎样理解“揭榜挂帅”？<b>' })
  brief = addBlock(lib.db, brief.id, { kind: 'text', doc: null, text: '导语 & <i>说明</i>' }, 0)
  return { ...lib, highlights, brief }
}

describe('renderMarkdown', () => {
  it.each(templates)('carries every quotation with its citation (%s)', (template) => {
    const { brief, highlights } = briefWithEverything()
    const md = renderMarkdown(buildBriefDocument(brief, template))
    expect(md.startsWith(`# ${brief.title}\n`)).toBe(true)
    for (const h of highlights) {
      const exact = h.text.replace(/\n/g, '')
      if (template === 'quiz') expect(md).toContain(`${exact}${h.citation.slice(exact.length + 2)}`)
      else expect(md).toContain(h.citation)
    }
  })

  it('keeps the block order in the outline, with each run of a category under its name', () => {
    const { brief } = briefWithEverything()
    const md = renderMarkdown(buildBriefDocument(brief))
    const order = ['导语', '## 1 强创新', '### 重点', '“强化科技创新', '“新型研发机构', '### 金句', '“揭榜挂帅', '### 数据', '## 4 加快', '**思考题 1.**']
    const at = order.map((s) => md.indexOf(s))
    expect(at.every((n) => n >= 0)).toBe(true)
    expect(at).toEqual([...at].sort((a, b) => a - b))
  })

  it('escapes markup in what the user wrote', () => {
    const { brief } = briefWithEverything()
    const md = renderMarkdown(buildBriefDocument(brief, 'handout'))
    expect(md).toContain('导语 & \\<i\\>说明\\</i\\>')
    expect(md).not.toContain('<script>')
  })
})

describe('renderHtml', () => {
  it.each(templates)('carries every quotation with its citation (%s)', (template) => {
    const { brief, highlights } = briefWithEverything()
    const text = visible(renderHtml(buildBriefDocument(brief, template)))
    expect(text).toContain(brief.title)
    for (const h of highlights) {
      const exact = h.text.replace(/\n/g, '')
      expect(text).toContain(template === 'quiz' ? `${exact}${h.citation.slice(exact.length + 2)}` : h.citation)
    }
  })

  it('loads nothing: no URL in any src or href, no script, a CSP of none', () => {
    const { brief } = briefWithEverything()
    for (const template of templates) {
      const html = renderHtml(buildBriefDocument(brief, template))
      expect(html).not.toMatch(/\b(src|href)\s*=/i)
      expect(html).not.toMatch(/https?:|\/\/[a-z]/i)
      expect(html).not.toMatch(/url\(|@import/i)
      expect(html).not.toMatch(/<script/i)
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`)
    }
  })

  it('escapes every text: a comment holding <script> stays text', () => {
    const { brief } = briefWithEverything()
    const html = renderHtml(buildBriefDocument(brief))
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;')
    expect(html).toContain('导语 &#38; &#60;i&#62;说明&#60;/i&#62;')
    expect(html).toContain('怎样理解“揭榜挂帅”？&#60;b&#62;')
  })

  it('prints on A4 with the official margins and puts the answer key on a page of its own', () => {
    const { brief } = briefWithEverything()
    const html = renderHtml(buildBriefDocument(brief, 'quiz'))
    expect(html).toMatch(/@page \{\s*size: A4;\s*margin: 37mm 26mm 35mm 28mm;/)
    expect(html).toMatch(/\.answers \{ break-before: page; page-break-before: always; \}/)
    expect(html).toMatch(/<section class="answers"><h2>答案<\/h2>/)
    expect(html.indexOf('class="answers"')).toBeGreaterThan(html.lastIndexOf('______'))
  })
})

describe('an empty brief', () => {
  it.each(templates)('exports as its title alone (%s)', (template) => {
    const { db } = seededLibrary()
    const brief = createBrief(db, { title: '空白材料', template })
    const doc = buildBriefDocument(brief)
    expect(doc.nodes).toEqual([])
    expect(renderMarkdown(doc)).toBe('# 空白材料\n')
    expect(visible(renderHtml(doc))).toContain('空白材料')
    expect(renderHtml(doc)).not.toContain('答案')
  })
})
