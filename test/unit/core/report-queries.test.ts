import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/core/database'
import { dispatch } from '../../../electron/core/dispatch'
import { importEditionText } from '../../../electron/core/editions'
import { YanduError } from '../../../electron/core/errors'
import { importReportText } from '../../../electron/core/report-import'
import { getOutline, getReader, getReportText, listReports } from '../../../electron/core/report-queries'
import { saveSectionNote } from '../../../electron/core/section-notes'
import { createHandlers } from '../../../electron/core/service'
import { seedFile, squeeze } from '../../helpers/temp-dir'

const seed = readFileSync(seedFile, 'utf8')
function seeded() {
  const db = openDatabase(':memory:')
  const { id } = importReportText(db, seed)
  return { db, id }
}
const doc = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: '讨论' }] }] }

describe('listReports', () => {
  it('lists each report with its counts of notes and highlights', () => {
    const { db, id } = seeded()
    const part3 = getReader(db, id).sections.find((s) => s.part === 3)!
    saveSectionNote(db, part3.id, doc, '讨论')
    expect(listReports(db)).toEqual([
      expect.objectContaining({ id, title: '今后怎么干？ 六个地方要给力', editions: 1, notes: 1, highlights: 0 }),
    ])
  })

  it('does not count an emptied note', () => {
    const { db, id } = seeded()
    const part1 = getReader(db, id).sections[0]
    saveSectionNote(db, part1.id, { type: 'doc' }, '')
    expect(listReports(db)[0].notes).toBe(0)
  })
})

describe('getOutline', () => {
  it('gives the seed its metadata, six parts and their topics', () => {
    const { db, id } = seeded()
    const outline = getOutline(db, id)
    expect(outline.title).toBe('今后怎么干？ 六个地方要给力')
    expect(outline.subtitle).toMatch(/^——/)
    expect(outline.byline).toMatch(/^■/)
    expect(outline.parts.map((p) => p.heading.split(' ')[0])).toEqual(['1', '2', '3', '4', '5', '6'])
    expect(outline.parts[0].topics[0]).toEqual({ paragraph: 1, text: '强化科技创新，建设产业转型升级示范区。' })
    expect(outline.parts.every((p) => p.sections.length === 0)).toBe(true)
    expect(outline.parts.reduce((n, p) => n + p.topics.length, 0)).toBeGreaterThanOrEqual(20)
  })

  it('throws report-not-found for a missing report', () => {
    const { db } = seeded()
    expect(() => getOutline(db, 999)).toThrowError(expect.objectContaining({ code: 'report-not-found' }) as YanduError)
  })
})

describe('getReader', () => {
  it('gives every block in reading order with its place', () => {
    const { db, id } = seeded()
    const reader = getReader(db, id)
    expect(reader.sections).toHaveLength(6)
    const headings = reader.blocks.filter((b) => b.kind === 'heading')
    expect(headings).toHaveLength(6)
    const first = reader.blocks[1]
    expect(first).toMatchObject({ kind: 'paragraph', part: 1, paragraph: 1, lead: '强化科技创新，建设产业转型升级示范区。' })
    expect(reader.sections[0]).toMatchObject({ shortTitle: '强创新', part: 1, parentId: null })
  })

  it('gives an earlier edition when asked, through the contract too', async () => {
    const { db, id } = seeded()
    const oldSentence = '强化科技创新，建设产业转型升级示范区。'
    const newSentence = '坚持创新驱动，建设产业转型升级示范区。'
    importEditionText(db, id, seed.replace(oldSentence, newSentence))
    const texts = (doc: ReturnType<typeof getReader>) => doc.blocks.map((b) => b.text).join('\n')

    const first = getReader(db, id, 1)
    expect(first.edition).toBe(1)
    expect(texts(first)).toContain(oldSentence)
    expect(texts(first)).not.toContain(newSentence)
    const newest = getReader(db, id)
    expect(newest.edition).toBe(2)
    expect(texts(newest)).toContain(newSentence)
    expect(() => getReader(db, id, 3)).toThrowError(expect.objectContaining({ code: 'edition-not-found' }) as YanduError)

    const handlers = createHandlers(db)
    expect(await dispatch(handlers, 'getReader', { reportId: id, edition: 1 })).toMatchObject({ edition: 1, editionId: first.editionId })
    expect(await dispatch(handlers, 'getReader', { reportId: id })).toMatchObject({ edition: 2 })
    await expect(dispatch(handlers, 'getReader', { reportId: id, edition: 0 })).rejects.toMatchObject({ code: 'bad-input' })
    await expect(dispatch(handlers, 'getReader', { reportId: id, edition: 1.5 })).rejects.toMatchObject({ code: 'bad-input' })
    await expect(dispatch(handlers, 'getReader', { reportId: id, edition: 3 })).rejects.toMatchObject({ code: 'edition-not-found' })
  })
})

describe('getReportText', () => {
  it('holds every character of the source, in order, one block a line', () => {
    const { db, id } = seeded()
    const text = getReportText(db, id)
    expect(squeeze(text)).toBe(squeeze(seed))
    expect(text.split('\n')[0]).toBe('今后怎么干？ 六个地方要给力')
    expect(text.split('\n').filter(Boolean)).toHaveLength(3 + 6 + getReader(db, id).blocks.length - 6)
  })
})
