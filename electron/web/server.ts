// The browser host: serves the built renderer and the API contract over HTTP on
// loopback, for end-to-end tests and for machines without Electron. Every
// request is checked before routing: the Host header must name loopback (a
// DNS-rebinding page cannot), and a per-launch token must be presented.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import type { YanduHandlers } from '../api'
import { contentSecurityPolicy } from '../core/content-security-policy'
import { dispatch } from '../core/dispatch'
import { toErrorPayload } from '../core/errors'
import type { Locale } from '../core/types'

export interface WebHostOptions {
  handlers: YanduHandlers
  /** The built renderer (out/renderer). */
  rendererDir: string
  port?: number
  /** Fixed token for tests; random per launch otherwise. */
  token?: string
  /** The user's language for error messages (their preference, not the OS's). */
  locale?: () => Locale
}

export interface WebHost {
  server: Server
  port: number
  token: string
  /** The URL to open, token included. */
  url: string
  close(): Promise<void>
}

const allowedHosts = new Set(['127.0.0.1', 'localhost'])
const tokenCookie = 'yandu-token'
/** Largest API request body: an uploaded report of the largest size the
 * importer takes (50 MB), base64-encoded, with room for the JSON around it. */
const maxBodyBytes = 72 * 1024 * 1024

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

export function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('hex')
  const server = createServer((req, res) => {
    handle(req, res, options, token).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'application/json', JSON.stringify({ error: toErrorPayload(error) }))
      else res.end()
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port
      resolve({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }),
      })
    })
  })
}

function hostAllowed(req: IncomingMessage): boolean {
  const host = req.headers.host ?? ''
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '')
  return allowedHosts.has(name)
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function cookieToken(req: IncomingMessage): string | undefined {
  const cookies = req.headers.cookie ?? ''
  return cookies
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([name]) => name === tokenCookie)?.[1]
}

async function handle(req: IncomingMessage, res: ServerResponse, options: WebHostOptions, token: string) {
  if (!hostAllowed(req)) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden host')
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')

  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only')
    if (!sameToken(req.headers['x-yandu-token'] as string | undefined, token)) {
      return send(res, 403, 'application/json', JSON.stringify({ error: { code: 'forbidden', message: 'Forbidden' } }))
    }
    const method = decodeURIComponent(url.pathname.slice('/api/'.length))
    let input: unknown
    try {
      input = JSON.parse((await readBody(req)) || '{}')
    } catch (error) {
      const status = (error as Error).message === 'too-large' ? 413 : 400
      return send(res, status, 'application/json', JSON.stringify({ error: { code: 'bad-input', message: 'Malformed JSON' } }))
    }
    try {
      const result = await dispatch(options.handlers, method, input)
      return send(res, 200, 'application/json', JSON.stringify({ result: result ?? null }))
    } catch (error) {
      const payload = toErrorPayload(error, options.locale?.())
      const status = payload.code === 'internal' ? 500 : 400
      return send(res, status, 'application/json', JSON.stringify({ error: payload }))
    }
  }

  // Pages and assets: the token in the query (as printed) or the cookie set
  // by the first page load, so the page's own scripts and styles load too.
  const queryToken = url.searchParams.get('token') ?? undefined
  const authorised = sameToken(queryToken, token) || sameToken(cookieToken(req), token)
  if (!authorised) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden: open the URL printed at start')
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'GET only')

  const file = resolveStatic(options.rendererDir, url.pathname)
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found')
  const type = contentTypes[extname(file)] ?? 'application/octet-stream'
  res.setHeader('Set-Cookie', `${tokenCookie}=${token}; Path=/; HttpOnly; SameSite=Strict`)
  if (extname(file) === '.html') {
    // The renderer reads the token from this meta tag to sign its API calls.
    const html = readFileSync(file, 'utf8').replace('<head>', `<head><meta name="yandu-token" content="${token}">`)
    return send(res, 200, type, html)
  }
  return send(res, 200, type, readFileSync(file))
}

/** Maps a URL path to a file inside `root`, or null; never escapes root. The
 * app is a single page: unknown paths without an extension get index.html. */
function resolveStatic(root: string, pathname: string): string | null {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '')
  const candidate = join(root, relative)
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return null
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  if (!extname(relative)) {
    const index = join(root, 'index.html')
    return existsSync(index) ? index : null
  }
  return null
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBodyBytes) {
        reject(new Error('too-large'))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  })
  res.end(body)
}
