// The last report, part and scroll position come back on the next start.
import { expect, test } from './fixtures'
import { eventually } from './models/eventually'
import { ReaderPage } from './models/ReaderPage'
import { storedPosition } from './models/stored'

test('the reading position comes back after a reload', async ({ page }) => {
  const reader = new ReaderPage(page)
  const lead = '全力促进就业增收。'
  await reader.topic(lead).click()
  await expect.poll(() => reader.current().textContent(), eventually).toContain(lead)
  const paragraphId = Number(await reader.paragraph(lead).getAttribute('data-paragraph-id'))
  await expect.poll(async () => (await storedPosition(page))?.paragraphId, eventually).toBe(paragraphId)
  const scrolled = await reader.scrollTop()

  await reader.reload()

  expect(await reader.isInTextView(reader.paragraph(lead))).toBe(true)
  expect(await reader.current().textContent()).toContain(lead)
  expect(Math.abs((await reader.scrollTop()) - scrolled)).toBeLessThanOrEqual(2)
  expect(await reader.notesHeading().textContent()).toBe('第5部分 · 全面提升公共服务供给水平')
})

test('the start page opens the last report read, also after a restart', async ({ page, app }) => {
  const reader = new ReaderPage(page)
  const lead = '持续推进基层组织建设。'
  await reader.topic(lead).click()
  const paragraphId = Number(await reader.paragraph(lead).getAttribute('data-paragraph-id'))
  await expect.poll(async () => (await storedPosition(page))?.paragraphId, eventually).toBe(paragraphId)

  await app.restart()
  await reader.goto(app.url)

  expect(page.url()).toMatch(/#\/reader\/\d+$/)
  expect(await reader.isInTextView(reader.paragraph(lead))).toBe(true)
  expect(await reader.current().textContent()).toContain(lead)
})
