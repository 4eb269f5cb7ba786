// The reader on the shipped report: what it shows, how the outline moves the
// text, and how it is used from the keyboard.
import { expect, test } from './fixtures'
import { eventually } from './models/eventually'
import { PreferencesDrawer } from './models/PreferencesDrawer'
import { ReaderPage } from './models/ReaderPage'
import { storedPreferences } from './models/stored'

test('opens on the shipped report: its title, six parts and their topics', async ({ page }) => {
  const reader = new ReaderPage(page)
  await expect.poll(() => reader.text.getByRole('heading', { level: 1 }).textContent(), eventually).toBe('今后怎么干？ 六个地方要给力')
  expect(await reader.partEntries().count()).toBe(6)
  expect(await reader.topicEntries().count()).toBeGreaterThanOrEqual(20)
  expect(await reader.topic('强化科技创新，建设产业转型升级示范区。').count()).toBe(1)
  expect(await reader.text.locator('p[data-paragraph-id]').count()).toBeGreaterThanOrEqual(20)
})

test('clicking a topic scrolls the text to its paragraph and marks it current', async ({ page }) => {
  const reader = new ReaderPage(page)
  const lead = '打造区域消费中心。'
  const paragraph = reader.paragraph(lead)
  expect(await reader.isInTextView(paragraph)).toBe(false)

  await reader.topic(lead).click()

  await expect.poll(() => reader.isInTextView(paragraph), eventually).toBe(true)
  await expect.poll(() => reader.current().textContent(), eventually).toContain(lead)
  expect(await paragraph.getAttribute('data-part')).toBe('4')
  await expect.poll(() => reader.notesHeading().textContent(), eventually).toBe('第4部分 · 加快中心化进程')
})

test('Tab reaches the outline and Enter on a topic moves the text to it', async ({ page }) => {
  const reader = new ReaderPage(page)
  const inOutline = () => reader.outline.evaluate((nav) => nav.contains(document.activeElement))
  for (let i = 0; i < 20 && !(await inOutline()); i++) await page.keyboard.press('Tab')
  expect(await inOutline()).toBe(true)

  const lead = '持续推进法治衡阳建设。'
  await reader.topic(lead).focus()
  await page.keyboard.press('Enter')

  const paragraph = reader.paragraph(lead)
  await expect.poll(() => reader.isInTextView(paragraph), eventually).toBe(true)
  await expect.poll(() => paragraph.evaluate((p) => p === document.activeElement), eventually).toBe(true)
  await expect.poll(() => reader.current().textContent(), eventually).toContain(lead)
})

test('Alt+↓ and J move to the next part, Alt+↑ back', async ({ page }) => {
  const reader = new ReaderPage(page)
  await reader.text.focus()
  await page.keyboard.press('Alt+ArrowDown')
  await expect.poll(() => reader.notesHeading().textContent(), eventually).toBe('第2部分 · 强开放')
  await page.keyboard.press('j')
  await expect.poll(() => reader.notesHeading().textContent(), eventually).toBe('第3部分 · 强集聚')
  await page.keyboard.press('Alt+ArrowUp')
  await expect.poll(() => reader.notesHeading().textContent(), eventually).toBe('第2部分 · 强开放')
})

test('Ctrl+, opens the preferences and Esc closes them', async ({ page }) => {
  const prefs = new PreferencesDrawer(page)
  await page.keyboard.press('Control+,')
  await prefs.dialog.waitFor()
  expect(await prefs.dialog.isVisible()).toBe(true)
  await page.keyboard.press('Escape')
  await prefs.dialog.waitFor({ state: 'hidden' })
  expect(await prefs.dialog.isVisible()).toBe(false)
})

test('the splitters resize the panes from the keyboard, and the widths are kept', async ({ page }) => {
  const reader = new ReaderPage(page)
  const outlineWidth = async () => Math.round((await reader.outline.boundingBox())!.width)
  const notesWidth = async () => Math.round((await reader.notes.boundingBox())!.width)
  const outlineBefore = await outlineWidth()
  const notesBefore = await notesWidth()

  await page.getByRole('separator', { name: '调整大纲宽度' }).focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.getByRole('separator', { name: '调整笔记宽度' }).focus()
  await page.keyboard.press('ArrowLeft')
  expect(await outlineWidth()).toBeGreaterThan(outlineBefore)
  expect(await notesWidth()).toBeGreaterThan(notesBefore)
  const widths = { outline: await outlineWidth(), notes: await notesWidth() }
  await expect.poll(async () => (await storedPreferences(page)).notesWidth, eventually).toBe(widths.notes)

  await reader.reload()
  expect(await outlineWidth()).toBe(widths.outline)
  expect(await notesWidth()).toBe(widths.notes)
})
