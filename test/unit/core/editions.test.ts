import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findCategory } from '../../../electron/core/categories'
import { openDatabase } from '../../../electron/core/database'
import { loadEditionText, newestEdition } from '../../../electron/core/edition-text'
import { importEditionText as importEdition } from '../../../electron/core/editions'
import { findQuote } from '../../../electron/core/find-quote'
import {
  acceptHighlight,
  createHighlight,
  deleteHighlight,
  listHighlights,
  placeHighlight,
  restoreHighlight,
} from '../../../electron/core/highlights'
import { importReportText } from '../../../electron/core/report-import'
import { getReader, getReportText, listReports } from '../../../electron/core/report-queries'
import { getSectionNote, saveSectionNote } from '../../../electron/core/section-notes'
import { seedFile, squeeze } from '../../helpers/temp-dir'

const seed = readFileSync(seedFile, 'utf8')

function library() {
  const db = openDatabase(':memory:')
  const { id } = importReportText(db, seed)
  const categoryId = findCategory(db, '重点').id
  const highlight = (quote: string) => {
    const text = loadEditionText(db, newestEdition(db, id).id)
    const ranges = findQuote(text.texts, quote)!.map((r) => ({ paragraphId: text.paragraphs[r.index].id, start: r.start, end: r.end }))
    return createHighlight(db, { reportId: id, ranges, categoryId })
  }
  return { db, id, highlight }
}

// A revision: a new paragraph opens part 1, words are added early in part 1's
// second paragraph, a sentence of part 2 is reworded, a sentence of part 6 is
// cut, and part 4's last paragraph moves to part 5.
const part4Last = seed.split('\n').find((l) => l.startsWith('打造区域医疗中心。'))!
const revised = seed
  .replace('强化科技创新，建设产业转型升级示范区。', '坚持创新驱动，全面塑造发展新优势。\n\n强化科技创新，建设产业转型升级示范区。')
  .replace('高效集约开行中欧、中亚班列', '高效集约开行中欧、中亚国际班列')
  .replace('推进衡州大道数字经济走廊', '全力推进衡州大道数字经济走廊')
  .replace('严厉打击各类违法犯罪行为，常态化开展扫黑除恶斗争，', '')
  .replace(part4Last + '\n', '')
  .replace('全力促进就业增收。', part4Last + '\n\n全力促进就业增收。')

describe('importEdition', () => {
  it('carries every highlight over and says how each landed', () => {
    const { db, id, highlight } = library()
    const exact = highlight('争取国省科技资源共享服务平台布局衡阳')
    const approximate = highlight('高效集约开行中欧、中亚班列，加快湘粤非铁海联运通道建设')
    const orphan = highlight('常态化开展扫黑除恶斗争')
    const carried = highlight('建设大湘南区域医疗卫生中心')
    const moved = highlight('加快布局人工智能、移动互联网等新兴产业')
    const outcome = importEdition(db, id, revised, 'revised.txt')
    expect(outcome).toMatchObject({ id, edition: 2, exact: 2, moved: 1, approximate: 1, orphaned: 1, existing: false })
    const byId = new Map(listHighlights(db, id).map((h) => [h.id, h]))
    expect(byId.get(exact.id)).toMatchObject({ state: 'exact', part: 1, paragraph: 2 })
    expect(byId.get(approximate.id)).toMatchObject({ state: 'approximate', text: expect.stringContaining('国际班列') })
    expect(byId.get(orphan.id)).toMatchObject({ state: 'orphaned', text: '常态化开展扫黑除恶斗争', ranges: [] })
    // Its paragraph moved to part 5, but the text is at its old offsets in it.
    expect(byId.get(carried.id)).toMatchObject({ state: 'exact', part: 5, paragraph: 1 })
    expect(byId.get(moved.id)).toMatchObject({ state: 'moved', part: 1, paragraph: 3, text: '加快布局人工智能、移动互联网等新兴产业' })
  })

  it('keeps the old edition readable and shows the new one', () => {
    const { db, id } = library()
    importEdition(db, id, revised)
    expect(squeeze(getReportText(db, id))).toBe(squeeze(revised))
    expect(listReports(db)[0].editions).toBe(2)
    expect(getReader(db, id).edition).toBe(2)
  })

  it('moves each section note to the same section of the new edition', () => {
    const { db, id } = library()
    const part3 = getReader(db, id).sections.find((s) => s.part === 3)!
    const doc = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: '讨论' }] }] }
    saveSectionNote(db, part3.id, doc, '讨论')
    expect(importEdition(db, id, revised).notesUnplaced).toBe(0)
    const newPart3 = getReader(db, id).sections.find((s) => s.part === 3)!
    expect(newPart3.id).not.toBe(part3.id)
    expect(getSectionNote(db, newPart3.id)?.text).toBe('讨论')
  })

  it('carries highlights in the trash too, so a restore lands on the new edition', () => {
    const { db, id, highlight } = library()
    const h = highlight('争取国省科技资源共享服务平台布局衡阳')
    deleteHighlight(db, h.id)
    importEdition(db, id, revised)
    expect(restoreHighlight(db, h.id)).toMatchObject({ state: 'exact', paragraph: 2 })
  })

  it('writes nothing for the same text again, or a text that cannot be parsed', () => {
    const { db, id } = library()
    expect(importEdition(db, id, seed)).toMatchObject({ existing: true, edition: 1 })
    expect(() => importEdition(db, id, '   ')).toThrowError(expect.objectContaining({ code: 'empty-report' }))
    expect(listReports(db)[0].editions).toBe(1)
  })
})

describe('reviewing carried highlights', () => {
  it('accepts an approximate landing and places an orphan by hand', () => {
    const { db, id, highlight } = library()
    const approximate = highlight('高效集约开行中欧、中亚班列，加快湘粤非铁海联运通道建设')
    const orphan = highlight('常态化开展扫黑除恶斗争')
    importEdition(db, id, revised)
    expect(acceptHighlight(db, approximate.id).state).toBe('exact')
    expect(acceptHighlight(db, orphan.id).state).toBe('orphaned')
    const text = loadEditionText(db, newestEdition(db, id).id)
    const [range] = findQuote(text.texts, '坚决打好禁毒攻坚战')!
    const placed = placeHighlight(db, orphan.id, [{ paragraphId: text.paragraphs[range.index].id, start: range.start, end: range.end }])
    expect(placed).toMatchObject({ id: orphan.id, state: 'exact', text: '坚决打好禁毒攻坚战' })
  })
})
