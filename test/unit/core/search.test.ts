import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findCategory } from '../../../electron/core/categories'
import { openDatabase, type Db } from '../../../electron/core/database'
import { loadEditionText, newestEdition } from '../../../electron/core/edition-text'
import { importEditionText } from '../../../electron/core/editions'
import { findQuote } from '../../../electron/core/find-quote'
import { createHighlight, createHighlights, deleteHighlight, restoreHighlight, updateHighlight } from '../../../electron/core/highlights'
import { migrations } from '../../../electron/core/migrations/index'
import { importReportText } from '../../../electron/core/report-import'
import { getReader } from '../../../electron/core/report-queries'
import { defaultSearchLimit, search } from '../../../electron/core/search'
import { saveSectionNote } from '../../../electron/core/section-notes'
import { YanduError } from '../../../electron/core/errors'
import { reportOfSize } from '../../../bench/generate-report'
import { seedFile, tempDir } from '../../helpers/temp-dir'

const seed = readFileSync(seedFile, 'utf8')
const unmarked = (snippet: string) => snippet.replace(/<\/?mark>/g, '')

function library(text = seed) {
  const db = openDatabase(':memory:')
  const { id } = importReportText(db, text)
  return { db, id }
}

/** The stored blocks of a report's newest edition: what search may find. */
function blocks(db: Db, reportId: number) {
  return getReader(db, reportId).blocks
}

function highlight(db: Db, reportId: number, quote: string, comment = '') {
  const text = loadEditionText(db, newestEdition(db, reportId).id)
  const ranges = findQuote(text.texts, quote)!.map((r) => ({ paragraphId: text.paragraphs[r.index].id, start: r.start, end: r.end }))
  return createHighlight(db, { reportId, ranges, categoryId: findCategory(db, '重点').id, comment })
}

/** Every block holding `query` is a text hit, and every text hit holds it. */
function expectTextHitsMatch(db: Db, reportId: number, query: string) {
  const expected = blocks(db, reportId)
    .filter((b) => b.text.includes(query))
    .map((b) => (b.kind === 'paragraph' ? `p${b.id}` : `s${b.id}`))
  const found = search(db, query, { limit: 1000 })
    .filter((h) => h.kind === 'text')
    .map((h) => (h.paragraphId === null ? `s${h.sectionId}` : `p${h.paragraphId}`))
  expect(found).toEqual(expected)
  return found.length
}

