// `yandu import --as-edition-of` and `yandu text --edition`.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, seedFile, squeeze, tempDir } from '../../helpers/temp-dir'

const bin = join(repoRoot, 'bin', 'yandu.js')
const seed = readFileSync(seedFile, 'utf8')
function yandu(data: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args, '--data', data], { encoding: 'utf8' })
  return { code: r.status, out: r.stdout, err: r.stderr }
}
const json = (data: string, ...args: string[]) => JSON.parse(yandu(data, ...args, '--json').out)

describe('yandu import --as-edition-of', () => {
  it('imports a revision as edition 2, carries the highlights and counts how they landed', () => {
    const data = tempDir()
    const { id } = json(data, 'import', seedFile)
    json(data, 'highlight', String(id), '--quote', '争取国省科技资源共享服务平台布局衡阳')
    json(data, 'highlight', String(id), '--quote', '常态化开展扫黑除恶斗争')
    const revisedFile = join(data, 'revised.txt')
    const revised = seed.replace('严厉打击各类违法犯罪行为，常态化开展扫黑除恶斗争，', '').replace('强化科技创新，建设产业转型升级示范区。', '坚持创新驱动。\n\n强化科技创新，建设产业转型升级示范区。')
    writeFileSync(revisedFile, revised)
    const outcome = json(data, 'import', revisedFile, '--as-edition-of', String(id))
    expect(outcome).toEqual({ id, edition: 2, exact: 1, moved: 0, approximate: 0, orphaned: 1 })
    const states = json(data, 'highlights', String(id)).map((h: { state: string }) => h.state).sort()
    expect(states).toEqual(['exact', 'orphaned'])
    expect(squeeze(yandu(data, 'text', String(id)).out)).toBe(squeeze(revised))
    expect(squeeze(yandu(data, 'text', String(id), '--edition', '1').out)).toBe(squeeze(seed))
    expect(json(data, 'list')).toHaveLength(1)
  })

  it('refuses a missing report or edition with one line and a non-zero exit', () => {
    const data = tempDir()
    const { id } = json(data, 'import', seedFile)
    expect(yandu(data, 'import', seedFile, '--as-edition-of', '99').code).toBe(1)
    const r = yandu(data, 'text', String(id), '--edition', '5')
    expect(r.code).toBe(1)
    expect(r.err.trim().split('\n')).toHaveLength(1)
  })
})
