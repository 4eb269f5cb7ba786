// Search (Ctrl+K) and find in the part being read (Ctrl+F) on the shipped
// report: a two-character query, results grouped by report and part with the
// match marked, Enter jumps to the paragraph and marks the match there; the
// scope narrows to the report being read; the find bar counts, steps and
// clears its marks.
import { expect, test } from './fixtures'
import { apiCall } from './models/api'
import { eventually } from './models/eventually'
import { FindBar } from './models/FindBar'
import { ReaderPage } from './models/ReaderPage'
import { SearchPalette } from './models/SearchPalette'
import { paintedMarks } from './models/textMarks'

const seedTitle = '今后怎么干？ 六个地方要给力'

test('Ctrl+K finds a two-character word, grouped by part with the match marked; Enter jumps there and marks it', async ({ page }) => {
  const reader = new ReaderPage(page)
  const palette = new SearchPalette(page)
  await palette.open()
  await palette.search('园区')

  const options = palette.options()
  expect(await options.count()).toBeGreaterThanOrEqual(2)
  const groups = await palette.groupLabels()
  expect(groups.length).toBeGreaterThanOrEqual(2)
  for (const label of groups) expect(label).toMatch(new RegExp(`^${seedTitle} · \\d `))
  for (const option of await options.all()) {
    expect(await option.locator('mark').first().textContent()).toBe('园区')
    expect(await option.textContent()).toContain('正文')
  }

  // ↑ from the first result wraps to the last, the furthest down the report.
  await page.keyboard.press('ArrowUp')
  const chosen = palette.active()
  expect(await chosen.getAttribute('id')).toBe(await options.last().getAttribute('id'))
  const snippet = (await chosen.locator('.snippet').textContent())!.replaceAll('…', '')
  await page.keyboard.press('Enter')
  await palette.dialog.waitFor({ state: 'hidden' })

  const target = reader.text.locator('p[data-paragraph-id]', { hasText: snippet })
  expect(await target.count()).toBe(1)
  await expect.poll(() => reader.isInTextView(target), eventually).toBe(true)
  await expect.poll(() => target.evaluate((p) => p === document.activeElement), eventually).toBe(true)
  const marks = await paintedMarks(page, 'yandu-jump')
  expect(marks.length).toBeGreaterThanOrEqual(1)
  const targetId = await target.getAttribute('data-paragraph-id')
  for (const mark of marks) expect(mark).toMatchObject({ text: '园区', paragraphId: targetId })
})

test('one-character queries work, and "this report" leaves the other reports out', async ({ page }) => {
  const other = '衡州园区建设简报\n\n一、进展\n\n园区建设稳步推进。衡阳高新区新增企业十家。\n'
  await apiCall(page, 'importReport', { name: '简报.txt', bytesBase64: Buffer.from(other, 'utf8').toString('base64') })
  const palette = new SearchPalette(page)
  await palette.open()
  await palette.search('衡')
  const reports = async () => new Set((await palette.groupLabels()).map((l) => l.split(' · ')[0]))
  expect(await reports()).toEqual(new Set([seedTitle, '衡州园区建设简报']))

  await palette.scope('本报告')
  await expect.poll(reports, eventually).toEqual(new Set([seedTitle]))
  expect(await palette.dialog.getByRole('button', { name: '本报告' }).getAttribute('aria-pressed')).toBe('true')

  await palette.search('没有这个词语')
  expect(await palette.dialog.getByText('没有找到“没有这个词语”').isVisible()).toBe(true)
  expect(await palette.options().count()).toBe(0)

  await page.keyboard.press('Escape')
  await palette.dialog.waitFor({ state: 'hidden' })
})

test('the search box in the top bar opens the palette', async ({ page }) => {
  const palette = new SearchPalette(page)
  await page.getByRole('banner').getByRole('button', { name: '搜索报告、划线与笔记' }).click()
  await palette.box.waitFor()
  expect(await palette.box.evaluate((el) => el === document.activeElement)).toBe(true)
})

test('Ctrl+F finds in the part being read: counts, steps with Enter and Shift+Enter, Esc clears', async ({ page }) => {
  const reader = new ReaderPage(page)
  const find = new FindBar(page)
  await reader.goToPart(3, '强集聚')
  await reader.text.focus()
  await find.open()
  await page.keyboard.type('产业')

  // As many matches as part 3's text has, all of them in part 3.
  const expected = await reader.text
    .locator('p[data-part="3"]')
    .evaluateAll((ps) => ps.reduce((n, p) => n + (p.textContent!.split('产业').length - 1), 0))
  expect(expected).toBeGreaterThanOrEqual(2)
  expect(await find.scope()).toBe('第3部分')
  await expect.poll(() => find.count(), eventually).toBe(`1/${expected}`)
  const all = [...(await paintedMarks(page, 'yandu-find')), ...(await paintedMarks(page, 'yandu-find-current'))]
  expect(all).toHaveLength(expected)
  for (const mark of all) expect(mark).toMatchObject({ text: '产业', part: '3' })

  // Enter moves the current match on (the pane may scroll: compare in the text's coordinates).
  const currentAt = async () => {
    const [current] = await paintedMarks(page, 'yandu-find-current')
    return { ...current, y: current.at.y + (await reader.scrollTop()) }
  }
  const first = await currentAt()
  await page.keyboard.press('Enter')
  expect(await find.count()).toBe(`2/${expected}`)
  const second = await currentAt()
  expect(second.text).toBe('产业')
  expect(second.at.x !== first.at.x || Math.abs(second.y - first.y) >= 2).toBe(true)
  await page.keyboard.press('Shift+Enter')
  expect(await find.count()).toBe(`1/${expected}`)
  const back = await currentAt()
  expect(back.at.x).toBe(first.at.x)
  expect(Math.abs(back.y - first.y)).toBeLessThan(2)

  await page.keyboard.type('不在这里')
  await expect.poll(() => find.count(), eventually).toBe('无结果')

  await page.keyboard.press('Escape')
  await find.bar.waitFor({ state: 'hidden' })
  expect(await paintedMarks(page, 'yandu-find')).toEqual([])
  expect(await paintedMarks(page, 'yandu-find-current')).toEqual([])
})
