// Preferences apply at once and come back after a reload.
import { expect, test } from './fixtures'
import { eventually } from './models/eventually'
import { PreferencesDrawer } from './models/PreferencesDrawer'
import { ReaderPage } from './models/ReaderPage'
import { storedPreferences } from './models/stored'

const readingSize = (reader: ReaderPage) =>
  reader.paragraph('强化科技创新，建设产业转型升级示范区。').evaluate((p) => parseFloat(getComputedStyle(p).fontSize))
const theme = (reader: ReaderPage) => reader.page.evaluate(() => document.documentElement.dataset.theme)
const paperColour = (reader: ReaderPage) => reader.text.evaluate((el) => getComputedStyle(el).backgroundColor)

test('the dark theme and a larger text size apply at once and survive a reload', async ({ page }) => {
  const reader = new ReaderPage(page)
  const prefs = new PreferencesDrawer(page)
  const sizeBefore = await readingSize(reader)
  const paperBefore = await paperColour(reader)

  await prefs.open()
  await prefs.chooseTheme('深色')
  await prefs.largerText(3)
  expect(await theme(reader)).toBe('dark')
  expect(await paperColour(reader)).not.toBe(paperBefore)
  expect(await readingSize(reader)).toBe(sizeBefore + 3)
  await prefs.close()
  await expect.poll(async () => (await storedPreferences(page)).fontSize, eventually).toBe(sizeBefore + 3)

  await reader.reload()
  expect(await theme(reader)).toBe('dark')
  expect(await readingSize(reader)).toBe(sizeBefore + 3)
})

test('switching to English changes the interface at once', async ({ page }) => {
  const prefs = new PreferencesDrawer(page)
  await prefs.open()
  await prefs.chooseLanguage('English')
  await page.getByRole('dialog', { name: 'Preferences' }).waitFor()
  expect(await page.getByRole('navigation', { name: 'Outline' }).isVisible()).toBe(true)
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
})
