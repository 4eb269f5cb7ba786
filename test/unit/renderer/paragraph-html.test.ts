// @vitest-environment jsdom
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeHtml, paragraphHtml, type HtmlMark } from '../../../src/lib/paragraph-html'
import { washColor } from '../../../src/lib/wash'

const text = '强化科技创新，建设产业转型升级示范区。推行“揭榜挂帅”等制度，<b>&“5G+工业互联网”。'
const lead = '强化科技创新，建设产业转型升级示范区。'
const label = (category: string, quote: string) => `${category}划线：${quote}`

const mark = (id: string, quote: string, color = '#e0a526', extra: Partial<HtmlMark> = {}): HtmlMark => {
  const start = text.indexOf(quote)
  return { id, start, end: start + quote.length, color, category: '重点', text: quote, first: true, ...extra }
}

function parse(html: string): HTMLParagraphElement {
  const p = document.createElement('p')
  p.innerHTML = html
  return p
}

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })
})

describe('paragraphHtml', () => {
  it('draws the lead sentence in bold and nothing else when there is no highlight', () => {
    const p = parse(paragraphHtml({ text, lead, marks: [], theme: 'light', label }))
    expect(p.textContent).toBe(text)
    expect(p.querySelector('.lead')!.textContent).toBe(lead)
    expect(p.querySelector('mark')).toBeNull()
  })

  it('keeps markup-like characters of the text as text', () => {
    const p = parse(paragraphHtml({ text, lead, marks: [mark('a', '<b>&')], theme: 'light', label }))
    expect(p.querySelector('b')).toBeNull()
    expect(p.querySelector('mark')!.textContent).toBe('<b>&')
  })

  it('marks a highlight with its id, its wash and, on its first run, a focus stop with a name', () => {
    const p = parse(paragraphHtml({ text, lead, marks: [mark('a', '建设产业转型升级示范区。推行')], theme: 'light', label }))
    const runs = Array.from(p.querySelectorAll('mark'))
    expect(runs.map((m) => m.textContent)).toEqual(['建设产业转型升级示范区。', '推行'])
    expect(runs.every((m) => m.dataset.highlightId === 'a')).toBe(true)
    expect(runs[0].classList.contains('lead')).toBe(true)
    expect(runs[0].getAttribute('role')).toBe('button')
    expect(runs[0].getAttribute('tabindex')).toBe('0')
    expect(runs[0].getAttribute('aria-label')).toBe('重点划线：建设产业转型升级示范区。推行')
    expect(runs[1].hasAttribute('role')).toBe(false)
    expect(runs[0].style.backgroundColor).not.toBe('')
    expect(p.innerHTML).toContain(washColor('#e0a526', 'light'))
  })

  it('stacks overlapping highlights: both ids on the shared run, the shorter on top', () => {
    const p = parse(
      paragraphHtml({
        text,
        lead,
        marks: [mark('long', '推行“揭榜挂帅”等制度'), mark('short', '“揭榜挂帅”', '#3d7fd9')],
        theme: 'dark',
        label,
      }),
    )
    const shared = Array.from(p.querySelectorAll('mark')).find((m) => m.textContent === '“揭榜挂帅”')!
    expect(shared.dataset.highlightId).toBe('short')
    expect(shared.dataset.highlights).toBe('long short')
    expect(shared.classList.contains('stacked')).toBe(true)
    expect(p.querySelectorAll('[role="button"]')).toHaveLength(2)
  })

  it('marks the open highlight as active', () => {
    const p = parse(paragraphHtml({ text, lead, marks: [mark('a', '推行')], theme: 'sepia', activeId: 'a', label }))
    expect(p.querySelector('mark')!.classList.contains('active')).toBe(true)
  })

  it('gives no focus stop to a highlight whose first range is elsewhere', () => {
    const p = parse(paragraphHtml({ text, lead, marks: [mark('a', '推行', '#e0a526', { first: false })], theme: 'light', label }))
    expect(p.querySelector('mark')!.hasAttribute('tabindex')).toBe(false)
  })

  it('keeps every character of the paragraph, in order, whatever the highlights', () => {
    const range = fc
      .tuple(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 1, max: 20 }))
      .map(([start, length]) => ({ start, end: Math.min(text.length, start + length) }))
    fc.assert(
      fc.property(fc.array(range, { maxLength: 12 }), (ranges) => {
        const marks = ranges.map((r, i) => ({ ...r, id: `m${i}`, color: '#d9534f', category: '金句', text: 'x', first: true }))
        expect(parse(paragraphHtml({ text, lead, marks, theme: 'light', label })).textContent).toBe(text)
      }),
    )
  })
})
