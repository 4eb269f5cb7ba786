// The command line as scripts use it: the built `yandu` in a child process.
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot, seedFile, squeeze, tempDir } from '../../helpers/temp-dir'

const bin = join(repoRoot, 'bin', 'yandu.js')
const seed = readFileSync(seedFile, 'utf8')

function yandu(data: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args, '--data', data], { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8' } })
  return { code: r.status, out: r.stdout, err: r.stderr }
}
const json = (data: string, ...args: string[]) => JSON.parse(yandu(data, ...args, '--json').out)

describe('yandu import', () => {
  it('imports the seed and prints its id, or the counts with --json', () => {
    const data = tempDir()
    const plain = yandu(data, 'import', seedFile)
    expect(plain.code).toBe(0)
    expect(plain.out.trim()).toMatch(/^\d+$/)
    const again = json(data, 'import', seedFile)
    expect(again).toEqual({ id: Number(plain.out), title: '今后怎么干？ 六个地方要给力', parts: 6, paragraphs: 26 })
  })

  it('says clearly when the file does not exist, and exits non-zero', () => {
    const r = yandu(tempDir(), 'import', '/no/such/file.txt')
    expect(r.code).toBe(1)
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.err).toContain('找不到文件')
  })
})

describe('yandu list', () => {
  it('prints the reports as JSON with their counts', () => {
    const data = tempDir()
    yandu(data, 'import', seedFile)
    const list = json(data, 'list')
    expect(list).toEqual([
      { id: 1, title: '今后怎么干？ 六个地方要给力', importedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), notes: 0, highlights: 0 },
    ])
  })
})

describe('yandu outline', () => {
  it('prints the outline in the documented shape', () => {
    const data = tempDir()
    const { id } = json(data, 'import', seedFile)
    const outline = json(data, 'outline', String(id))
    expect(Object.keys(outline)).toEqual(['title', 'subtitle', 'byline', 'parts'])
    expect(outline.parts).toHaveLength(6)
    expect(Object.keys(outline.parts[0])).toEqual(['heading', 'topics', 'sections'])
    expect(outline.parts[0].topics[0]).toEqual({ paragraph: 1, text: '强化科技创新，建设产业转型升级示范区。' })
  })

  it('exits non-zero with one line for a report that does not exist', () => {
    const r = yandu(tempDir(), 'outline', '987654321')
    expect(r.code).toBe(1)
    expect(r.err.trim().split('\n')).toHaveLength(1)
  })
})

describe('yandu text', () => {
  it('prints every character of the source, in order', () => {
    const data = tempDir()
    const { id } = json(data, 'import', seedFile)
    expect(squeeze(yandu(data, 'text', String(id)).out)).toBe(squeeze(seed))
  })
})

describe('usage', () => {
  it('prints usage and exits non-zero for an unknown command or a bad argument', () => {
    const unknown = yandu(tempDir(), 'frobnicate')
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('Usage: yandu')
    const bad = yandu(tempDir(), 'list', '--frob')
    expect(bad.code).toBe(2)
    const missing = yandu(tempDir(), 'outline')
    expect(missing.code).toBe(2)
  })
})

describe('yandu serve', () => {
  it('says clearly when the data folder cannot be written, and does not start', () => {
    const blocker = join(tempDir(), 'a-file')
    writeFileSync(blocker, 'x')
    const r = spawnSync(process.execPath, [bin, 'serve', '--data', join(blocker, 'data')], { encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8' }, timeout: 20_000 })
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim()).toMatch(/^yandu: 数据文件夹不可写/)
  })

  it('prints the URL with its token on the first line, and serves the app there', async () => {
    const data = tempDir()
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--data', data], { stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (c) => {
          out += c
          if (out.includes('\n')) resolve(out.split('\n')[0])
        })
        child.on('exit', (code) => reject(new Error(`exited ${code}`)))
      })
      expect(firstLine).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+$/)
      const status = await new Promise<number>((resolve, reject) =>
        request(firstLine, (res) => {
          res.resume()
          resolve(res.statusCode!)
        })
          .on('error', reject)
          .end(),
      )
      expect(status).toBe(200)
      // The first start imported the shipped report.
      expect(json(data, 'list')).toHaveLength(1)
    } finally {
      child.kill('SIGTERM')
    }
  })
})
