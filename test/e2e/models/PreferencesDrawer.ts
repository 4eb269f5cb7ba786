// The preferences drawer: opened from the top bar's gear or with Ctrl+,.
import type { Locator, Page } from 'playwright-core'

export class PreferencesDrawer {
  readonly dialog: Locator
  readonly gear: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: '偏好设置' })
    this.gear = page.getByRole('banner').getByRole('button', { name: '偏好设置' })
  }

  async open(): Promise<void> {
    await this.gear.click()
    await this.dialog.waitFor()
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape')
    await this.dialog.waitFor({ state: 'hidden' })
  }

  /** Picks a theme by its label: 浅色, 护眼 or 深色. */
  async chooseTheme(label: '浅色' | '护眼' | '深色'): Promise<void> {
    await this.choose(label)
  }

  async chooseLanguage(label: '中文' | 'English'): Promise<void> {
    await this.choose(label)
  }

  /** Clicks a choice's label, as a user does, and waits until its radio is checked. */
  private async choose(label: string): Promise<void> {
    await this.dialog.getByText(label, { exact: true }).click()
    await this.page.getByRole('radio', { name: label, checked: true }).waitFor({ state: 'attached' })
  }

  async largerText(times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.dialog.getByRole('button', { name: '增大字号' }).click()
  }

  /** The reading size shown in the drawer, in px. */
  async fontSize(): Promise<number> {
    const value = await this.dialog.getByRole('slider', { name: '正文字号' }).getAttribute('aria-valuenow')
    return Number(value)
  }
}
