// `yandu search` as scripts use it: the built command line in a child process.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, seedFile, tempDir } from '../../helpers/temp-dir'

const bin = join(repoRoot, 'bin', 'yandu.js')

function yandu(data: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args, '--data', data], { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8' } })
  return { code: r.status, out: r.stdout, err: r.stderr }
}
const json = (data: string, ...args: string[]) => JSON.parse(yandu(data, ...args, '--json').out)

function libraryWithSeed() {
  const data = tempDir()
  const { id } = json(data, 'import', seedFile)
  return { data, id: String(id) }
}

describe('yandu search', () => {
  it('prints the hits of 园区, 衡 and 产业转型升级 with the query marked in every snippet', () => {
    const { data } = libraryWithSeed()
    for (const query of ['园区', '衡', '产业转型升级']) {
      const hits = json(data, 'search', query) as Record<string, unknown>[]
      expect(hits.length).toBeGreaterThan(0)
      for (const hit of hits) {
        expect(Object.keys(hit)).toEqual(['report', 'part', 'paragraph', 'kind', 'snippet'])
        expect(String(hit.snippet).replace(/<\/?mark>/g, '')).toContain(query)
        expect(hit.snippet).toContain(`<mark>${query}</mark>`)
      }
    }
    expect(json(data, 'search', '产业转型升级')).toEqual([
      { report: 1, part: 1, paragraph: 1, kind: 'text', snippet: expect.any(String) },
      { report: 1, part: 1, paragraph: 2, kind: 'text', snippet: expect.any(String) },
    ])
  })

  it('reports highlight comments as highlight hits', () => {
    const { data, id } = libraryWithSeed()
    yandu(data, 'highlight', id, '--quote', '建设“五好”园区', '--comment', '开发区整合 <b>&</b>')
    expect(json(data, 'search', '开发区整合')).toEqual([
      { report: 1, part: 3, paragraph: 2, kind: 'highlight', snippet: '<mark>开发区整合</mark> &lt;b&gt;&amp;&lt;/b&gt;' },
    ])
  })

  it('keeps to one report with --report', () => {
    const { data } = libraryWithSeed()
    const other = join(tempDir(), 'other.txt')
    writeFileSync(other, readFileSync(seedFile, 'utf8').replace('今后怎么干', '第二份报告'))
    const second = json(data, 'import', other).id
    expect(new Set(json(data, 'search', '园区').map((h: { report: number }) => h.report))).toEqual(new Set([1, second]))
    expect(json(data, 'search', '园区', '--report', String(second)).map((h: { report: number }) => h.report)).toEqual([second, second])
  })

  it('prints one hit a line without --json', () => {
    const { data } = libraryWithSeed()
    const r = yandu(data, 'search', '园区')
    expect(r.code).toBe(0)
    const lines = r.out.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0].split('\t').slice(0, 3)).toEqual(['1', '1.1', 'text'])
    expect(lines[0]).toContain('<mark>园区</mark>')
  })

  it('takes FTS5 syntax as plain text', () => {
    const { data } = libraryWithSeed()
    for (const query of ['"', '*', 'OR', '(', '园区 OR 衡阳', 'NEAR(']) {
      const r = yandu(data, 'search', query, '--json')
      expect(r.code).toBe(0)
      expect(Array.isArray(JSON.parse(r.out))).toBe(true)
    }
  })

  it('exits 1 with one line for a report that does not exist, and 2 without a query', () => {
    const { data } = libraryWithSeed()
    const missing = yandu(data, 'search', '园区', '--report', '987654')
    expect(missing.code).toBe(1)
    expect(missing.err.trim().split('\n')).toHaveLength(1)
    expect(yandu(data, 'search').code).toBe(2)
  })
})
