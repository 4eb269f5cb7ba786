import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../../electron/core/database'
import { dispatch } from '../../../electron/core/dispatch'
import { importReportFile, previewReportFile } from '../../../electron/core/import-file'
import { getOutline, getReportText } from '../../../electron/core/report-queries'
import { createHandlers } from '../../../electron/core/service'
import { binaryBytes, encoded, sampleDocx, sampleReport, sparseFile, writeFixture } from '../../helpers/report-fixtures'
import { squeeze } from '../../helpers/temp-dir'

const tables = ['reports', 'editions', 'sections', 'paragraphs'] as const
const counts = (db: Db) =>
  Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]))

describe('importReportFile', () => {
  it('imports a GB18030 .txt with every character, in order', async () => {
    const db = openDatabase(':memory:')
    const result = await importReportFile(db, writeFixture('报告.txt', encoded(sampleReport, 'gb18030')))
    expect(result).toMatchObject({ title: '今后怎么干？ 六个地方要给力', parts: 2, paragraphs: 2, existing: false })
    expect(squeeze(getReportText(db, result.id))).toBe(squeeze(sampleReport))
  })

  it('imports a .docx with its title and nested headings', async () => {
    const db = openDatabase(':memory:')
    const result = await importReportFile(db, writeFixture('report.docx', await sampleDocx()))
    expect(result).toMatchObject({ title: '政府工作报告', parts: 2, paragraphs: 3, existing: false })
    const outline = getOutline(db, result.id)
    expect(outline.subtitle).toBe('——二〇二五年一月在市人民代表大会上')
    expect(outline.parts.map((p) => [p.heading, p.sections.map((s) => s.heading)])).toEqual([
      ['一、过去一年的工作', ['（一）经济运行稳中向好', '（二）改革开放持续深化']],
      ['二、今年的主要任务', []],
    ])
  })

  it('imports Markdown: the single # is the title, ## the parts', async () => {
    const db = openDatabase(':memory:')
    const md = '# 工作报告\n\n## 一、总体要求\n\n坚持稳中求进。推动发展。\n\n## 二、主要任务\n\n抓好*三件*大事。\n\n## 名词解释\n\n1. 三高四新：指……。\n2. 揭榜挂帅：指……。\n'
    const result = await importReportFile(db, writeFixture('report.md', md))
    expect(result).toMatchObject({ title: '工作报告', parts: 2, paragraphs: 4 })
    expect(getReportText(db, result.id)).toContain('抓好三件大事。')
  })

  it('imports HTML as its text only', async () => {
    const db = openDatabase(':memory:')
    const html = '<h1>工作报告</h1><script>alert(1)</script><h2>一、总体要求</h2><p onclick="x()">正文。</p><h2>二、任务</h2><p>正文二。</p>'
    const result = await importReportFile(db, writeFixture('report.html', html))
    expect(result).toMatchObject({ title: '工作报告', parts: 2, paragraphs: 2 })
    expect(getReportText(db, result.id)).toBe('工作报告\n一、总体要求\n正文。\n二、任务\n正文二。\n')
  })

  it('recognises the same .docx saved again (new zip bytes, same content) and writes nothing', async () => {
    const db = openDatabase(':memory:')
    const first = await importReportFile(db, writeFixture('a.docx', await sampleDocx()))
    const before = counts(db)
    const second = await importReportFile(db, writeFixture('b.docx', await sampleDocx()))
    expect(second).toEqual({ ...first, existing: true })
    expect(counts(db)).toEqual(before)
  })

  it.each([
    ['an empty file', 'empty.txt', () => new Uint8Array(), 'empty-report', {}],
    ['a blank file', 'blank.txt', () => encoded(' \n\u3000\n', 'utf-8'), 'empty-report', {}],
    ['a binary file', 'data.txt', () => binaryBytes(), 'binary-file', {}],
    ['a .docx that is not a zip', 'fake.docx', () => encoded(sampleReport, 'utf-8'), 'bad-docx', {}],
    ['a truncated .docx', 'cut.docx', async () => (await sampleDocx()).subarray(0, 3000), 'bad-docx', {}],
    ['undecodable bytes', 'bad.txt', () => new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]), 'bad-encoding', {}],
    ['GB18030 read as UTF-8', 'gb.txt', () => encoded(sampleReport, 'gb18030'), 'bad-encoding', { encoding: 'utf-8' }],
    ['an empty Markdown file', 'empty.md', () => encoded('---\n\n***\n', 'utf-8'), 'empty-report', {}],
  ])('refuses %s and leaves the library unchanged', async (_name, file, bytes, code, options) => {
    const db = openDatabase(':memory:')
    const seed = await importReportFile(db, writeFixture('seed.txt', sampleReport))
    const before = counts(db)
    await expect(importReportFile(db, writeFixture(file, await bytes()), options)).rejects.toMatchObject({ code })
    expect(counts(db)).toEqual(before)
    expect(getReportText(db, seed.id)).toContain('强创新')
  })

  it('refuses a 100 MB file and leaves the library unchanged', async () => {
    const db = openDatabase(':memory:')
    await importReportFile(db, writeFixture('seed.txt', sampleReport))
    const before = counts(db)
    await expect(importReportFile(db, sparseFile('huge.txt', 100 * 1024 * 1024))).rejects.toMatchObject({ code: 'file-too-large' })
    expect(counts(db)).toEqual(before)
  })

  describe('properties', () => {
    const token = fc.oneof(
      fc.constantFrom(...'强创新建设城市中心衡阳党代会工作报告', 'A', 'x', '0', '12'),
      fc.constantFrom('。', '，', '；', '！', '？', '：', '“', '”', '…', '、', '（', '）', '■', '——'),
      fc.constantFrom('一、', '二、', '（一）', '1.', '2．', '1、', '（1）', '1 ', '2 ', '第一章', '第一节', '名词解释'),
      fc.constantFrom(' ', '\t', '\u3000', '\n', '\r\n', '\n\n'),
    )
    const text = fc.array(token, { minLength: 1, maxLength: 60 }).map((tokens) => tokens.join(''))
    const encoding = fc.constantFrom('utf-8', 'gb18030', 'utf-16le')

    it('loses no character, and importing twice changes nothing', async () => {
      // One library for all runs: a text met before is simply `existing`.
      const db = openDatabase(':memory:')
      await fc.assert(
        fc.asyncProperty(text, encoding, async (source, enc) => {
          const path = writeFixture('report.txt', encoded(source, enc, enc === 'utf-16le'))
          if (squeeze(source) === '') {
            await expect(importReportFile(db, path)).rejects.toMatchObject({ code: 'empty-report' })
            return
          }
          const first = await importReportFile(db, path)
          expect(squeeze(getReportText(db, first.id))).toBe(squeeze(source))
          const before = counts(db)
          const second = await importReportFile(db, path)
          expect(second).toEqual({ ...first, existing: true })
          expect(counts(db)).toEqual(before)
        }),
        { numRuns: 300 },
      )
    })
  })
})

