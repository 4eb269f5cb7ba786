import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_UPLOAD_BASE64 } from '../../../electron/api'
import { inlineText, markdownLines } from '../../../electron/core/markdown-lines'
import { MAX_REPORT_BYTES, readReportBytes, readReportFile } from '../../../electron/core/read-report-file'
import { binaryBytes, encoded, sampleDocx, sampleReport, sparseFile, writeFixture } from '../../helpers/report-fixtures'
import { tempDir } from '../../helpers/temp-dir'

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'no error',
    (error: { code?: string }) => error.code,
  )

describe('readReportFile', () => {
  it.each([
    ['UTF-8', () => encoded(sampleReport, 'utf-8'), 'utf-8'],
    ['UTF-8 with BOM', () => encoded(sampleReport, 'utf-8', true), 'utf-8'],
    ['UTF-16 LE with BOM', () => encoded(sampleReport, 'utf-16le', true), 'utf-16le'],
    ['UTF-16 BE with BOM', () => encoded(sampleReport, 'utf-16be', true), 'utf-16be'],
    ['UTF-16 LE without BOM', () => encoded(sampleReport, 'utf-16le'), 'utf-16le'],
    ['GB18030', () => encoded(sampleReport, 'gb18030'), 'gb18030'],
    ['GB18030 behind a UTF-8 BOM', () => new Uint8Array([0xef, 0xbb, 0xbf, ...encoded(sampleReport, 'gb18030')]), 'gb18030'],
  ])('reads a .txt in %s', async (_name, bytes, encoding) => {
    const source = await readReportFile(writeFixture('report.txt', bytes()))
    expect(source).toEqual({ format: 'txt', encoding, text: sampleReport })
  })

  it('uses an explicit encoding, and refuses bytes it cannot decode', async () => {
    const gb = writeFixture('report.txt', encoded(sampleReport, 'gb18030'))
    expect((await readReportFile(gb, { encoding: 'gbk' })).text).toBe(sampleReport)
    expect(await codeOf(readReportFile(gb, { encoding: 'utf-8' }))).toBe('bad-encoding')
    expect(await codeOf(readReportFile(gb, { encoding: 'klingon' }))).toBe('unknown-encoding')
  })

  it('reads Markdown headings by their # count, without emphasis or link markup', async () => {
    const md = '# 政府工作报告\n\n## 一、总体要求\n\n**坚持**稳中求进，见[规划](http://example.com/plan)。\n\n- 要点甲\n- 要点乙\n\n### （一）指导思想\n\n> 引文。\n'
    const source = await readReportFile(writeFixture('report.md', md))
    expect(source.format).toBe('md')
    expect(source.lines).toEqual([
      { text: '政府工作报告', headingLevel: 1 },
      { text: '一、总体要求', headingLevel: 2 },
      { text: '坚持稳中求进，见规划。' },
      { text: '要点甲' },
      { text: '要点乙' },
      { text: '（一）指导思想', headingLevel: 3 },
      { text: '引文。' },
    ])
  })

  it('reads a .docx: the Title style as title, Heading 1 and 2 as levels', async () => {
    const source = await readReportFile(writeFixture('report.docx', await sampleDocx()))
    expect(source.format).toBe('docx')
    expect(source.encoding).toBeNull()
    expect(source.lines?.slice(0, 5)).toEqual([
      { text: '政府工作报告', isTitle: true },
      { text: '——二〇二五年一月在市人民代表大会上' },
      { text: '一、过去一年的工作', headingLevel: 1 },
      { text: '（一）经济运行稳中向好', headingLevel: 2 },
      { text: '全年地区生产总值增长6%。规模以上工业增加值增长8%。' },
    ])
  })

  it.each([
    ['a .docx that is not a zip', () => encoded(sampleReport, 'utf-8')],
    ['a truncated .docx', async () => (await sampleDocx()).subarray(0, 2000)],
    ['a zip that is not a Word document', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...binaryBytes(300)])],
  ])('refuses %s with bad-docx', async (_name, bytes) => {
    expect(await codeOf(readReportFile(writeFixture('report.docx', await bytes())))).toBe('bad-docx')
  })

  it('refuses a binary file with binary-file, naming it', async () => {
    const path = writeFixture('photo.txt', binaryBytes())
    await expect(readReportFile(path)).rejects.toMatchObject({ code: 'binary-file', params: { path } })
  })

  it('refuses a 100 MB file with file-too-large before reading it', async () => {
    const path = sparseFile('huge.txt', 100 * 1024 * 1024)
    await expect(readReportFile(path)).rejects.toMatchObject({ code: 'file-too-large', params: { size: 100, limit: 50 } })
  })

  it('refuses a missing file or a folder with file-not-found', async () => {
    expect(await codeOf(readReportFile(join(tempDir(), 'none.txt')))).toBe('file-not-found')
    const folder = join(tempDir(), 'folder.txt')
    mkdirSync(folder)
    expect(await codeOf(readReportFile(folder))).toBe('file-not-found')
  })

  it('returns an empty file as empty text (the parser refuses it)', async () => {
    expect(await readReportFile(writeFixture('empty.txt', ''))).toEqual({ format: 'txt', encoding: 'utf-8', text: '' })
  })
})

