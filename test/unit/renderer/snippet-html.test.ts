import { describe, expect, it } from 'vitest'
import { safeSnippetHtml } from '../../../src/lib/snippet-html'

describe('safeSnippetHtml', () => {
  it('keeps a snippet whose only tags are mark', () => {
    const html = '…建设“五好”<mark>园区</mark>，促进&lt;优势&gt;产业集聚…'
    expect(safeSnippetHtml(html)).toBe(html)
  })

  it('keeps escaped text around marks as it is (no double escaping)', () => {
    expect(safeSnippetHtml('a &amp; b <mark>c</mark>')).toBe('a &amp; b <mark>c</mark>')
  })

  it('strips any other tag and escapes what is left', () => {
    expect(safeSnippetHtml('<img src=x onerror=alert(1)><mark>园区</mark>')).toBe('园区')
    expect(safeSnippetHtml('<mark onclick="x()">园区</mark>')).toBe('园区')
    expect(safeSnippetHtml('<script>alert(1)</script>')).toBe('alert(1)')
  })

  it('refuses a stray angle bracket outside a mark tag', () => {
    expect(safeSnippetHtml('a > b <mark>c</mark>')).toBe('a &gt; b c')
  })
})
