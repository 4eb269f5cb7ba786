// Highlights end to end (issue 3): select, press a digit, and the wash is
// there after a reload; copy with citation; delete with Undo; a selection
// across paragraphs; the panel's filters; a comment that survives a reload;
// the keyboard alone; a category of one's own.
import { expect, test } from './fixtures'
import { apiCall } from './models/api'
import { eventually } from './models/eventually'
import { Highlights } from './models/Highlights'
import { PreferencesDrawer } from './models/PreferencesDrawer'
import { ReaderPage } from './models/ReaderPage'

const lead = '强化科技创新，建设产业转型升级示范区。'
const citation = '“强化科技创新，建设产业转型升级示范区。”（《今后怎么干？ 六个地方要给力》，第1部分“强创新”，第1段）'

const stored = async (page: Parameters<typeof apiCall>[0]) => {
  const [report] = await apiCall(page, 'listReports')
  return apiCall(page, 'listHighlights', { reportId: report.id })
}

test('select a phrase, press 1, reload: the highlight is there in its colour', async ({ page }) => {
  const hl = new Highlights(page)
  await hl.select(lead)
  expect(await hl.tool('重点').isVisible()).toBe(true)
  await page.keyboard.press('1')
  await hl.marks().first().waitFor()
  await hl.toolbar.waitFor({ state: 'detached' })

  await new ReaderPage(page).reload()
  const mark = hl.mark(lead)
  expect(await mark.getAttribute('data-highlight-id')).toMatch(/^[0-9a-f-]{36}$/)
  expect(await hl.marks().allTextContents()).toEqual([lead])
  const background = await mark.evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(background).not.toBe('rgba(0, 0, 0, 0)')
  expect(background).not.toBe('transparent')
  expect(await mark.getAttribute('aria-label')).toContain('重点')
  const [h] = await stored(page)
  expect([h.text, h.category.name]).toEqual([lead, '重点'])
  // The outline counts it under part 1.
  expect(await new ReaderPage(page).part(1).textContent()).toContain('1 划线')
})

test('copy with citation puts the exact text and its source on the clipboard', async ({ page, app }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin })
  const hl = new Highlights(page)
  await hl.select(lead)
  await hl.tool('复制引文').click()
  await expect.poll(() => hl.clipboard(), eventually).toBe(citation)
  // The selection stays for a highlight after the copy.
  expect(await hl.toolbar.isVisible()).toBe(true)
})

test('delete offers Undo at once, and Undo restores the highlight', async ({ page }) => {
  const hl = new Highlights(page)
  const reader = new ReaderPage(page)
  await hl.select(lead)
  await page.keyboard.press('1')
  await hl.mark(lead).click()
  await hl.card.waitFor()
  expect(await hl.card.getByRole('blockquote').textContent()).toBe(lead)

  await hl.card.getByRole('button', { name: '删除' }).click()
  await hl.marks().first().waitFor({ state: 'detached' })
  expect(await reader.part(1).textContent()).not.toContain('划线')
  await expect.poll(async () => (await stored(page)).length, eventually).toBe(0)

  await page.getByRole('button', { name: '撤销删除' }).click()
  await hl.mark(lead).waitFor()
  expect(await reader.part(1).textContent()).toContain('1 划线')
  await reader.reload()
  expect(await hl.marks().allTextContents()).toEqual([lead])

  // Delete on the focused highlight, Ctrl+Z brings it back.
  await hl.mark(lead).focus()
  await page.keyboard.press('Delete')
  await hl.marks().first().waitFor({ state: 'detached' })
  await page.keyboard.press('Control+z')
  await hl.mark(lead).waitFor()

  // Deleted again, it waits in the panel's trash, from which it comes back.
  await hl.mark(lead).focus()
  await page.keyboard.press('Delete')
  await hl.marks().first().waitFor({ state: 'detached' })
  await hl.openPanel()
  await hl.panel.getByText('回收站').click()
  await hl.panel.getByRole('button', { name: '恢复' }).click()
  await hl.mark(lead).waitFor()
})

test('a selection across paragraphs makes one highlight with a range in each', async ({ page }) => {
  const hl = new Highlights(page)
  await hl.select('实现创新链产业链深度融合。', '推进衡州大道数字经济走廊')
  await page.keyboard.press('3')
  await hl.marks().first().waitFor()

  const ids = await hl.marks().evaluateAll((marks) => marks.map((m) => m.getAttribute('data-highlight-id')))
  expect(new Set(ids).size).toBe(1)
  const paragraphs = await hl.marks().evaluateAll((marks) => new Set(marks.map((m) => m.closest('p')!.dataset.paragraphId)).size)
  expect(paragraphs).toBe(2)
  const [h] = await stored(page)
  expect(h.ranges).toHaveLength(2)
  expect(h.category.name).toBe('数据')
  expect(h.text.startsWith('实现创新链产业链深度融合。')).toBe(true)
  expect(h.text.endsWith('推进衡州大道数字经济走廊')).toBe(true)
})

