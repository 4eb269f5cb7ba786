import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/core/database'
import { getPreferences, setPreferences } from '../../../electron/core/preferences'
import { importReportText } from '../../../electron/core/report-import'
import { createHandlers } from '../../../electron/core/service'
import { startWebHost, type WebHost } from '../../../electron/web/server'
import { tempDir } from '../../helpers/temp-dir'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function call(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

let host: WebHost | undefined
const secrets: string[] = []
afterEach(async () => {
  await host?.close()
  host = undefined
  for (const file of secrets.splice(0)) rmSync(file, { force: true })
})

async function start() {
  const rendererDir = tempDir()
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>')
  mkdirSync(join(rendererDir, 'assets'))
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  // A file beside the renderer folder, where a '..' would reach.
  writeFileSync(`${rendererDir}-secret.txt`, 'secret')
  secrets.push(`${rendererDir}-secret.txt`)
  const db = openDatabase(':memory:')
  const { id } = importReportText(db, '标题\n\n1 第一部分\n\n正文。')
  host = await startWebHost({ handlers: createHandlers(db), rendererDir, port: 0 })
  return { host, id, db, rendererDir }
}

const api = (token: string, body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-yandu-token': token },
  body: JSON.stringify(body),
})

describe('startWebHost', () => {
  it('listens on loopback only and prints a URL with its token', async () => {
    const { host } = await start()
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' })
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`)
    expect(host.token).toMatch(/^[0-9a-f]{48}$/)
  })

  it('serves the page at the printed URL with the token for the client and a strict CSP', async () => {
    const { host } = await start()
    const page = await call(host.port, `/?token=${host.token}`)
    expect(page.status).toBe(200)
    expect(page.body).toContain(`<meta name="yandu-token" content="${host.token}">`)
    expect(page.headers['content-security-policy']).toContain("default-src 'self'")
    expect(String(page.headers['set-cookie'])).toContain('HttpOnly')
  })

  it('refuses a page or asset without the token, and accepts the cookie the page set', async () => {
    const { host } = await start()
    expect((await call(host.port, '/')).status).toBe(403)
    expect((await call(host.port, '/assets/app.js')).status).toBe(403)
    const asset = await call(host.port, '/assets/app.js', { headers: { cookie: `yandu-token=${host.token}` } })
    expect(asset.status).toBe(200)
    expect(asset.headers['content-type']).toContain('javascript')
  })

  it('refuses a foreign Host header with 403 before routing', async () => {
    const { host } = await start()
    const reply = await call(host.port, `/?token=${host.token}`, { headers: { host: 'evil.example' } })
    expect(reply.status).toBe(403)
    const rebinding = await call(host.port, '/api/listReports', { ...api(host.token, {}), headers: { ...api(host.token, {}).headers, host: `evil.example:${host.port}` } })
    expect(rebinding.status).toBe(403)
    const local = await call(host.port, `/?token=${host.token}`, { headers: { host: `localhost:${host.port}` } })
    expect(local.status).toBe(200)
  })

  it('answers the API with the token and refuses it without', async () => {
    const { host, id } = await start()
    expect((await call(host.port, '/api/listReports', { method: 'POST', body: '{}' })).status).toBe(403)
    expect((await call(host.port, '/api/listReports', api('wrong'.repeat(10), {}))).status).toBe(403)
    const ok = await call(host.port, '/api/listReports', api(host.token, {}))
    expect(ok.status).toBe(200)
    expect(JSON.parse(ok.body).result).toEqual([expect.objectContaining({ id, title: '标题' })])
  })

  it('refuses malformed input with a clear error and writes nothing', async () => {
    const { host, db } = await start()
    const bad = await call(host.port, '/api/setPreferences', api(host.token, { theme: 'neon' }))
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body).error).toMatchObject({ code: 'bad-input' })
    const notJson = await call(host.port, '/api/setPreferences', { ...api(host.token, {}), body: '{oops' })
    expect(notJson.status).toBe(400)
    expect(db.prepare('SELECT COUNT(*) AS n FROM settings').get()).toEqual({ n: 0 })
    const unknown = await call(host.port, '/api/dropEverything', api(host.token, {}))
    expect(JSON.parse(unknown.body).error).toMatchObject({ code: 'unknown-method' })
  })

  it('never serves a file outside the renderer folder', async () => {
    const { host, rendererDir } = await start()
    const name = `${basename(rendererDir)}-secret.txt`
    const auth = { headers: { cookie: `yandu-token=${host.token}` } }
    for (const path of [`/../${name}`, `/%2e%2e/${name}`, `/assets/..%2f..%2f${name}`, '/%2e%2e/%2e%2e/%2e%2e/etc/passwd']) {
      const reply = await call(host.port, path, auth)
      expect(reply.body).not.toContain('secret')
      expect(reply.body).not.toContain('root:')
    }
  })
})

describe('error messages', () => {
  it('come in the language the user chose in preferences', async () => {
    const rendererDir = tempDir()
    writeFileSync(join(rendererDir, 'index.html'), '<html><head></head></html>')
    const db = openDatabase(':memory:')
    host = await startWebHost({ handlers: createHandlers(db), rendererDir, locale: () => getPreferences(db).locale })
    const ask = async () => JSON.parse((await call(host!.port, '/api/getReader', api(host!.token, { reportId: 9 }))).body).error
    expect((await ask()).message).toBe('找不到报告：9')
    setPreferences(db, { locale: 'en' })
    expect((await ask()).message).toBe('No such report: 9')
  })
})
