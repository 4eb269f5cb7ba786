// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import {
  paragraphElements,
  placeCaret,
  rangesBetween,
  selectionRanges,
  textPointOf,
} from '../../../src/composables/useTextSelection'

const paragraphs = [
  { id: 11, text: '强化科技创新，建设产业转型升级示范区。争取国省科技资源共享服务平台布局衡阳。' },
  { id: 12, text: '强化产业创新，建设先进制造业示范区。' },
  { id: 13, text: '　灵活运用政银企合作。 ' },
]

describe('rangesBetween', () => {
  it('gives one range inside a paragraph', () => {
    expect(rangesBetween(paragraphs, { index: 0, offset: 0 }, { index: 0, offset: 19 })).toEqual([
      { paragraphId: 11, start: 0, end: 19 },
    ])
  })

  it('gives the same ranges for a backward selection', () => {
    expect(rangesBetween(paragraphs, { index: 1, offset: 4 }, { index: 0, offset: 30 })).toEqual(
      rangesBetween(paragraphs, { index: 0, offset: 30 }, { index: 1, offset: 4 }),
    )
  })

  it('gives one range per paragraph across paragraphs, the middle ones whole', () => {
    expect(rangesBetween(paragraphs, { index: 0, offset: 30 }, { index: 2, offset: 5 })).toEqual([
      { paragraphId: 11, start: 30, end: paragraphs[0].text.length },
      { paragraphId: 12, start: 0, end: paragraphs[1].text.length },
      { paragraphId: 13, start: 1, end: 5 },
    ])
  })

  it('clamps offsets beyond the text and past the last paragraph', () => {
    expect(rangesBetween(paragraphs, { index: 2, offset: -4 }, { index: 3, offset: 0 })).toEqual([
      { paragraphId: 13, start: 1, end: 11 },
    ])
  })

  it('trims white space (including the ideographic space) at both ends', () => {
    expect(rangesBetween(paragraphs, { index: 2, offset: 0 }, { index: 2, offset: 13 })).toEqual([
      { paragraphId: 13, start: 1, end: 11 },
    ])
  })

  it('gives nothing for an empty selection or one of white space only', () => {
    expect(rangesBetween(paragraphs, { index: 1, offset: 3 }, { index: 1, offset: 3 })).toEqual([])
    expect(rangesBetween(paragraphs, { index: 2, offset: 0 }, { index: 2, offset: 1 })).toEqual([])
  })

  it('gives nothing between two places before the same paragraph (a heading)', () => {
    expect(rangesBetween(paragraphs, { index: 1, offset: 0 }, { index: 1, offset: 0 })).toEqual([])
  })
})

/** A page like the reader's: headings, paragraphs split into lead, marks and text. */
function page(): HTMLElement {
  document.body.innerHTML = `
    <main><article>
      <header><h1>今后怎么干？</h1></header>
      <h2 id="h1"><span class="num">1 </span>强创新</h2>
      <p data-paragraph-id="11"><span class="lead">强化科技创新，</span><mark data-highlight-id="a">建设产业</mark>转型升级示范区。争取国省科技资源</p>
      <h2 id="h2">2 强开放</h2>
      <p data-paragraph-id="12"><span class="lead">强化产业创新，</span>建设先进制造业示范区。</p>
    </article><aside id="notes">笔记</aside></main>`
  return document.querySelector('article')!
}

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Selection {
  const range = document.createRange()
  range.setStart(startNode, startOffset)
  range.setEnd(endNode, endOffset)
  const selection = document.getSelection()!
  selection.removeAllRanges()
  selection.addRange(range)
  return selection
}

describe('textPointOf', () => {
  it('counts the characters before a point inside a paragraph, across its elements', () => {
    const article = page()
    const mark = article.querySelector('mark')!.firstChild!
    expect(textPointOf(paragraphElements(article), mark, 2)).toEqual({ index: 0, offset: 9 })
  })

  it('puts a point in a heading at the start of the next paragraph', () => {
    const article = page()
    const heading = document.getElementById('h2')!.firstChild!
    expect(textPointOf(paragraphElements(article), heading, 1)).toEqual({ index: 1, offset: 0 })
  })

  it('puts a point after the last paragraph past the end', () => {
    const article = page()
    expect(textPointOf(paragraphElements(article), document.getElementById('notes')!, 0)).toEqual({ index: 2, offset: 0 })
  })
})

describe('selectionRanges', () => {
  it('maps a selection inside a paragraph to UTF-16 offsets of its text', () => {
    const article = page()
    const p = article.querySelector('[data-paragraph-id="11"]')!
    const selection = select(p.querySelector('.lead')!.firstChild!, 0, p.querySelector('mark')!.firstChild!, 4)
    expect(selectionRanges(selection, article)).toEqual([{ paragraphId: 11, start: 0, end: 11 }])
  })

  it('maps a selection across paragraphs (and a heading) to one range per paragraph', () => {
    const article = page()
    const first = article.querySelector('[data-paragraph-id="11"]')!
    const second = article.querySelector('[data-paragraph-id="12"] .lead')!
    const selection = select(first.lastChild!, 2, second.firstChild!, 4)
    expect(selectionRanges(selection, article)).toEqual([
      { paragraphId: 11, start: 13, end: first.textContent!.length },
      { paragraphId: 12, start: 0, end: 4 },
    ])
  })

  it('ignores the title and headings: a selection of only a heading gives nothing', () => {
    const article = page()
    const heading = document.getElementById('h1')!
    const selection = select(heading, 0, heading, heading.childNodes.length)
    expect(selectionRanges(selection, article)).toEqual([])
  })

  it('clamps a selection that runs out of the article into the notes', () => {
    const article = page()
    const p = article.querySelector('[data-paragraph-id="12"]')!
    const selection = select(p.lastChild!, 2, document.getElementById('notes')!.firstChild!, 1)
    expect(selectionRanges(selection, article)).toEqual([{ paragraphId: 12, start: 9, end: p.textContent!.length }])
  })

  it('gives nothing for a collapsed selection or none', () => {
    const article = page()
    const p = article.querySelector('[data-paragraph-id="12"]')!
    expect(selectionRanges(select(p.lastChild!, 2, p.lastChild!, 2), article)).toEqual([])
    document.getSelection()!.removeAllRanges()
    expect(selectionRanges(document.getSelection(), article)).toEqual([])
  })
})

describe('placeCaret', () => {
  it('puts a collapsed selection at a text offset of a paragraph', () => {
    const article = page()
    const p = article.querySelector('[data-paragraph-id="11"]')!
    placeCaret(p, 9)
    const selection = document.getSelection()!
    expect(selection.isCollapsed).toBe(true)
    expect(textPointOf(paragraphElements(article), selection.anchorNode!, selection.anchorOffset)).toEqual({ index: 0, offset: 9 })
  })
})
