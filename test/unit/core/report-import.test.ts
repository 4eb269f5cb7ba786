import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/core/database'
import { YanduError } from '../../../electron/core/errors'
import { contentHash, importReportText } from '../../../electron/core/report-import'
import { getReportText } from '../../../electron/core/report-queries'
import { seedFile, squeeze } from '../../helpers/temp-dir'

const seed = readFileSync(seedFile, 'utf8')
const count = (db: ReturnType<typeof openDatabase>, table: string) =>
  (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n

describe('importReportText', () => {
  it('imports the seed with its title, six parts and every paragraph', () => {
    const db = openDatabase(':memory:')
    const result = importReportText(db, seed, 'report.txt')
    expect(result).toMatchObject({ title: '今后怎么干？ 六个地方要给力', parts: 6, existing: false })
    expect(result.paragraphs).toBe(count(db, 'paragraphs'))
    expect(squeeze(getReportText(db, result.id))).toBe(squeeze(seed))
  })

  it('numbers paragraphs from 1 within each part', () => {
    const db = openDatabase(':memory:')
    importReportText(db, seed)
    const rows = db.prepare('SELECT part, number FROM paragraphs ORDER BY position').all() as { part: number; number: number }[]
    const byPart = new Map<number, number[]>()
    for (const r of rows) byPart.set(r.part, [...(byPart.get(r.part) ?? []), r.number])
    for (const [, numbers] of byPart) expect(numbers).toEqual(numbers.map((_, i) => i + 1))
    expect([...byPart.keys()]).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('recognises the same content imported twice and writes nothing the second time', () => {
    const db = openDatabase(':memory:')
    const first = importReportText(db, seed)
    const before = count(db, 'paragraphs')
    const second = importReportText(db, seed.replace(/\n/g, '\r\n') + '\n\n')
    expect(second).toMatchObject({ id: first.id, existing: true })
    expect(count(db, 'reports')).toBe(1)
    expect(count(db, 'paragraphs')).toBe(before)
  })

  it('writes nothing when the text cannot be parsed', () => {
    const db = openDatabase(':memory:')
    expect(() => importReportText(db, ' \n\u3000\n')).toThrowError(YanduError)
    expect(count(db, 'reports')).toBe(0)
    expect(count(db, 'editions')).toBe(0)
  })

  it('nests sections under their part and numbers paragraphs across them', () => {
    const db = openDatabase(':memory:')
    const text = '标题\n\n一、总体要求\n\n（一）指导思想\n\n段落一。后文。\n\n（二）目标\n\n段落二。\n\n二、重点任务\n\n段落三。'
    importReportText(db, text)
    const sections = db
      .prepare('SELECT s.level, s.part, p.heading AS parent, s.heading FROM sections s LEFT JOIN sections p ON p.id = s.parent_id ORDER BY s.position')
      .all()
    expect(sections).toEqual([
      { level: 1, part: 1, parent: null, heading: '一、总体要求' },
      { level: 2, part: 1, parent: '一、总体要求', heading: '（一）指导思想' },
      { level: 2, part: 1, parent: '一、总体要求', heading: '（二）目标' },
      { level: 1, part: 2, parent: null, heading: '二、重点任务' },
    ])
    const paragraphs = db.prepare('SELECT part, number, text FROM paragraphs ORDER BY position').all()
    expect(paragraphs).toEqual([
      { part: 1, number: 1, text: '段落一。后文。' },
      { part: 1, number: 2, text: '段落二。' },
      { part: 2, number: 1, text: '段落三。' },
    ])
  })
})

describe('contentHash', () => {
  it('ignores line endings, a BOM and trailing spaces but not the words', () => {
    expect(contentHash('\uFEFF甲\r\n乙  \n')).toBe(contentHash('甲\n乙'))
    expect(contentHash('甲\n乙')).not.toBe(contentHash('甲\n丙'))
  })
})
