// Briefs and their blocks in a real SQLite file: create, rename, template,
// duplicate, trash and restore; add, edit, remove, move and reorder blocks.
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addBlock, moveBlock, removeBlock, reorderBlocks, updateBlock } from '../../../electron/core/brief-blocks'
import {
  createBrief,
  createBriefFromHighlights,
  deleteBrief,
  duplicateBrief,
  getBrief,
  listBriefs,
  renameBrief,
  restoreBrief,
  setBriefTemplate,
} from '../../../electron/core/brief-store'
import { openDatabase } from '../../../electron/core/database'
import { YanduError } from '../../../electron/core/errors'
import { deleteHighlight } from '../../../electron/core/highlights'
import { migrations } from '../../../electron/core/migrations/index'
import { saveSectionNote } from '../../../electron/core/section-notes'
import { sampleQuotes, seededLibrary } from '../../helpers/briefs'
import { tempDir } from '../../helpers/temp-dir'

const code = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return (error as YanduError).code
  }
  return null
}

describe('createBrief', () => {
  it('makes an empty brief with the report title kept beside it', () => {
    const { db, reportId } = seededLibrary()
    const brief = createBrief(db, { title: '支部学习', reportId })
    expect(brief).toMatchObject({ title: '支部学习', template: 'outline', blocks: [], blockCount: 0, reportId, deletedAt: null })
    expect(brief.reportTitle).toBe('今后怎么干？ 六个地方要给力')
  })

  it('refuses a report that does not exist, writing nothing', () => {
    const { db } = seededLibrary()
    expect(code(() => createBrief(db, { title: 'x', reportId: 999 }))).toBe('report-not-found')
    expect(listBriefs(db)).toEqual([])
  })
})

describe('createBriefFromHighlights', () => {
  it('groups the highlights by part, then by category in the categories’ order', () => {
    const { db, reportId, highlight } = seededLibrary()
    highlight(...sampleQuotes)
    const brief = createBriefFromHighlights(db, { reportId })
    expect(brief.title).toBe('《今后怎么干？ 六个地方要给力》学习提纲')
    const shape = brief.blocks.map((b) => (b.kind === 'section' ? `§${b.part}` : b.kind === 'quotation' ? `${b.category}:${b.text}` : b.kind))
    expect(shape).toEqual([
      '§1',
      '重点:强化科技创新，建设产业转型升级示范区。',
      '重点:新型研发机构',
      '金句:揭榜挂帅',
      '数据:5G建设专项行动',
      '§4',
      '金句:打造区域经济中心',
      '§5',
      '重点:打造\n“三江六岸”',
      '§6',
      '重点:民主政治建设',
    ])
  })

  it('captures each quotation with its citation, comment and the sentence around it', () => {
    const { db, reportId, highlight } = seededLibrary()
    const [h] = highlight({ exact: '揭榜挂帅', category: '金句', comment: '提法' })
    const [, quote] = createBriefFromHighlights(db, { reportId, template: 'quiz' }).blocks
    expect(quote).toMatchObject({
      kind: 'quotation',
      highlightId: h.id,
      text: '揭榜挂帅',
      citation: h.citation,
      source: '（《今后怎么干？ 六个地方要给力》，第1部分“强创新”，第1段）',
      comment: '提法',
      before: '推行“',
      after: '”等制度，组建创新联合体、现代产业学院和新型研发机构。',
    })
  })

  it('adds the notes written on a part after its highlights', () => {
    const { db, reportId, highlight } = seededLibrary()
    highlight({ exact: '揭榜挂帅' })
    const doc = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: '重点学习第一部分' }] }] }
    saveSectionNote(db, 1, doc, '重点学习第一部分')
    const blocks = createBriefFromHighlights(db, { reportId }).blocks
    expect(blocks.map((b) => b.kind)).toEqual(['section', 'quotation', 'text'])
    expect(blocks[2]).toMatchObject({ kind: 'text', doc, text: '重点学习第一部分' })
  })

  it('leaves out the parts’ text for a speech and the notes for a quiz', () => {
    const { db, reportId, highlight } = seededLibrary()
    highlight({ exact: '揭榜挂帅' })
    saveSectionNote(db, 1, { type: 'doc', content: [] }, '体会')
    const kinds = (template: 'speech' | 'quiz') => createBriefFromHighlights(db, { reportId, template }).blocks.map((b) => b.kind)
    expect(kinds('speech')).toEqual(['quotation', 'text'])
    expect(kinds('quiz')).toEqual(['section', 'quotation'])
  })

  it('gives a brief with no blocks for a report without highlights', () => {
    const { db, reportId } = seededLibrary()
    expect(createBriefFromHighlights(db, { reportId, title: '空白' })).toMatchObject({ title: '空白', blocks: [] })
  })
})