describe('search', () => {
  it('returns nothing for an empty or blank query', () => {
    const { db } = library()
    expect(search(db, '')).toEqual([])
    expect(search(db, '  \u3000 ')).toEqual([])
  })

  it('finds one-, two- and three-or-more-character queries in every paragraph that holds them', () => {
    const { db, id } = library()
    expect(expectTextHitsMatch(db, id, '衡')).toBeGreaterThan(5)
    expect(expectTextHitsMatch(db, id, '园区')).toBe(2)
    expect(expectTextHitsMatch(db, id, '产业转型升级')).toBe(2)
    expect(expectTextHitsMatch(db, id, '不在报告里的话')).toBe(0)
  })

  it('finds the same on a report large enough that most rows sit in the FTS tables, the rest waiting', () => {
    const { db, id } = library(reportOfSize(seed, 200 * 1024))
    expect(db.prepare('SELECT count(*) AS n FROM search_pending').get()).not.toEqual({ n: 0 })
    db.transaction(() => {
      for (const query of ['衡', '园区', '产业转型升级', '5G']) expectTextHitsMatch(db, id, query)
    })()
    for (const query of ['衡', '园区', '产业转型升级', '5G']) expectTextHitsMatch(db, id, query)
    expect(db.prepare('SELECT count(*) AS n FROM search_pending').get()).toEqual({ n: 0 })
  })

  it('finds headings as text hits with paragraph 0', () => {
    const { db } = library()
    const [hit] = search(db, '强创新')
    expect(hit).toMatchObject({ kind: 'text', part: 1, paragraph: 0, paragraphId: null })
    expect(unmarked(hit.snippet)).toBe('1 强创新，建设更高水平的国家创新型城市')
  })

  it('requires every whitespace-separated term and ignores Latin case', () => {
    const { db } = library()
    const both = search(db, '衡阳 枢纽')
    expect(both.map((h) => [h.part, h.paragraph])).toEqual([[3, 3]])
    expect(both[0].snippet).toContain('<mark>衡阳</mark>铁路<mark>枢纽</mark>')
    expect(search(db, 'reits').map((h) => unmarked(h.snippet))).toEqual([expect.stringContaining('REITs')])
    expect(search(db, '5g')[0].snippet).toContain('<mark>5G</mark>')
  })

  it('orders hits by report, then reading order, and keeps the first `limit`', () => {
    const { db } = library()
    importReportText(db, seed.replace('今后怎么干', '第二份'))
    const hits = search(db, '衡')
    const order = hits.map((h) => [h.report, h.part, h.paragraph])
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]))
    expect(new Set(hits.map((h) => h.report)).size).toBe(2)
    expect(search(db, '衡', { limit: 3 })).toEqual(hits.slice(0, 3))
    expect(defaultSearchLimit).toBe(200)
  })

  it('keeps to one report with reportId, and refuses one that does not exist', () => {
    const { db, id } = library()
    const other = importReportText(db, seed.replace('今后怎么干', '第二份')).id
    expect(search(db, '园区', { reportId: other }).map((h) => h.report)).toEqual([other, other])
    expect(search(db, '产业转型升级', { reportId: id }).every((h) => h.report === id)).toBe(true)
    expect(() => search(db, '园区', { reportId: 987654 })).toThrowError(YanduError)
  })

  it('finds nothing in a report in the trash', () => {
    const { db, id } = library()
    db.prepare("UPDATE reports SET deleted_at = '2024-01-01T00:00:00Z' WHERE id = ?").run(id)
    expect(search(db, '衡')).toEqual([])
    expect(search(db, '产业转型升级')).toEqual([])
    db.prepare('UPDATE reports SET deleted_at = NULL WHERE id = ?').run(id)
    expect(search(db, '产业转型升级')).toHaveLength(2)
  })

  it('searches only the newest edition', () => {
    const { db, id } = library()
    importEditionText(db, id, seed.replace('揭榜挂帅', '赛马争先'))
    expect(search(db, '揭榜挂帅')).toEqual([])
    const [hit] = search(db, '赛马争先')
    expect(hit).toMatchObject({ report: id, editionId: newestEdition(db, id).id, part: 1, paragraph: 1 })
  })

  it.each(['"', '*', 'OR', '(', ')', '"园区', '园区*', 'OR 园区', 'NEAR(园区 衡阳)', '^衡', 'text:园区', '-', '""""'])(
    'treats FTS5 syntax as text: %s',
    (query) => {
      const { db } = library()
      expect(() => search(db, query)).not.toThrow()
    },
  )

  it('finds the FTS5 syntax characters themselves', () => {
    const { db } = library('报告\n\n1 部分\n\n他说“(OR)”和 a*b 以及 "quoted" 的话。\n')
    expect(search(db, '(OR)')).toHaveLength(1)
    expect(search(db, '*')).toHaveLength(1)
    expect(search(db, '"quoted"')).toHaveLength(1)
  })
})

