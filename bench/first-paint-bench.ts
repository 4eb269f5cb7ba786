// The browser host's first paint of the reader with the seed, in the system
// Chromium: from navigation start to the moment the reader has rendered the
// report text (the app's ready signal), recorded inside the page.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { chromiumArgs, chromiumPath, startHost } from '../test/e2e/host'
import { median, round, type Measure } from './measure'

// A string, not a function: tsx's transform would wrap a function's inner
// functions in a helper (__name) that does not exist in the page.
const recordReady = `
  new MutationObserver(() => {
    if (document.documentElement.dataset.ready === 'true' && !('__readyAt' in window)) {
      window.__readyAt = performance.now()
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] })
`

export async function firstPaintBench(): Promise<Measure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yandu-bench-'))
  const host = await startHost(dataDir)
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  try {
    const once = async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
      const page = await context.newPage()
      await page.addInitScript(recordReady)
      await page.goto(host.url)
      await page.waitForFunction(() => '__readyAt' in window, undefined, { timeout: 20_000 })
      const ms = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt)
      await context.close()
      return ms
    }
    await once() // the first start imports the seed; measure the app, not that
    return [{ name: 'first paint', value: round(await median(5, once)), unit: 'ms', bar: 1000 }]
  } finally {
    await browser.close()
    host.child.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}