test('the panel lists every highlight in order and filters by category and tag', async ({ page }) => {
  const hl = new Highlights(page)
  await hl.select('推行“揭榜挂帅”等制度')
  await hl.press(2)
  await hl.select('抓好企业上市孵化培育')
  await hl.tool('标签').click()
  await hl.card.getByLabel('添加标签').fill('发言')
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await stored(page)).find((h) => h.text === '抓好企业上市孵化培育')?.tags, eventually).toEqual(['发言'])

  await hl.openPanel()
  expect(await hl.panelEntries().count()).toBe(2)
  // In reading order, whatever order they were made in.
  expect(await hl.panelEntries().first().textContent()).toContain('揭榜挂帅')

  await hl.filter('金句').click()
  expect(await hl.panelEntries().count()).toBe(1)
  expect(await hl.panelEntries().first().textContent()).toContain('推行“揭榜挂帅”等制度')
  await hl.panel.getByRole('button', { name: '清除筛选' }).click()
  expect(await hl.panelEntries().count()).toBe(2)

  await hl.filter('#发言').click()
  expect(await hl.panelEntries().count()).toBe(1)
  expect(await hl.panelEntries().first().textContent()).toContain('抓好企业上市孵化培育')

  // A click brings it into view and opens it.
  await hl.panelEntries().first().click()
  await hl.card.waitFor()
  expect(await hl.card.getByRole('blockquote').textContent()).toBe('抓好企业上市孵化培育')
})

test('a comment typed on a highlight is saved as you type and survives a reload', async ({ page }) => {
  const hl = new Highlights(page)
  await hl.select(lead)
  await hl.tool('批注').click()
  await expect.poll(() => hl.comment.evaluate((el) => el === document.activeElement), eventually).toBe(true)
  await page.keyboard.type('开篇总纲，学习会第一个议题。')
  await hl.card.getByRole('status').filter({ hasText: '已保存' }).waitFor()
  expect(await hl.sectionCards.first().textContent()).toContain('开篇总纲')

  await new ReaderPage(page).reload()
  await hl.mark(lead).click()
  expect(await hl.comment.textContent()).toBe('开篇总纲，学习会第一个议题。')
  const [h] = await stored(page)
  expect(h.comment).toBe('开篇总纲，学习会第一个议题。')
  expect(h.commentDoc?.type).toBe('doc')
})

test('what is typed right after 批注, before the editor shows, goes into the comment', async ({ page }) => {
  const hl = new Highlights(page)
  // Saving a highlight takes a moment (a large library, a busy disk).
  await page.route('**/api/createHighlight', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400))
    await route.continue()
  })
  await hl.select(lead)
  await hl.tool('批注').click()
  // No waiting for the card: the highlight is still being saved.
  await page.keyboard.type('开篇总纲')
  await hl.card.getByRole('status').filter({ hasText: '已保存' }).waitFor()

  await new ReaderPage(page).reload()
  const [report] = await apiCall(page, 'listReports')
  const [h] = await apiCall(page, 'listHighlights', { reportId: report.id })
  expect(h.comment).toBe('开篇总纲')
  await hl.mark(lead).click()
  expect(await hl.comment.textContent()).toBe('开篇总纲')
})

test('keyboard only: Shift+arrows select, 2 highlights, Enter opens it', async ({ page }) => {
  const hl = new Highlights(page)
  const reader = new ReaderPage(page)
  await page.keyboard.press('Control+1')
  await reader.topic(lead).focus()
  await page.keyboard.press('Enter')
  const paragraph = reader.paragraph(lead)
  await expect.poll(() => paragraph.evaluate((p) => p === document.activeElement), eventually).toBe(true)

  for (let i = 0; i < lead.length; i++) await page.keyboard.press('Shift+ArrowRight')
  await hl.toolbar.waitFor()
  await page.keyboard.press('2')
  await hl.marks().first().waitFor()
  expect(await hl.marks().allTextContents()).toEqual([lead])
  expect(await hl.mark(lead).getAttribute('aria-label')).toContain('金句')

  // Tab from the paragraph reaches the highlight; Enter opens it for a comment.
  await page.keyboard.press('Tab')
  await expect.poll(() => hl.mark(lead).evaluate((m) => m === document.activeElement), eventually).toBe(true)
  await page.keyboard.press('Enter')
  await expect.poll(() => hl.comment.evaluate((el) => el === document.activeElement), eventually).toBe(true)
  // Esc goes back to the highlight in the text.
  await page.keyboard.press('Escape')
  await expect.poll(() => hl.mark(lead).evaluate((m) => m === document.activeElement), eventually).toBe(true)
  // A digit on a focused highlight recolours it, and the focus stays on it.
  await page.keyboard.press('4')
  await expect.poll(() => hl.mark(lead).getAttribute('aria-label'), eventually).toContain('疑问')
  expect(await hl.mark(lead).evaluate((m) => m === document.activeElement)).toBe(true)
  await page.keyboard.press('3')
  await expect.poll(() => hl.mark(lead).getAttribute('aria-label'), eventually).toContain('数据')
})

