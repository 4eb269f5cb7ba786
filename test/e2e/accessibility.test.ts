// Automated accessibility checks (axe-core) of the main screens: nothing
// serious or critical.
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { expect, test } from './fixtures'
import { apiCall } from './models/api'
import { BriefEditor } from './models/BriefEditor'
import { BriefsPage } from './models/BriefsPage'
import { firstReport, highlightQuotes } from './models/seedHighlights'
import { FindBar } from './models/FindBar'
import { Highlights } from './models/Highlights'
import { ImportDialog } from './models/ImportDialog'
import { LibraryPage } from './models/LibraryPage'
import { PreferencesDrawer } from './models/PreferencesDrawer'
import { SearchPalette } from './models/SearchPalette'

/** `exclude`: parts axe cannot enter, such as the brief preview, a sandboxed
 * frame in which no script (axe's included) runs: axe would wait forever. */
async function seriousViolations(page: Page, exclude?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page })
  const results = await (exclude ? axe.exclude(exclude) : axe).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Highlights in the text (two overlapping), one open in the notes pane,
 * and a selection with its toolbar: everything highlighting adds to the reader. */
async function withHighlights(page: Page): Promise<void> {
  const hl = new Highlights(page)
  await hl.select('强化科技创新，建设产业转型升级示范区。')
  await hl.press(1)
  await hl.select('建设产业转型升级示范区。争取国省科技资源')
  await hl.press(2)
  await hl.select('推行“揭榜挂帅”等制度')
  await hl.press(4)
  expect(await hl.marks().count()).toBe(4)
  await hl.mark('推行“揭榜挂帅”等制度').click()
  await hl.card.waitFor()
  await hl.select('大力开展5G建设专项行动')
}

test('the reader has no serious or critical accessibility violation', async ({ page }) => {
  expect(await seriousViolations(page)).toEqual([])
})

test('the reader with highlights, a highlight open and the selection toolbar has none either', async ({ page }) => {
  await withHighlights(page)
  expect(await seriousViolations(page)).toEqual([])
  await new Highlights(page).openPanel()
  expect(await seriousViolations(page)).toEqual([])
})

test('the reader in the dark theme, with the preferences open, has none either', async ({ page }) => {
  await withHighlights(page)
  const prefs = new PreferencesDrawer(page)
  await prefs.open()
  await prefs.chooseTheme('深色')
  expect(await seriousViolations(page)).toEqual([])
})

test('the library has no serious or critical accessibility violation', async ({ page }) => {
  await new LibraryPage(page).open()
  expect(await seriousViolations(page)).toEqual([])
})

test('the library with the import dialog showing a preview has none either', async ({ page }) => {
  const library = new LibraryPage(page)
  await library.open()
  await library.chooseFile('园区.txt', Buffer.from('园区建设简报\n\n一、进展\n\n园区建设稳步推进。\n', 'utf8'))
  await new ImportDialog(page).waitForPreview()
  expect(await seriousViolations(page)).toEqual([])
})

test('the briefs list, a brief with its preview, and the export dialog have none either', async ({ page }) => {
  const doc = await firstReport(page)
  await highlightQuotes(page, doc, ['揭榜挂帅', '5G建设专项行动'])
  const brief = await apiCall(page, 'createBriefFromHighlights', { reportId: doc.reportId })
  await apiCall(page, 'addBlock', { briefId: brief.id, block: { kind: 'question', text: '如何理解“揭榜挂帅”？' } })
  await apiCall(page, 'addBlock', { briefId: brief.id, block: { kind: 'text', doc: null, text: '' } })
  const briefs = new BriefsPage(page)
  await briefs.open()
  await briefs.trashed()
  expect(await seriousViolations(page)).toEqual([])
  await briefs.openBrief(brief.title)
  const editor = new BriefEditor(page)
  await expect.poll(() => editor.previewQuestions()).toHaveLength(1)
  expect(await seriousViolations(page, '.preview iframe')).toEqual([])
  await page.getByRole('button', { name: '导出为 Word' }).click()
  await editor.exportDialog.waitFor()
  expect(await seriousViolations(page, '.preview iframe')).toEqual([])
})

test('the search palette with results, and the find bar, have none either', async ({ page }) => {
  const palette = new SearchPalette(page)
  await palette.open()
  await palette.search('园区')
  expect(await seriousViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await palette.dialog.waitFor({ state: 'hidden' })
  const find = new FindBar(page)
  await find.open()
  await page.keyboard.type('创新')
  await expect.poll(() => find.count()).toMatch(/^1\/\d+$/)
  expect(await seriousViolations(page)).toEqual([])
})
