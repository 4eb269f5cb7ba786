// `yandu highlight`, `highlights`, `delete-highlight`, `restore-highlight` as
// scripts use them: the built command line in a child process.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, seedFile, tempDir } from '../../helpers/temp-dir'

const bin = join(repoRoot, 'bin', 'yandu.js')
function yandu(data: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args, '--data', data], { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8' } })
  return { code: r.status, out: r.stdout, err: r.stderr }
}
const json = (data: string, ...args: string[]) => JSON.parse(yandu(data, ...args, '--json').out)
function library() {
  const data = tempDir()
  const { id } = json(data, 'import', seedFile)
  return { data, id: String(id) }
}

describe('yandu highlight --quote', () => {
  it('highlights the first occurrence as 重点 and prints it in the documented shape', () => {
    const { data, id } = library()
    const h = json(data, 'highlight', id, '--quote', '建设产业转型升级示范区', '--tag', '总纲', '--tag', '发言', '--comment', '开篇')
    expect(Object.keys(h)).toEqual(['id', 'category', 'tags', 'comment', 'state', 'text', 'part', 'paragraph', 'citation'])
    expect(h).toMatchObject({ category: '重点', tags: ['发言', '总纲'], comment: '开篇', state: 'exact', part: 1, paragraph: 1 })
  })

  it('takes the Nth occurrence and a category by name', () => {
    const { data, id } = library()
    const h = json(data, 'highlight', id, '--quote', '产业转型升级示范区', '--occurrence', '2', '--category', '金句')
    expect(h).toMatchObject({ category: '金句', part: 1, paragraph: 1, text: '产业转型升级示范区' })
    const third = json(data, 'highlight', id, '--quote', '示范区', '--occurrence', '4')
    expect(third.paragraph).toBe(2)
  })

  it('crosses a paragraph break, written as a newline or left out', () => {
    const { data, id } = library()
    const a = json(data, 'highlight', id, '--quote', '打造“三江六岸”')
    const b = json(data, 'highlight', id, '--quote', '打造\n“三江六岸”')
    expect(a.text).toBe('打造\n“三江六岸”')
    expect(b.text).toBe(a.text)
    expect(json(data, 'highlights', id)).toHaveLength(2)
  })

  it('refuses a quote not in the report, an unknown category or an empty quote, writing nothing', () => {
    const { data, id } = library()
    for (const args of [
      ['--quote', '这句话不在报告里'],
      ['--quote', '强化科技创新', '--category', '紫色'],
      ['--quote', '  '],
      ['--quote', '强化科技创新', '--occurrence', '99'],
    ]) {
      const r = yandu(data, 'highlight', id, ...args)
      expect(r.code, args.join(' ')).toBe(1)
      expect(r.err.trim().split('\n')).toHaveLength(1)
    }
    expect(json(data, 'highlights', id)).toEqual([])
  })
})

describe('yandu highlight --quotes', () => {
  it('writes many in one transaction and prints their ids in file order', () => {
    const { data, id } = library()
    const file = join(data, 'quotes.json')
    writeFileSync(
      file,
      JSON.stringify([
        { exact: '示范区', prefix: '创新创业生态' },
        { exact: '揭榜挂帅', category: '金句', comment: '提法', tags: ['提法'] },
      ]),
    )
    const ids = json(data, 'highlight', id, '--quotes', file)
    const all = json(data, 'highlights', id)
    expect(ids).toHaveLength(2)
    expect(all.find((h: { id: string }) => h.id === ids[0])).toMatchObject({ paragraph: 4, text: '示范区' })
    expect(all.find((h: { id: string }) => h.id === ids[1])).toMatchObject({ category: '金句', comment: '提法' })
  })

  it('writes nothing when one quote of the file is not found', () => {
    const { data, id } = library()
    const file = join(data, 'quotes.json')
    writeFileSync(file, JSON.stringify([{ exact: '揭榜挂帅' }, { exact: '不存在的句子' }]))
    expect(yandu(data, 'highlight', id, '--quotes', file).code).toBe(1)
    writeFileSync(file, '{not json')
    expect(yandu(data, 'highlight', id, '--quotes', file).code).toBe(1)
    expect(json(data, 'highlights', id)).toEqual([])
  })
})

describe('yandu delete-highlight and restore-highlight', () => {
  it('moves a highlight to the trash and back', () => {
    const { data, id } = library()
    const h = json(data, 'highlight', id, '--quote', '揭榜挂帅')
    expect(yandu(data, 'delete-highlight', h.id).code).toBe(0)
    expect(json(data, 'highlights', id)).toEqual([])
    expect(json(data, 'list')[0].highlights).toBe(0)
    expect(yandu(data, 'restore-highlight', h.id).code).toBe(0)
    expect(json(data, 'highlights', id).map((x: { id: string }) => x.id)).toEqual([h.id])
  })

  it('exits non-zero for an id that does not exist', () => {
    const { data } = library()
    const r = yandu(data, 'delete-highlight', 'no-such-id')
    expect(r.code).toBe(1)
    expect(r.err).toContain('找不到划线')
  })
})
