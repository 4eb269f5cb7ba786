// The Briefs view's API as the renderer calls it: through the contract's
// validation (dispatch) into the core handlers, over a real database.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Brief } from '../../../electron/api'
import { dispatch } from '../../../electron/core/dispatch'
import { createHandlers } from '../../../electron/core/service'
import { seededLibrary } from '../../helpers/briefs'

function api() {
  const lib = seededLibrary()
  const handlers = createHandlers(lib.db, { pdf: { printHtml: async () => Buffer.from('%PDF-test') } })
  const call = (method: string, input: unknown) => dispatch(handlers, method, input)
  return { ...lib, call }
}

describe('the briefs API', () => {
  it('builds a brief from highlights with a Chinese template name, edits and reorders it', async () => {
    const { call, reportId, highlight } = api()
    const [h] = highlight({ exact: '揭榜挂帅' })
    let brief = (await call('createBriefFromHighlights', { reportId, template: '发言素材' })) as Brief
    expect(brief.template).toBe('speech')
    brief = (await call('addBlock', { briefId: brief.id, block: { kind: 'question', text: '怎么落实？' }, index: 0 })) as Brief
    brief = (await call('addBlock', { briefId: brief.id, block: { kind: 'quotation', highlightId: h.id } })) as Brief
    const ids = brief.blocks.map((b) => b.id)
    brief = (await call('reorderBlocks', { briefId: brief.id, blockIds: [...ids].reverse() })) as Brief
    expect(brief.blocks.map((b) => b.kind)).toEqual(['quotation', 'quotation', 'question'])
    brief = (await call('moveBlock', { id: brief.blocks[2].id, toIndex: 0 })) as Brief
    expect(brief.blocks[0].kind).toBe('question')
    brief = (await call('setBriefTemplate', { id: brief.id, template: 'handout' })) as Brief
    expect(brief.template).toBe('handout')
    expect(((await call('listBriefs', {})) as Brief[]).map((b) => b.blockCount)).toEqual([3])
  })

  it('previews the export as HTML, in another template on request', async () => {
    const { call, reportId, highlight } = api()
    highlight({ exact: '揭榜挂帅' })
    const { id } = (await call('createBriefFromHighlights', { reportId })) as Brief
    const html = (await call('previewBrief', { id, template: 'quiz' })) as string
    expect(html).toMatch(/^<!DOCTYPE html>/)
    expect(html).toContain('______')
  })

  it('exports to an absolute path, with the printer it was given', async () => {
    const { call, dir } = api()
    const { id } = (await call('createBrief', { title: '空白' })) as Brief
    expect(await call('exportBrief', { id, format: 'pdf', path: join(dir, 'b.pdf') })).toEqual({ path: join(dir, 'b.pdf'), format: 'pdf', bytes: 9 })
    expect(readFileSync(join(dir, 'b.pdf'), 'utf8')).toBe('%PDF-test')
    await expect(call('exportBrief', { id, format: 'md', path: 'relative.md' })).rejects.toMatchObject({ code: 'bad-input' })
    await expect(call('exportBrief', { id, format: 'odt', path: join(dir, 'b.odt') })).rejects.toMatchObject({ code: 'bad-input' })
    await expect(call('exportBrief', { id, format: 'md', path: join(dir, 'a\0.md') })).rejects.toMatchObject({ code: 'export-bad-name' })
  })

  it('refuses malformed blocks and unknown templates before the core runs', async () => {
    const { call, reportId } = api()
    const { id } = (await call('createBrief', { title: 'x', reportId })) as Brief
    for (const block of [{ kind: 'section' }, { kind: 'quotation', highlightId: 'nope' }, { kind: 'question', text: ' ' }, { kind: 'poem', text: 'x' }]) {
      await expect(call('addBlock', { briefId: id, block })).rejects.toMatchObject({ code: 'bad-input' })
    }
    await expect(call('createBrief', { title: 'x', template: 'poster' })).rejects.toMatchObject({ code: 'bad-input' })
    await expect(call('renameBrief', { id, title: '   ' })).rejects.toMatchObject({ code: 'bad-input' })
  })

  it('duplicates, deletes to the trash and restores', async () => {
    const { call } = api()
    const { id } = (await call('createBrief', { title: '原件' })) as Brief
    const copy = (await call('duplicateBrief', { id })) as Brief
    await call('deleteBrief', { id })
    expect(((await call('listBriefs', {})) as Brief[]).map((b) => b.id)).toEqual([copy.id])
    expect(((await call('listBriefs', { deleted: true })) as Brief[]).map((b) => b.id)).toEqual([id])
    await call('restoreBrief', { id })
    expect(((await call('listBriefs', {})) as Brief[]).map((b) => b.id).sort()).toEqual([id, copy.id].sort())
  })
})
