// Writing an export: atomically, to the path given; a folder that cannot be
// written or a name the file system refuses gives a clear error and leaves
// no file behind; a brief exports after its highlights are gone.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addBlock } from '../../../electron/core/brief-blocks'
import { exportBrief, parseFormat } from '../../../electron/core/brief-export'
import { createBrief, createBriefFromHighlights } from '../../../electron/core/brief-store'
import { YanduError, formatMessage } from '../../../electron/core/errors'
import { deleteHighlight } from '../../../electron/core/highlights'
import { writeFileAtomically } from '../../../electron/core/write-atomically'
import { seededLibrary } from '../../helpers/briefs'
import { tempDir } from '../../helpers/temp-dir'

async function failure(promise: Promise<unknown>): Promise<YanduError> {
  try {
    await promise
  } catch (error) {
    return error as YanduError
  }
  throw new Error('did not fail')
}

describe('writeFileAtomically', () => {
  it('replaces the target whole and leaves no temporary file', () => {
    const dir = tempDir()
    const file = join(dir, 'brief.md')
    writeFileSync(file, 'old')
    expect(writeFileAtomically(file, '新的')).toBe(Buffer.byteLength('新的'))
    expect(readFileSync(file, 'utf8')).toBe('新的')
    expect(readdirSync(dir)).toEqual(['brief.md'])
  })

  it('refuses a folder under a regular file, a missing folder and a read-only one', () => {
    const dir = tempDir()
    const plain = join(dir, 'plain.txt')
    writeFileSync(plain, 'x')
    const readOnly = join(dir, 'ro')
    mkdirSync(readOnly, { mode: 0o555 })
    const targets = [join(plain, 'x.docx'), join(dir, 'missing', 'x.docx')]
    // root writes anywhere: a read-only folder only stops other users.
    if (process.getuid?.() !== 0) targets.push(join(readOnly, 'x.docx'))
    for (const target of targets) {
      expect(() => writeFileAtomically(target, 'x')).toThrowError(expect.objectContaining({ code: 'export-folder-unwritable' }))
    }
    expect(readdirSync(dir).sort()).toEqual(['plain.txt', 'ro'])
    expect(readdirSync(readOnly)).toEqual([])
  })

  it('refuses a name with a NUL or longer than the file system takes, leaving nothing', () => {
    const dir = tempDir()
    for (const name of ['a\0b.md', `${'长'.repeat(100)}.md`, `${'x'.repeat(300)}.md`]) {
      expect(() => writeFileAtomically(join(dir, name), 'x')).toThrowError(expect.objectContaining({ code: 'export-bad-name' }))
    }
    expect(readdirSync(dir)).toEqual([])
  })

  it('says what went wrong in the user’s language', () => {
    expect(formatMessage('export-bad-name', { name: 'a\\x00b.md' }, 'zh-CN')).toBe('文件系统不接受这个文件名：a\\x00b.md')
    expect(formatMessage('export-folder-unwritable', { path: '/x', detail: 'ENOTDIR' }, 'en')).toBe(
      'Cannot write to the export folder: /x (ENOTDIR)',
    )
  })
})

describe('exportBrief', () => {
  it('exports each format to the path given', async () => {
    const { db, dir, reportId, highlight } = seededLibrary()
    highlight({ exact: '揭榜挂帅' })
    const { id } = createBriefFromHighlights(db, { reportId })
    for (const format of ['md', 'html', 'docx'] as const) {
      const path = join(dir, `brief.${format}`)
      const result = await exportBrief(db, { id, format, path })
      expect(result).toEqual({ path, format, bytes: readFileSync(path).length })
    }
    expect(readFileSync(join(dir, 'brief.docx')).subarray(0, 2).toString()).toBe('PK')
  })

  it('still has the quotation after the highlight was deleted', async () => {
    const { db, dir, reportId, highlight } = seededLibrary()
    const [h] = highlight({ exact: '揭榜挂帅', comment: '提法' })
    const { id } = createBriefFromHighlights(db, { reportId })
    deleteHighlight(db, h.id)
    db.prepare('DELETE FROM highlights WHERE id = ?').run(h.id)
    await exportBrief(db, { id, format: 'md', path: join(dir, 'b.md') })
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toContain(h.citation)
  })

  it('leaves no file when the folder or the name is refused', async () => {
    const { db, dir } = seededLibrary()
    const { id } = createBrief(db, { title: 'x' })
    addBlock(db, id, { kind: 'question', text: '问' })
    const plain = join(dir, 'plain.txt')
    writeFileSync(plain, 'x')
    const before = readdirSync(dir).sort()
    for (const format of ['md', 'docx'] as const) {
      expect((await failure(exportBrief(db, { id, format, path: join(plain, `x.${format}`) }))).code).toBe('export-folder-unwritable')
      expect((await failure(exportBrief(db, { id, format, path: join(dir, `a\0.${format}`) }))).code).toBe('export-bad-name')
      expect((await failure(exportBrief(db, { id, format, path: join(dir, `${'x'.repeat(300)}.${format}`) }))).code).toBe(
        'export-bad-name',
      )
    }
    expect(readdirSync(dir).sort()).toEqual(before)
    expect(existsSync(join(dir, 'x.md'))).toBe(false)
  })

  it('refuses a brief that does not exist', async () => {
    const { db, dir } = seededLibrary()
    expect((await failure(exportBrief(db, { id: 99, format: 'md', path: join(dir, 'x.md') }))).code).toBe('brief-not-found')
  })
})

describe('parseFormat', () => {
  it('takes the formats by name or extension, and refuses others', () => {
    expect(['md', 'Markdown', '.html', 'DOCX', 'pdf'].map(parseFormat)).toEqual(['md', 'md', 'html', 'docx', 'pdf'])
    expect(() => parseFormat('odt')).toThrowError(expect.objectContaining({ code: 'unknown-export-format' }))
  })
})