describe('renameBrief, setBriefTemplate', () => {
  it('changes the title and the template', () => {
    const { db } = seededLibrary()
    const { id } = createBrief(db, { title: 'a' })
    expect(renameBrief(db, id, 'b').title).toBe('b')
    expect(setBriefTemplate(db, id, 'quiz').template).toBe('quiz')
    expect(code(() => renameBrief(db, 999, 'c'))).toBe('brief-not-found')
  })
})

describe('duplicateBrief', () => {
  it('copies the brief and its blocks, which then change apart', () => {
    const { db, reportId, highlight } = seededLibrary()
    highlight(...sampleQuotes.slice(0, 2))
    const original = createBriefFromHighlights(db, { reportId })
    const copy = duplicateBrief(db, original.id)
    expect(copy.title).toBe(`${original.title}（副本）`)
    expect(copy.blocks.map(({ id: _id, ...b }) => b)).toEqual(original.blocks.map(({ id: _id, ...b }) => b))
    removeBlock(db, copy.blocks[0].id)
    expect(getBrief(db, original.id).blocks).toHaveLength(original.blocks.length)
  })
})

describe('deleteBrief, restoreBrief', () => {
  it('moves a brief to the trash and back', () => {
    const { db } = seededLibrary()
    const { id } = createBrief(db, { title: 'a' })
    expect(deleteBrief(db, id).deletedAt).not.toBeNull()
    expect(listBriefs(db)).toEqual([])
    expect(listBriefs(db, { deleted: true }).map((b) => b.id)).toEqual([id])
    expect(restoreBrief(db, id).deletedAt).toBeNull()
    expect(listBriefs(db).map((b) => b.id)).toEqual([id])
    expect(code(() => deleteBrief(db, 999))).toBe('brief-not-found')
  })
})

