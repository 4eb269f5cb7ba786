// Earlier editions stay readable (issue 4): a revised text imported as edition
// 2; the reader picks edition 1 and shows it read-only, with a banner, no
// highlights and no note editor, then goes back to the newest.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ReaderBlock } from '../../electron/api'
import { expect, root, test } from './fixtures'
import { apiCall } from './models/api'
import { eventually } from './models/eventually'
import { ReaderPage } from './models/ReaderPage'
import { SearchPalette } from './models/SearchPalette'

const oldSentence = '强化科技创新，建设产业转型升级示范区。'
const newSentence = '坚持创新驱动，建设产业转型升级示范区。'
const highlighted = '抓好企业上市孵化培育'

test('an earlier edition is shown read-only, and the newest comes back with its highlights', async ({ page }) => {
  const reader = new ReaderPage(page)
  const [seed] = await apiCall(page, 'listReports')
  const source = readFileSync(join(root, 'resources', 'report.txt'), 'utf8')
  expect(source).toContain(oldSentence)

  // A highlight on a sentence both editions keep: it moves to edition 2.
  const doc = await apiCall(page, 'getReader', { reportId: seed.id })
  const paragraph = doc.blocks.find(
    (b): b is Extract<ReaderBlock, { kind: 'paragraph' }> => b.kind === 'paragraph' && b.text.includes(highlighted),
  )!
  const start = paragraph.text.indexOf(highlighted)
  const [category] = await apiCall(page, 'listCategories')
  await apiCall(page, 'createHighlight', {
    reportId: seed.id,
    categoryId: category.id,
    ranges: [{ paragraphId: paragraph.id, start, end: start + highlighted.length }],
  })
  await apiCall(page, 'importEdition', {
    reportId: seed.id,
    name: 'report-2.txt',
    bytesBase64: Buffer.from(source.replace(oldSentence, newSentence), 'utf8').toString('base64'),
  })
  expect((await apiCall(page, 'listReports'))[0].editions).toBe(2)

  await reader.reload()
  const picker = reader.outline.getByRole('combobox', { name: '版本' })
  const banner = page.getByRole('status').filter({ hasText: '正在查看第 1 版（旧版）' })
  const marks = reader.text.locator('mark.hl')
  await expect.poll(() => picker.inputValue(), eventually).toBe('2')
  expect(await picker.locator('option').allTextContents()).toEqual(['第 2 版（最新）', '第 1 版'])
  expect(await reader.text.textContent()).toContain(newSentence)
  await expect.poll(() => marks.count(), eventually).toBeGreaterThan(0)

  // Edition 1: the old sentence, the banner, no highlights, no note editor.
  await picker.selectOption('1')
  await banner.waitFor()
  expect(await banner.textContent()).toContain('划线和笔记在最新版上。')
  await expect.poll(() => reader.text.textContent(), eventually).toContain(oldSentence)
  expect(await reader.text.textContent()).not.toContain(newSentence)
  expect(await marks.count()).toBe(0)
  expect(await reader.editor.count()).toBe(0)
  expect(await reader.notes.textContent()).toContain('旧版只供阅读')
  // The highlights list belongs to the newest edition too.
  await page.getByRole('tab', { name: /划线/ }).click()
  await expect.poll(() => page.getByRole('tabpanel').first().textContent(), eventually).toContain('旧版只供阅读')
  await page.getByRole('tab', { name: /大纲/ }).click()

  // Back to the newest: the new sentence, its highlight and the note editor.
  await banner.getByRole('button', { name: '回到最新版' }).click()
  await banner.waitFor({ state: 'detached' })
  await expect.poll(() => reader.text.textContent(), eventually).toContain(newSentence)
  expect(await reader.text.textContent()).not.toContain(oldSentence)
  expect(await picker.inputValue()).toBe('2')
  await expect.poll(() => marks.count(), eventually).toBeGreaterThan(0)
  await reader.editor.waitFor()
})

test('a search result chosen while an earlier edition is shown opens the newest at the match', async ({ page }) => {
  const reader = new ReaderPage(page)
  const [seed] = await apiCall(page, 'listReports')
  const source = readFileSync(join(root, 'resources', 'report.txt'), 'utf8')
  await apiCall(page, 'importEdition', {
    reportId: seed.id,
    name: 'report-2.txt',
    bytesBase64: Buffer.from(source.replace(oldSentence, newSentence), 'utf8').toString('base64'),
  })
  await reader.reload()
  const picker = reader.outline.getByRole('combobox', { name: '版本' })
  await expect.poll(() => picker.inputValue(), eventually).toBe('2')
  await picker.selectOption('1')
  await expect.poll(() => reader.text.textContent(), eventually).toContain(oldSentence)

  const palette = new SearchPalette(page)
  await palette.open()
  await palette.search('坚持创新驱动')
  await page.keyboard.press('Enter')
  await expect.poll(() => picker.inputValue(), eventually).toBe('2')
  await expect.poll(() => reader.text.textContent(), eventually).toContain(newSentence)
  const target = reader.text.locator('[data-search-target]')
  await expect.poll(() => target.textContent(), eventually).toContain(newSentence)
})