describe('search kinds', () => {
  it('reports a highlight by its text and by its comment, with its id and place', () => {
    const { db, id } = library()
    const h = highlight(db, id, '建设“五好”园区', '这一条讲开发区整合')
    const byComment = search(db, '开发区整合')
    expect(byComment).toEqual([
      expect.objectContaining({ kind: 'highlight', highlightId: h.id, part: 3, paragraph: 2, paragraphId: h.ranges[0].paragraphId }),
    ])
    expect(byComment[0].snippet).toBe('这一条讲<mark>开发区整合</mark>')
    const byText = search(db, '五好').map((x) => x.kind)
    expect(byText).toEqual(['text', 'highlight'])
  })

  it('reports a section note as a note hit on its section', () => {
    const { db, id } = library()
    const section = getReader(db, id).sections[1]
    saveSectionNote(db, section.id, { type: 'doc' }, '讨论：开放通道怎么建\n第二行')
    const hits = search(db, '开放通道')
    const note = hits.find((x) => x.kind === 'note')!
    expect(note).toMatchObject({ report: id, part: 2, paragraph: 0, paragraphId: null, sectionId: section.id })
    expect(note.snippet).toBe('讨论：<mark>开放通道</mark>怎么建 第二行')
    expect(hits.map((x) => x.kind)).toEqual(['note', 'text'])
  })
})

describe('search index in step', () => {
  it('follows a note as it is edited and deleted', () => {
    const { db, id } = library()
    const section = getReader(db, id).sections[0]
    saveSectionNote(db, section.id, { type: 'doc' }, '第一稿：甲乙丙')
    expect(search(db, '甲乙丙')).toHaveLength(1)
    saveSectionNote(db, section.id, { type: 'doc' }, '第二稿：丁戊己')
    expect(search(db, '甲乙丙')).toEqual([])
    expect(search(db, '丁戊')).toHaveLength(1)
    db.prepare("UPDATE notes SET deleted_at = '2024-01-01' WHERE section_id = ?").run(section.id)
    expect(search(db, '丁戊己')).toEqual([])
  })

  it('follows a highlight through a comment change, the trash and back', () => {
    const { db, id } = library()
    const h = highlight(db, id, '强化金融创新', '旧评语')
    updateHighlight(db, h.id, { comment: '新评语' })
    expect(search(db, '旧评语')).toEqual([])
    expect(search(db, '新评语')).toHaveLength(1)
    deleteHighlight(db, h.id)
    expect(search(db, '新评语')).toEqual([])
    expect(search(db, '强化金融创新').map((x) => x.kind)).toEqual(['text'])
    restoreHighlight(db, h.id)
    expect(search(db, '新评语').map((x) => x.highlightId)).toEqual([h.id])
  })

  it('gives the same hits before and after the changed notes and highlights are re-indexed', () => {
    const { db, id } = library()
    const text = loadEditionText(db, newestEdition(db, id).id)
    const key = findCategory(db, '重点').id
    const paragraphs = text.paragraphs.filter((p) => p.text.length > 20)
    const items = paragraphs.flatMap((p) =>
      Array.from({ length: 12 }, (_, i) => ({
        reportId: id,
        ranges: [{ paragraphId: p.id, start: i, end: i + 4 }],
        categoryId: key,
        comment: `批注${p.id}-${i}`,
      })),
    )
    const ids = createHighlights(db, items)
    const stale = () => (db.prepare('SELECT count(*) AS n FROM search_stale').get() as { n: number }).n
    const byComment = (q: string) => search(db, q).map((h) => h.highlightId)
    db.transaction(() => {
      // Inside a caller's transaction nothing is written: the marks are read.
      expect(byComment(`批注${paragraphs[3].id}-7`)).toEqual([ids[3 * 12 + 7]])
      expect(stale()).toBeGreaterThan(256)
    })()
    expect(byComment(`批注${paragraphs[3].id}-7`)).toEqual([ids[3 * 12 + 7]])
    expect(stale()).toBe(0)
    expect(search(db, '批注').filter((h) => h.kind === 'highlight')).toHaveLength(200)
    deleteHighlight(db, ids[5])
    expect(byComment(`批注${paragraphs[0].id}-5`)).toEqual([])
    expect(search(db, '注', { limit: 1000 }).filter((h) => h.kind === 'highlight')).toHaveLength(items.length - 1)
  })

  it('reads the changed notes directly, without waiting, while another connection writes', () => {
    const file = join(tempDir(), 'y.sqlite')
    const db = openDatabase(file)
    const { id } = importReportText(db, seed)
    const section = getReader(db, id).sections[0].id
    for (let i = 0; i < 300; i++) saveSectionNote(db, section, { type: 'doc' }, `第${i}稿：正在改写`)
    const other = openDatabase(file)
    other.exec('BEGIN IMMEDIATE')
    const started = performance.now()
    expect(search(db, '第299稿').map((h) => h.kind)).toEqual(['note'])
    expect(performance.now() - started).toBeLessThan(2000)
    other.exec('ROLLBACK')
    other.close()
    expect(search(db, '第299稿').map((h) => h.kind)).toEqual(['note'])
    expect(db.prepare('SELECT count(*) AS n FROM search_stale').get()).toEqual({ n: 0 })
    db.close()
  })

  it('rolls the index back with a failed transaction', () => {
    const { db } = library()
    expect(() =>
      db.transaction(() => {
        importReportText(db, seed.replace('今后怎么干', '回滚的报告').replace('揭榜挂帅', '回滚专用词'))
        throw new Error('abort')
      })(),
    ).toThrow('abort')
    expect(search(db, '回滚专用词')).toEqual([])
  })

  it('indexes what a version-2 database already holds when it is migrated', () => {
    const file = join(tempDir(), 'y.sqlite')
    const v2 = openDatabase(file, { migrations: migrations.slice(0, 2) })
    const { id } = importReportText(v2, reportOfSize(seed, 120 * 1024))
    v2.prepare(
      `INSERT INTO highlights (id, report_id, edition_id, category_id, comment, created_at, updated_at)
       VALUES ('h1', ?, (SELECT id FROM editions WHERE report_id = ?), 1, '迁移前的评语', 'now', 'now')`,
    ).run(id, id)
    v2.prepare(
      `INSERT INTO notes (section_id, doc, text, updated_at)
       VALUES ((SELECT min(id) FROM sections), '{"type":"doc"}', '迁移前的笔记', 'now')`,
    ).run()
    v2.close()
    const db = openDatabase(file)
    expect(search(db, '迁移前的评语')).toEqual([expect.objectContaining({ kind: 'highlight', highlightId: 'h1' })])
    expect(search(db, '笔记')).toEqual([expect.objectContaining({ kind: 'note' })])
    expectTextHitsMatch(db, id, '园区')
    expectTextHitsMatch(db, id, '产业转型升级')
    db.close()
  })
})