describe('readReportBytes', () => {
  it('tells the format by content when the extension says nothing', async () => {
    expect((await readReportBytes(await sampleDocx(), 'upload')).format).toBe('docx')
    expect((await readReportBytes(encoded('<!DOCTYPE html><h1>标题</h1>', 'utf-8'), 'page.dat')).format).toBe('html')
    expect((await readReportBytes(encoded(sampleReport, 'utf-8'), 'report')).format).toBe('txt')
  })

  it('refuses more than MAX_REPORT_BYTES, which the API upload cap matches', async () => {
    expect(MAX_UPLOAD_BASE64).toBe(Math.ceil(MAX_REPORT_BYTES / 3) * 4)
    expect(await codeOf(readReportBytes(new Uint8Array(MAX_REPORT_BYTES + 1), 'big.txt'))).toBe('file-too-large')
  })

  describe('on HTML with scripts, handlers and remote loads', () => {
    let server: Server
    const requests: string[] = []
    let origin = ''
    beforeAll(async () => {
      server = createServer((req, res) => {
        requests.push(req.url ?? '')
        res.end(`var x = new XMLHttpRequest(); x.open('GET', '${origin}/from-script'); x.send()`)
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

    it('keeps the text only: nothing runs, nothing loads', async () => {
      // Each script or handler, if it ran, would call the server.
      const call = (what: string) => `var x = new XMLHttpRequest(); x.open('GET', '${origin}/${what}'); x.send()`
      const html = `<!doctype html><html><head><title>页面标题</title>
        <script>${call('inline')}</script><script src="${origin}/a.js"></script>
        <link rel="stylesheet" href="${origin}/a.css"><style>p { color: red }</style></head>
        <body onload="${call('onload')}">
        <h1>政府工作报告</h1>
        <h2>一、总体要求</h2>
        <p onclick="${call('click')}">坚持<b>稳中求进</b>。<br>推动高质量发展。</p>
        <img src="${origin}/a.png" onerror="${call('onerror')}"><img src="data:," onerror="${call('onerror2')}">
        <iframe src="${origin}/frame.html"></iframe>
        <ul><li>要点甲</li><li>要点乙</li></ul>
        <h2>二、主要任务</h2><div>正文<p>段内</p>尾巴</div>
        </body></html>`
      const source = await readReportBytes(encoded(html, 'utf-8'), 'page.html')
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(source.lines).toEqual([
        { text: '政府工作报告', headingLevel: 1 },
        { text: '一、总体要求', headingLevel: 2 },
        { text: '坚持稳中求进。' },
        { text: '推动高质量发展。' },
        { text: '要点甲' },
        { text: '要点乙' },
        { text: '二、主要任务', headingLevel: 2 },
        { text: '正文' },
        { text: '段内' },
        { text: '尾巴' },
      ])
      expect(requests).toEqual([])
    })

    it('reads GBK-encoded HTML whatever its meta charset says', async () => {
      const html = '<html><head><meta charset="utf-8"></head><body><h1>标题</h1><p>正文。</p></body></html>'
      const source = await readReportBytes(encoded(html, 'gbk'), 'page.htm')
      expect(source).toMatchObject({ encoding: 'gb18030', text: '标题\n正文。' })
    })
  })
})

describe('markdownLines', () => {
  it('reads setext headings, keeps fenced code and ordered-list numbers, drops rules and tables’ delimiters', () => {
    const md = '标题\n===\n\n一节\n---\n\n```\n代码 *原样*\n```\n\n1. 第一项\n2) 第二项\n\n***\n\n| 甲 | 乙 |\n|---|:-:|\n| 1 | 2 |\n'
    expect(markdownLines(md)).toEqual([
      { text: '标题', headingLevel: 1 },
      { text: '一节', headingLevel: 2 },
      { text: '代码 *原样*' },
      { text: '1. 第一项' },
      { text: '2) 第二项' },
      { text: '甲 乙' },
      { text: '1 2' },
    ])
  })
})

describe('inlineText', () => {
  it.each([
    ['**重点**与*强调*、~~删除~~、__下划__', '重点与强调、删除、下划'],
    ['见[规划](http://x.cn/a_(b))与![图](a.png)', '见规划与图'],
    ['代码`a*b*c`保留', '代码a*b*c保留'],
    ['转义\\*不是强调\\*', '转义*不是强调*'],
    ['snake_case_name 不变', 'snake_case_name 不变'],
    ['网址<https://example.com>与<br/>标签', '网址https://example.com与标签'],
  ])('%s → %s', (markdown, text) => {
    expect(inlineText(markdown)).toBe(text)
  })
})
