// Opening a section with 500 highlights (issue 3, "Bench"; DESIGN.md bar:
// < 50 ms script time). The seed with 500 highlights in its longest part,
// written through the core before the browser host starts on that folder;
// then the reader in the system Chromium. The app marks the span itself
// (stores/highlights.ts, useHighlightMarks.ts): from the listHighlights
// request (where the core resolves the 500 anchors) to the moment the
// highlighted paragraphs are patched into the DOM. Layout and paint are the
// browser's, not script, and are left out.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { listCategories } from '../electron/core/categories'
import { createHighlights, type NewHighlight } from '../electron/core/highlights'
import { openLibrary } from '../electron/core/library'
import { getReader, listReports } from '../electron/core/report-queries'
import { chromiumArgs, chromiumPath, startHost, stopHost, waitForReady } from '../test/e2e/host'
import { median, round, type Measure } from './measure'
import { seededRandom } from './seeded-random'

const HIGHLIGHTS = 500
const SEED = 5
/** Quote lengths, as people highlight: a phrase to a sentence. */
const MIN_LENGTH = 4
const MAX_LENGTH = 40

/** 500 highlights spread over the paragraphs of the seed's longest part, in
 * every category, some with comments and tags (so they overlap, as real
 * ones do when a part is studied closely). Returns that part's number. */
export function seedHighlights(dataDir: string, root: string): number {
  const library = openLibrary(dataDir, { seedFile: join(root, 'resources', 'report.txt') })
  try {
    const db = library.db
    const [report] = listReports(db)
    const doc = getReader(db, report.id)
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph' && b.part > 0 && b.text.length > MAX_LENGTH)
    const sizes = new Map<number, number>()
    for (const p of paragraphs) sizes.set(p.part, (sizes.get(p.part) ?? 0) + p.text.length)
    const part = [...sizes].sort((a, b) => b[1] - a[1])[0][0]
    const inPart = paragraphs.filter((p) => p.part === part)
    const categories = listCategories(db)
    const random = seededRandom(SEED)
    const pick = (n: number) => Math.floor(random() * n)
    const items: NewHighlight[] = Array.from({ length: HIGHLIGHTS }, (_, i) => {
      const p = inPart[pick(inPart.length)]
      const length = MIN_LENGTH + pick(MAX_LENGTH - MIN_LENGTH + 1)
      const start = pick(p.text.length - length)
      return {
        reportId: report.id,
        ranges: [{ paragraphId: p.id, start, end: start + length }],
        categoryId: categories[i % categories.length].id,
        comment: i % 5 === 0 ? `批注 ${i}` : undefined,
        tags: i % 7 === 0 ? ['基准'] : undefined,
      }
    })
    createHighlights(db, items)
    return part
  } finally {
    library.close()
  }
}

/** The app's own span for the last highlights load, in ms. */
async function highlightsSpan(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('yandu:highlights').length > 0, undefined, {
    timeout: 20_000,
  })
  return page.evaluate(() => performance.getEntriesByName('yandu:highlights').at(-1)!.duration)
}

export async function sectionHighlightsBench(root: string): Promise<Measure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'yandu-bench-highlights-'))
  const part = seedHighlights(dataDir, root)
  const host = await startHost(dataDir)
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    const once = async () => {
      await page.goto(host.url)
      await waitForReady(page)
      const marks = await page.locator(`p[data-part="${part}"] mark[data-highlight-id]`).count()
      if (marks < HIGHLIGHTS) throw new Error(`only ${marks} runs of highlights rendered in part ${part}`)
      return highlightsSpan(page)
    }
    // The first starts warm the host (its JIT, SQLite's page cache) and the
    // browser's code cache: measure the steady state, as a reader's day is.
    for (let i = 0; i < 3; i++) await once()
    const value = round(await median(7, once))
    await context.close()
    return [{ name: 'section 500 highlights', value, unit: 'ms', bar: 50 }]
  } finally {
    await browser.close()
    await stopHost(host.child)
    rmSync(dataDir, { recursive: true, force: true })
  }
}
