// `yandu export`, `brief new`, `briefs` as scripts use them: the built
// command line in a child process.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, seedFile, tempDir } from '../../helpers/temp-dir'

const bin = join(repoRoot, 'bin', 'yandu.js')
function yandu(data: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args, '--data', data], { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8' } })
  return { code: r.status, out: r.stdout, err: r.stderr }
}
const json = (data: string, ...args: string[]) => JSON.parse(yandu(data, ...args, '--json').out)
function library(...quotes: string[]) {
  const data = tempDir()
  const { id } = json(data, 'import', seedFile)
  const citations = quotes.map((q) => json(data, 'highlight', String(id), '--quote', q).citation as string)
  return { data, id: String(id), citations }
}

describe('yandu export --report', () => {
  it('exports the report’s highlights without storing a brief', () => {
    const { data, id, citations } = library('强化科技创新，建设产业转型升级示范区。', '揭榜挂帅')
    const out = join(data, 'brief.md')
    const r = yandu(data, 'export', '--report', id, '--template', 'outline', '--format', 'md', '--out', out)
    expect(r.code).toBe(0)
    expect(r.out.trim()).toBe(out)
    const md = readFileSync(out, 'utf8')
    expect(md).toContain('# 《今后怎么干？ 六个地方要给力》学习提纲')
    for (const c of citations) expect(md).toContain(c)
    expect(json(data, 'briefs')).toEqual([])
  })

  it('takes the template by its Chinese name and the format from the extension', () => {
    const { data, id } = library('揭榜挂帅')
    const out = join(data, 'quiz.html')
    expect(yandu(data, 'export', '--report', id, '--template', '测验', '--out', out).code).toBe(0)
    const html = readFileSync(out, 'utf8')
    expect(html).toContain('推行“______”等制度')
    expect(html).toContain('<h2>答案</h2>')
  })

  it('exports the title alone for a report with no highlights', () => {
    const { data, id } = library()
    const out = join(data, 'empty.md')
    expect(yandu(data, 'export', '--report', id, '--format', 'md', '--out', out).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe('# 《今后怎么干？ 六个地方要给力》学习提纲\n')
  })
})

describe('yandu brief new, briefs, export --brief', () => {
  it('makes a brief from the highlights, lists it and exports it to Word', () => {
    const { data, id } = library('揭榜挂帅', '新型研发机构')
    const made = yandu(data, 'brief', 'new', id, '--template', 'handout', '--title', '讲义')
    expect(made.code).toBe(0)
    expect(made.out).toMatch(/^\d+\n$/)
    const record = json(data, 'brief', 'new', id)
    expect(Object.keys(record)).toEqual(['id', 'title', 'report', 'template', 'blocks'])
    expect(json(data, 'briefs')).toEqual([
      record,
      { id: Number(made.out), title: '讲义', report: Number(id), template: 'handout', blocks: 3 },
    ])
    const out = join(data, 'handout.docx')
    expect(yandu(data, 'export', '--brief', made.out.trim(), '--format', 'docx', '--out', out).code).toBe(0)
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK')
  })
})

describe('yandu export: bad input', () => {
  it('gives one clear line and exit 1 for an unwritable folder or a refused name, leaving no file', () => {
    const { data, id } = library('揭榜挂帅')
    const plain = join(data, 'plain.txt')
    writeFileSync(plain, 'x')
    const before = readdirSync(data).sort()
    const folder = yandu(data, 'export', '--report', id, '--format', 'docx', '--out', join(plain, 'x.docx'))
    expect(folder.code).toBe(1)
    expect(folder.err).toMatch(/^yandu: 无法写入导出文件夹：.*plain\.txt（ENOTDIR）\n$/)
    const long = yandu(data, 'export', '--report', id, '--format', 'md', '--out', join(data, `${'x'.repeat(300)}.md`))
    expect(long.code).toBe(1)
    expect(long.err).toMatch(/^yandu: 文件系统不接受这个文件名：x+…x+\.md\n$/)
    expect(readdirSync(data).sort()).toEqual(before)
  })

  it('refuses unknown templates, formats, briefs and sub-commands', () => {
    const { data, id } = library()
    const out = join(data, 'x.md')
    expect(yandu(data, 'export', '--report', id, '--template', 'poster', '--out', out)).toMatchObject({ code: 1 })
    expect(yandu(data, 'export', '--report', id, '--format', 'odt', '--out', out)).toMatchObject({ code: 1 })
    expect(yandu(data, 'export', '--brief', '42', '--out', out)).toMatchObject({ code: 1 })
    expect(yandu(data, 'export', '--report', id, '--brief', '1', '--out', out).code).toBe(2)
    expect(yandu(data, 'export', '--report', id).code).toBe(2)
    expect(yandu(data, 'export', '--report', id, '--out', join(data, 'noextension')).code).toBe(2)
    expect(yandu(data, 'brief', 'old', id).code).toBe(2)
    expect(existsSync(out)).toBe(false)
  })
})
