// `yandu import` on files of every kind, through the built command line.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { binaryBytes, encoded, sampleDocx, sampleReport, writeFixture } from '../../helpers/report-fixtures'
import { repoRoot, squeeze, tempDir } from '../../helpers/temp-dir'

const bin = join(repoRoot, 'bin', 'yandu.js')

function yandu(data: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args, '--data', data], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'zh_CN.UTF-8', YANDU_LANG: '' },
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}
const list = (data: string) => JSON.parse(yandu(data, 'list', '--json').out) as unknown[]

describe('yandu import FILE', () => {
  it('imports a GB18030 .txt and prints exactly id, title, parts and paragraphs with --json', () => {
    const data = tempDir()
    const file = writeFixture('报告.txt', encoded(sampleReport, 'gb18030'))
    const r = yandu(data, 'import', file, '--json')
    expect(r.code).toBe(0)
    const result = JSON.parse(r.out)
    expect(Object.keys(result)).toEqual(['id', 'title', 'parts', 'paragraphs'])
    expect(result).toMatchObject({ title: '今后怎么干？ 六个地方要给力', parts: 2, paragraphs: 2 })
    expect(squeeze(yandu(data, 'text', String(result.id)).out)).toBe(squeeze(sampleReport))
  })

  it('says the report is already there on a second import, with the same id', () => {
    const data = tempDir()
    const file = writeFixture('报告.txt', encoded(sampleReport, 'utf-16le', true))
    const first = yandu(data, 'import', file)
    const second = yandu(data, 'import', file)
    expect(second.code).toBe(0)
    expect(second.out).toBe(first.out)
    expect(second.err).toContain('文库里已有这份报告')
    expect(list(data)).toHaveLength(1)
  })

  it('imports a .docx with its title', async () => {
    const data = tempDir()
    const r = yandu(data, 'import', writeFixture('report.docx', await sampleDocx()), '--json')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ title: '政府工作报告', parts: 2 })
  })

  it.each([
    ['a binary file', 'data.txt', () => binaryBytes(), '这不是文本文件'],
    ['a .docx that is not a zip', 'fake.docx', () => encoded(sampleReport, 'utf-8'), 'Word 文件'],
    ['an empty file', 'empty.txt', () => new Uint8Array(), '文件是空的'],
  ])('refuses %s: exit 1, one line, the library unchanged', (_name, file, bytes, message) => {
    const data = tempDir()
    yandu(data, 'import', writeFixture('seed.txt', sampleReport))
    const r = yandu(data, 'import', writeFixture(file, bytes()), '--json')
    expect(r.code).toBe(1)
    expect(r.out).toBe('')
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.err).toContain(message)
    expect(list(data)).toHaveLength(1)
  })

  it('takes --encoding: refuses GB18030 bytes read as UTF-8, reads them as GBK', () => {
    const data = tempDir()
    const file = writeFixture('gb.txt', encoded(sampleReport, 'gb18030'))
    const wrong = yandu(data, 'import', file, '--encoding', 'utf-8')
    expect(wrong.code).toBe(1)
    expect(wrong.err.trim().split('\n')).toHaveLength(1)
    expect(wrong.err).toContain('编码')
    expect(list(data)).toHaveLength(0)
    const right = yandu(data, 'import', file, '--encoding', 'gbk', '--json')
    expect(right.code).toBe(0)
    expect(JSON.parse(right.out).title).toBe('今后怎么干？ 六个地方要给力')
  })

  it('refuses an unknown --encoding with one line', () => {
    const r = yandu(tempDir(), 'import', writeFixture('a.txt', sampleReport), '--encoding', 'ebcdic')
    expect(r.code).toBe(1)
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.err).toContain('ebcdic')
  })
})
