// End-to-end fixtures: each test gets a fresh data folder, the real browser
// host (the built `yandu serve`) on a free loopback port, and a page in the
// system Chromium, opened on the printed URL and waited on until the app says
// it is ready.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { test as base } from 'vitest'
import { chromiumArgs, chromiumPath, startHost, stopHost, waitForReady, type RunningApp } from './host'

export { chromiumArgs, chromiumPath, root, startHost, waitForReady, type RunningApp } from './host'

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
    // Reduced motion: no transitions or smooth scrolling half-way when a test
    // looks (axe's colour check included); the app honours the setting.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', reducedMotion: 'reduce' })
    const page = await context.newPage()
    await page.goto(app.url)
    await waitForReady(page)
    await use(page)
    await context.close()
  },
})

export { expect } from 'vitest'
