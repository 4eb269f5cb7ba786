import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { containsAll, escapeHtml, foldCase, queryTerms, searchSnippet } from '../../../electron/core/search-snippet'

const unescape = (html: string) =>
  html.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!)
const plain = (html: string) => unescape(html.replace(/<\/?mark>/g, ''))

describe('queryTerms', () => {
  it('splits on any whitespace, the ideographic space included, and drops repeats', () => {
    const words = (query: string) => queryTerms(query)
    expect(words(' 园区\u3000产业  园区\t5G ')).toEqual(['园区', '产业', '5G'])
    expect(words('   ')).toEqual([])
  })
})

describe('foldCase', () => {
  it('lower-cases without changing the length', () => {
    expect(foldCase('REITs 试点')).toBe('reits 试点')
    expect(foldCase('İstanbul ÀB')).toHaveLength('İstanbul ÀB'.length)
    expect(foldCase('İstanbul ÀB')).toBe('İstanbul àb')
  })
})

describe('escapeHtml', () => {
  it('escapes the five characters that matter in HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
  })
})

describe('containsAll', () => {
  it('is true only when every term occurs, ignoring case', () => {
    expect(containsAll('基础设施REITs试点', ['reits', '试点'])).toBe(true)
    expect(containsAll('基础设施REITs试点', ['reits', '园区'])).toBe(false)
  })
})

describe('searchSnippet', () => {
  const text = '一二三四五六七八九十'.repeat(6) + '园区' + '甲乙丙丁戊己庚辛壬癸'.repeat(6)

  it('shows about 30 characters each side of the match, with ellipses where it cuts', () => {
    const snippet = searchSnippet(text, ['园区'])!
    expect(snippet).toBe(`…${'一二三四五六七八九十'.repeat(3)}<mark>园区</mark>${'甲乙丙丁戊己庚辛壬癸'.repeat(3)}…`)
  })

  it('marks every occurrence inside the window and leaves the ends uncut when the text is short', () => {
    expect(searchSnippet('园区，园区和园区', ['园区'])).toBe('<mark>园区</mark>，<mark>园区</mark>和<mark>园区</mark>')
  })

  it('merges overlapping occurrences into one mark', () => {
    expect(searchSnippet('啊啊啊', ['啊啊'])).toBe('<mark>啊啊啊</mark>')
  })

  it('ignores Latin case and keeps the text as written', () => {
    expect(searchSnippet('基础设施REITs试点', ['reits'])).toBe('基础设施<mark>REITs</mark>试点')
  })

  it('escapes the text around the match and the match itself', () => {
    const html = searchSnippet('注意<script>alert("x")</script> & 园区 <b>', ['<script>'])!
    expect(html).toBe('注意<mark>&lt;script&gt;</mark>alert(&quot;x&quot;)&lt;/script&gt; &amp; 园区 &lt;b&gt;')
    expect(searchSnippet('甲 & 乙', ['&'])).toBe('甲 <mark>&amp;</mark> 乙')
  })

  it('shows runs of whitespace as one space', () => {
    expect(searchSnippet('第一行\n\n  第二行园区', ['园区'])).toBe('第一行 第二行<mark>园区</mark>')
  })

  it('does not cut a character outside the basic plane in half', () => {
    const snippet = searchSnippet('𠀀'.repeat(40) + '园区' + '𠀀'.repeat(40), ['园区'])!
    expect(snippet).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
  })

  it('returns null when no term occurs, or with requireAll when one is missing', () => {
    expect(searchSnippet(text, ['衡阳'])).toBeNull()
    expect(searchSnippet(text, ['园区', '衡阳'])).toContain('<mark>园区</mark>')
    expect(searchSnippet(text, ['园区', '衡阳'], { requireAll: true })).toBeNull()
  })

  it('always holds the query, and no markup but <mark>, for any text and substring (property)', () => {
    const chars = fc.constantFrom(...'园区<>&"\' aA衡\n𠀀'.split(''), '𠀀')
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 120 }), fc.nat(), fc.integer({ min: 1, max: 6 }), (list, at, length) => {
        const source = list.join('')
        const from = at % list.length
        const query = list.slice(from, from + length).join('')
        fc.pre(!/\s/.test(query))
        const html = searchSnippet(source, [query])!
        return (
          plain(html).replace(/^…|…$/g, '').toLowerCase().includes(query.toLowerCase()) &&
          html.includes('<mark>') &&
          html.replace(/<\/?mark>/g, '').indexOf('<') === -1 &&
          html.replace(/<\/?mark>/g, '').indexOf('>') === -1
        )
      }),
    )
  })
})
