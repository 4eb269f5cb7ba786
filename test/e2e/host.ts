// The browser host and the system Chromium, as the e2e tests and the bench
// start them. Plain Node (no test runner), so the bench can use it too.
import { spawn, type ChildProcess } from 'node:child_process'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'

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

export function stopHost(child: ChildProcess): Promise<void> {
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

