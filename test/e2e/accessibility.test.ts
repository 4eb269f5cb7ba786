// Automated accessibility checks (axe-core) of the main screens: nothing
// serious or critical.
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { expect, test } from './fixtures'
import { LibraryPage } from './models/LibraryPage'
import { PreferencesDrawer } from './models/PreferencesDrawer'

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test('the reader has no serious or critical accessibility violation', async ({ page }) => {
  expect(await seriousViolations(page)).toEqual([])
})

test('the reader in the dark theme, with the preferences open, has none either', async ({ page }) => {
  const prefs = new PreferencesDrawer(page)
  await prefs.open()
  await prefs.chooseTheme('深色')
  expect(await seriousViolations(page)).toEqual([])
})

test('the library has no serious or critical accessibility violation', async ({ page }) => {
  await new LibraryPage(page).open()
  expect(await seriousViolations(page)).toEqual([])
})