test('Tab takes the keyboard into the toolbar and Esc closes it', async ({ page }) => {
  const hl = new Highlights(page)
  const reader = new ReaderPage(page)
  await reader.paragraph(lead).focus()
  await hl.select(lead)
  await page.keyboard.press('Tab')
  await expect.poll(() => hl.tool('重点').evaluate((b) => b === document.activeElement), eventually).toBe(true)
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => hl.tool('金句').evaluate((b) => b === document.activeElement), eventually).toBe(true)
  await page.keyboard.press('Escape')
  await hl.toolbar.waitFor({ state: 'detached' })
  expect(await hl.marks().count()).toBe(0)
})

test('a category of one\'s own, added in the preferences, takes the next digit', async ({ page }) => {
  const hl = new Highlights(page)
  const prefs = new PreferencesDrawer(page)
  await prefs.open()
  await prefs.dialog.getByRole('textbox', { name: '新类别名称' }).fill('提法')
  await prefs.dialog.getByRole('button', { name: '添加' }).click()
  await prefs.dialog.getByRole('textbox', { name: '类别 5 的名称：提法' }).waitFor()
  await prefs.close()

  await hl.select('推行“揭榜挂帅”等制度')
  expect(await hl.tool('提法').isVisible()).toBe(true)
  await page.keyboard.press('5')
  await hl.marks().first().waitFor()
  expect(await hl.mark('推行“揭榜挂帅”等制度').getAttribute('aria-label')).toContain('提法')
})

test('after a new edition, moved and changed highlights wait to be checked and unplaced ones are kept', async ({ page }) => {
  const hl = new Highlights(page)
  const reader = new ReaderPage(page)
  const changed = '建立新技术新产品推广对接平台，实现创新链产业链深度融合。'
  await hl.select(changed)
  await hl.press(2)
  await hl.select('抓好企业上市孵化培育')
  await hl.tool('批注').click()
  await expect.poll(() => hl.comment.evaluate((el) => el === document.activeElement), eventually).toBe(true)
  await page.keyboard.type('孵化培育的具体措施？')
  await hl.card.getByRole('status').filter({ hasText: '已保存' }).waitFor()
  await page.keyboard.press('Escape') // back to the text
  await hl.select('大力发展新能源汽车')
  await hl.press(3)

  // The revised text: a word changed inside one quote, a sentence added
  // before another (it moves), and a third one gone.
  const [report] = await apiCall(page, 'listReports')
  const text = await apiCall(page, 'getReportText', { reportId: report.id })
  const revised = text
    .replace('推广对接平台', '推介对接平台')
    .replace('强化产业创新，建设先进制造业示范区。', '强化产业创新，建设先进制造业示范区。新增的一句话。')
    .replace('抓好企业上市孵化培育。', '')
  await apiCall(page, 'importEdition', {
    reportId: report.id,
    name: 'report-2.txt',
    bytesBase64: Buffer.from(revised, 'utf8').toString('base64'),
  })
  const states = Object.fromEntries((await stored(page)).map((h) => [h.text, h.state]))
  expect(states['大力发展新能源汽车']).toBe('moved')
  expect(states['抓好企业上市孵化培育']).toBe('orphaned')
  expect(['approximate', 'moved']).toContain(states['建立新技术新产品推介对接平台，实现创新链产业链深度融合。'])

  await reader.reload()
  await hl.openPanel()
  const review = hl.panel.getByRole('region', { name: '待核对' })
  const unplaced = hl.panel.getByRole('region', { name: '未能定位' })
  await review.waitFor()
  expect(await review.getByRole('listitem').count()).toBe(2)
  expect(await review.textContent()).toContain('推介对接平台')
  expect(await unplaced.textContent()).toContain('抓好企业上市孵化培育')
  expect(await unplaced.textContent()).toContain('孵化培育的具体措施？')

  // Accept one with one click: it leaves the list.
  await review.getByRole('button', { name: '接受' }).first().click()
  await expect.poll(() => review.getByRole('listitem').count(), eventually).toBe(1)

  // Place the orphan by hand on a new selection; it keeps its comment.
  await hl.select('引导金融机构创新产品和服务')
  await unplaced.getByRole('button', { name: '重新定位到选区' }).click()
  await hl.mark('引导金融机构创新产品和服务').waitFor()
  await unplaced.waitFor({ state: 'detached' })
  const placed = (await stored(page)).find((h) => h.comment === '孵化培育的具体措施？')!
  expect([placed.state, placed.text]).toEqual(['exact', '引导金融机构创新产品和服务'])
})