describe('addBlock', () => {
  it('captures a part, a topic and a highlight, and holds text and questions, at the index given', () => {
    const { db, highlight } = seededLibrary()
    const [h] = highlight({ exact: '揭榜挂帅' })
    const { id } = createBrief(db, { title: 'a' })
    addBlock(db, id, { kind: 'section', sectionId: 1 })
    addBlock(db, id, { kind: 'quotation', highlightId: h.id })
    addBlock(db, id, { kind: 'question', text: '如何理解？' })
    addBlock(db, id, { kind: 'text', doc: null, text: '导语' }, 0)
    const brief = addBlock(db, id, { kind: 'topic', paragraphId: 5 }, 2)
    expect(brief.blocks.map((b) => b.kind)).toEqual(['text', 'section', 'section', 'quotation', 'question'])
    expect(brief.blocks[1]).toMatchObject({ level: 1, part: 1, heading: '1 强创新，建设更高水平的国家创新型城市' })
    expect(brief.blocks[1]).toMatchObject({ source: '（《今后怎么干？ 六个地方要给力》，第1部分“强创新”，第1—4段）' })
    expect(brief.blocks[2]).toMatchObject({ level: 2, part: 2, paragraph: 1, heading: '实施区域战略融入行动。' })
    expect(brief.blocks[2].kind === 'section' && brief.blocks[2].text.startsWith('实施区域战略融入行动。构建')).toBe(true)
  })

  it('keeps the quotation as captured after the highlight is deleted', () => {
    const { db, highlight } = seededLibrary()
    const [h] = highlight({ exact: '揭榜挂帅', comment: '提法' })
    const { id } = createBrief(db, { title: 'a' })
    addBlock(db, id, { kind: 'quotation', highlightId: h.id })
    deleteHighlight(db, h.id)
    db.prepare('DELETE FROM highlights WHERE id = ?').run(h.id)
    expect(getBrief(db, id).blocks[0]).toMatchObject({ text: '揭榜挂帅', citation: h.citation, comment: '提法' })
  })

  it('refuses what does not exist, adding nothing', () => {
    const { db } = seededLibrary()
    const { id } = createBrief(db, { title: 'a' })
    expect(code(() => addBlock(db, id, { kind: 'section', sectionId: 999 }))).toBe('section-not-found')
    expect(code(() => addBlock(db, id, { kind: 'topic', paragraphId: 999 }))).toBe('paragraph-not-found')
    expect(code(() => addBlock(db, id, { kind: 'quotation', highlightId: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'highlight-not-found',
    )
    expect(code(() => addBlock(db, 999, { kind: 'question', text: 'q' }))).toBe('brief-not-found')
    expect(getBrief(db, id).blocks).toEqual([])
  })
})

describe('updateBlock', () => {
  it('edits questions, free text and a quotation’s comment, and refuses the rest', () => {
    const { db, highlight } = seededLibrary()
    const [h] = highlight({ exact: '揭榜挂帅' })
    const { id } = createBrief(db, { title: 'a' })
    const blocks = [
      { kind: 'question', text: 'q' } as const,
      { kind: 'text', doc: null, text: 't' } as const,
      { kind: 'quotation', highlightId: h.id } as const,
      { kind: 'section', sectionId: 1 } as const,
    ].map((source) => addBlock(db, id, source).blocks.at(-1)!)
    const doc = { type: 'doc' as const, content: [] }
    expect(updateBlock(db, blocks[0].id, { text: 'q2' }).blocks[0]).toMatchObject({ text: 'q2' })
    expect(updateBlock(db, blocks[1].id, { text: 't2', doc }).blocks[1]).toMatchObject({ text: 't2', doc })
    expect(updateBlock(db, blocks[2].id, { comment: '解读' }).blocks[2]).toMatchObject({ comment: '解读', text: '揭榜挂帅' })
    expect(code(() => updateBlock(db, blocks[2].id, { text: '改写' }))).toBe('brief-block-not-editable')
    expect(code(() => updateBlock(db, blocks[3].id, { text: '改写' }))).toBe('brief-block-not-editable')
    expect(code(() => updateBlock(db, 999, { text: 'x' }))).toBe('brief-block-not-found')
  })
})

describe('removeBlock, moveBlock, reorderBlocks', () => {
  function threeQuestions() {
    const { db } = seededLibrary()
    const { id } = createBrief(db, { title: 'a' })
    for (const text of ['一', '二', '三']) addBlock(db, id, { kind: 'question', text })
    return { db, brief: getBrief(db, id) }
  }
  const texts = (blocks: { kind: string; text?: string }[]) => blocks.map((b) => b.text)

  it('removes a block and closes the gap', () => {
    const { db, brief } = threeQuestions()
    const after = removeBlock(db, brief.blocks[1].id)
    expect(texts(after.blocks)).toEqual(['一', '三'])
    expect(moveBlock(db, after.blocks[1].id, 0).blocks.map((b) => b.kind === 'question' && b.text)).toEqual(['三', '一'])
  })

  it('moves a block to an index, clamped to the ends', () => {
    const { db, brief } = threeQuestions()
    expect(texts(moveBlock(db, brief.blocks[0].id, 2).blocks)).toEqual(['二', '三', '一'])
    expect(texts(moveBlock(db, brief.blocks[0].id, 0).blocks)).toEqual(['一', '二', '三'])
    expect(texts(moveBlock(db, brief.blocks[1].id, 99).blocks)).toEqual(['一', '三', '二'])
  })

  it('sets a whole order, and refuses one that is not a permutation of the blocks', () => {
    const { db, brief } = threeQuestions()
    const [a, b, c] = brief.blocks.map((x) => x.id)
    expect(texts(reorderBlocks(db, brief.id, [c, a, b]).blocks)).toEqual(['三', '一', '二'])
    for (const bad of [[a, b], [a, b, b], [a, b, c, 999]]) {
      expect(code(() => reorderBlocks(db, brief.id, bad))).toBe('bad-block-order')
    }
    expect(texts(getBrief(db, brief.id).blocks)).toEqual(['三', '一', '二'])
  })
})

describe('migration 004-briefs', () => {
  it('adds the briefs tables to a version-3 database, keeping its data', () => {
    const file = join(tempDir(), 'y.sqlite')
    const old = openDatabase(file, { migrations: migrations.slice(0, 3) })
    old.prepare("INSERT INTO reports (title, imported_at) VALUES ('r', '2024-01-01')").run()
    old.close()
    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(4)
    expect(db.prepare('SELECT title FROM reports').all()).toEqual([{ title: 'r' }])
    expect(createBrief(db, { title: 'x', reportId: null }).id).toBe(1)
    db.close()
    const raw = new Database(`${file}.v3.bak`, { readonly: true })
    expect(raw.pragma('user_version', { simple: true })).toBe(3)
    raw.close()
  })
})