describe('previewReportFile', () => {
  it('shows the format, the encoding, the title, the first lines and the counts', async () => {
    const long = sampleReport + Array.from({ length: 20 }, (_, i) => `第${i + 1}段。后文。`).join('\n')
    const preview = await previewReportFile(writeFixture('report.txt', encoded(long, 'gb18030')))
    expect(preview).toEqual({
      format: 'txt',
      encoding: 'gb18030',
      title: '今后怎么干？ 六个地方要给力',
      firstLines: long.split('\n').filter(Boolean).slice(0, 12),
      parts: 2,
      paragraphs: 22,
    })
  })

  it('fails like the import does, with the same codes', async () => {
    await expect(previewReportFile(writeFixture('x.docx', 'not a zip'))).rejects.toMatchObject({ code: 'bad-docx' })
  })
})

describe('previewImport and importReport (API)', () => {
  const upload = (name: string, bytes: Uint8Array, encoding?: string) => ({
    name,
    bytesBase64: Buffer.from(bytes).toString('base64'),
    ...(encoding ? { encoding } : {}),
  })

  it('preview writes nothing; import imports once, then reports it as existing', async () => {
    const db = openDatabase(':memory:')
    const handlers = createHandlers(db)
    const file = upload('报告.txt', encoded(sampleReport, 'utf-16le', true))
    const preview = await dispatch(handlers, 'previewImport', file)
    expect(preview).toMatchObject({ format: 'txt', encoding: 'utf-16le', parts: 2 })
    expect(counts(db).reports).toBe(0)
    const first = await dispatch(handlers, 'importReport', file)
    expect(first).toMatchObject({ title: '今后怎么干？ 六个地方要给力', parts: 2, existing: false })
    expect(await dispatch(handlers, 'importReport', file)).toEqual({ ...(first as object), existing: true })
  })

  it('passes the encoding override through, and refuses a bad upload before the core runs', async () => {
    const handlers = createHandlers(openDatabase(':memory:'))
    const gb = upload('gb.txt', encoded(sampleReport, 'gb18030'), 'utf-8')
    await expect(dispatch(handlers, 'importReport', gb)).rejects.toMatchObject({ code: 'bad-encoding' })
    await expect(dispatch(handlers, 'importReport', { name: 'a.txt', bytesBase64: '不是base64' })).rejects.toMatchObject({
      code: 'bad-input',
    })
    await expect(dispatch(handlers, 'previewImport', { name: '', bytesBase64: '' })).rejects.toMatchObject({ code: 'bad-input' })
  })
})
