// End-to-end fixtures: each test gets a fresh data folder, the real browser
// host (the built `yandu serve`) on a free loopback port, and a page in the
// system Chromium, opened on the printed URL and waited on until the app says
// it is ready.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { test as base } from 'vitest'

export const root = resolve(import.meta.dirname, '..', '..')
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export interface RunningApp {
  url: string
  port: number
  token: string
  dataDir: string
  /** Stops the host and starts it again on the same data folder (a restart). */
  restart(): Promise<void>
}

export function startHost(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolveHost, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'yandu.js'), 'serve', '--port', '0', '--data', dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`serve printed no URL: ${err}`)), 20_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = out.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=\w+/)
      if (match) {
        clearTimeout(timer)
        resolveHost({ child, url: match[0] })
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`serve exited with ${code}: ${err}`))
    })
  })
}

function stopHost(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done()
    child.once('exit', () => done())
    child.kill('SIGTERM')
  })
}

/** Waits until the app has rendered what it was asked for. */
export async function waitForReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 })
}

interface Fixtures {
  browser: Browser
  app: RunningApp
  page: Page
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  browser: async ({}, use) => {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
    await use(browser)
    await browser.close()
  },
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'yandu-e2e-'))
    let host = await startHost(dataDir)
    const app: RunningApp = {
      get url() {
        return host.url
      },
      get port() {
        return Number(new URL(host.url).port)
      },
      get token() {
        return new URL(host.url).searchParams.get('token')!
      },
      dataDir,
      async restart() {
        await stopHost(host.child)
        host = await startHost(dataDir)
      },
    }
    await use(app)
    await stopHost(host.child)
    rmSync(dataDir, { recursive: true, force: true })
  },
  page: async ({ browser, app }, use) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
    const page = await context.newPage()
    await page.goto(app.url)
    await waitForReady(page)
    await use(page)
    await context.close()
  },
})

export { expect } from 'vitest'
