import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findCategory } from '../../../electron/core/categories'
import { openDatabase } from '../../../electron/core/database'
import { loadEditionText, newestEdition } from '../../../electron/core/edition-text'
import { findQuote } from '../../../electron/core/find-quote'
import {
  createHighlight,
  createHighlights,
  deleteHighlight,
  getHighlight,
  listHighlights,
  restoreHighlight,
  updateHighlight,
} from '../../../electron/core/highlights'
import { importReportText } from '../../../electron/core/report-import'
import { getReader, listReports } from '../../../electron/core/report-queries'
import { seedFile } from '../../helpers/temp-dir'

const seed = readFileSync(seedFile, 'utf8')

function setup() {
  const db = openDatabase(':memory:')
  const { id: reportId } = importReportText(db, seed)
  const text = loadEditionText(db, newestEdition(db, reportId).id)
  const rangesOf = (quote: string, occurrence = 1) =>
    findQuote(text.texts, quote, { occurrence })!.map((r) => ({ paragraphId: text.paragraphs[r.index].id, start: r.start, end: r.end }))
  const key = findCategory(db, '重点').id
  return { db, reportId, rangesOf, key }
}

describe('createHighlight', () => {
  it('stores a highlight that resolves exactly, with its citation', () => {
    const { db, reportId, rangesOf, key } = setup()
    const h = createHighlight(db, { reportId, ranges: rangesOf('强化科技创新，建设产业转型升级示范区。'), categoryId: key, tags: ['总纲', '#发言', '总纲'] })
    expect(h).toMatchObject({
      state: 'exact',
      text: '强化科技创新，建设产业转型升级示范区。',
      part: 1,
      paragraph: 1,
      tags: ['发言', '总纲'],
      category: { name: '重点' },
      citation: '“强化科技创新，建设产业转型升级示范区。”（《今后怎么干？ 六个地方要给力》，第1部分“强创新”，第1段）',
    })
    expect(h.id).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('makes one highlight of a selection across paragraphs', () => {
    const { db, reportId, rangesOf, key } = setup()
    const h = createHighlight(db, { reportId, ranges: rangesOf('打造“三江六岸”'), categoryId: key })
    expect(h.ranges).toHaveLength(2)
    expect(h.text).toBe('打造\n“三江六岸”')
    expect(h.citation).toContain('第5部分“全面提升公共服务供给水平”，第4—5段')
  })

  it('allows overlapping highlights', () => {
    const { db, reportId, rangesOf, key } = setup()
    createHighlight(db, { reportId, ranges: rangesOf('强化科技创新'), categoryId: key })
    createHighlight(db, { reportId, ranges: rangesOf('科技创新，建设'), categoryId: findCategory(db, '金句').id })
    expect(listHighlights(db, reportId).map((h) => h.text)).toEqual(['强化科技创新', '科技创新，建设'])
  })

  it('refuses an empty selection or a range outside its paragraph, writing nothing', () => {
    const { db, reportId, rangesOf, key } = setup()
    const [range] = rangesOf('强化科技创新')
    expect(() => createHighlight(db, { reportId, ranges: [{ ...range, end: range.start }], categoryId: key })).toThrowError(
      expect.objectContaining({ code: 'empty-selection' }),
    )
    expect(() => createHighlight(db, { reportId, ranges: [{ ...range, end: 99_999 }], categoryId: key })).toThrowError(
      expect.objectContaining({ code: 'bad-range' }),
    )
    expect(listHighlights(db, reportId)).toEqual([])
  })
})

describe('createHighlights', () => {
  it('writes all or nothing', () => {
    const { db, reportId, rangesOf, key } = setup()
    const good = { reportId, ranges: rangesOf('强化科技创新'), categoryId: key }
    expect(() => createHighlights(db, [good, { ...good, ranges: [{ paragraphId: 1, start: 5, end: 5 }] }])).toThrow()
    expect(listHighlights(db, reportId)).toEqual([])
    expect(createHighlights(db, [good, good])).toHaveLength(2)
  })
})

describe('listHighlights', () => {
  it('orders by place in the report and counts them per part in the reader', () => {
    const { db, reportId, rangesOf, key } = setup()
    createHighlight(db, { reportId, ranges: rangesOf('持续推进民主政治建设。'), categoryId: key })
    createHighlight(db, { reportId, ranges: rangesOf('强化金融创新'), categoryId: key })
    expect(listHighlights(db, reportId).map((h) => h.part)).toEqual([1, 6])
    const sections = getReader(db, reportId).sections
    expect(sections.find((s) => s.part === 1)!.highlights).toBe(1)
    expect(sections.find((s) => s.part === 6)!.highlights).toBe(1)
    expect(listReports(db)[0].highlights).toBe(2)
  })
})

describe('updateHighlight', () => {
  it('recolours, retags and comments', () => {
    const { db, reportId, rangesOf, key } = setup()
    const h = createHighlight(db, { reportId, ranges: rangesOf('揭榜挂帅'), categoryId: key })
    const doc = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: '重要提法' }] }] }
    const changed = updateHighlight(db, h.id, { categoryId: findCategory(db, '金句').id, tags: ['提法'], comment: '重要提法', commentDoc: doc })
    expect(changed).toMatchObject({ category: { name: '金句' }, tags: ['提法'], comment: '重要提法', commentDoc: doc })
  })

  it('throws highlight-not-found for an id that does not exist', () => {
    const { db } = setup()
    expect(() => updateHighlight(db, '00000000-0000-4000-8000-000000000000', { tags: [] })).toThrowError(
      expect.objectContaining({ code: 'highlight-not-found' }),
    )
  })
})

describe('deleteHighlight and restoreHighlight', () => {
  it('moves a highlight to the trash and back, keeping its id and comment', () => {
    const { db, reportId, rangesOf, key } = setup()
    const h = createHighlight(db, { reportId, ranges: rangesOf('揭榜挂帅'), categoryId: key, comment: '留意' })
    deleteHighlight(db, h.id)
    expect(listHighlights(db, reportId)).toEqual([])
    expect(listHighlights(db, reportId, { deleted: true }).map((x) => x.id)).toEqual([h.id])
    restoreHighlight(db, h.id)
    expect(getHighlight(db, h.id)).toMatchObject({ id: h.id, comment: '留意', deletedAt: null, state: 'exact' })
  })
})