describe('search (property)', () => {
  const alphabet = [...'衡阳园区产业创新发展的是，。“”（）AaBb12 "*()-:^']
  const paragraph = fc
    .array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 30 })
    .map((chars) => `段${chars.join('').trim()}`)
  // Rows move into the FTS tables 256 at a time: the paragraphs under test sit
  // before the filler (moved) or after it (still waiting, unless the search
  // moves them: it does not inside a transaction).
  const filler = Array.from({ length: 300 }, (_, i) => `填充${i}`)

  it('finds every paragraph that contains a substring of one of them', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        fc.boolean(),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        (paragraphs, fillerFirst, inTransaction, pick, at, length) => {
          const db = openDatabase(':memory:')
          const body = fillerFirst ? [...filler, ...paragraphs] : [...paragraphs, ...filler]
          const { id } = importReportText(db, `题目\n\n${body.join('\n\n')}\n`)
          const stored = blocks(db, id)
          const source = [...stored[pick % stored.length].text]
          const from = at % source.length
          const query = source.slice(from, from + length).join('')
          const expected = stored.filter((b) => b.text.includes(query)).map((b) => b.id)
          fc.pre(query.trim() !== '' && expected.length <= 1000)
          // Inside a transaction search writes nothing: waiting rows are read as they are.
          const run = () => search(db, query, { limit: 1000 })
          const hits = inTransaction ? db.transaction(run)() : run()
          const found = new Set(hits.map((h) => h.paragraphId ?? h.sectionId))
          db.close()
          return expected.every((b) => found.has(b))
        },
      ),
      { numRuns: 60 },
    )
  })
})
