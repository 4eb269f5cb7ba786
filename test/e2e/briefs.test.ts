// Briefs end to end (issue 5): a brief built from highlights, reordered by
// keyboard and by drag and drop, exported to HTML in the new order; the live
// preview following a reorder; delete and Undo; and a topic added from the
// reader's outline.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, waitForReady } from './fixtures'
import { apiCall } from './models/api'
import { BriefEditor } from './models/BriefEditor'
import { BriefsPage } from './models/BriefsPage'
import { eventually } from './models/eventually'
import { ReaderPage } from './models/ReaderPage'
import { firstReport, highlightQuotes } from './models/seedHighlights'

test('a brief from highlights, reordered by Alt+↑ and by drag, exports to HTML in the new order', async ({ page, app }) => {
  const doc = await firstReport(page)
  await highlightQuotes(page, doc, ['揭榜挂帅', '新型研发机构', '5G建设专项行动'])
  const briefs = new BriefsPage(page)
  const editor = new BriefEditor(page)
  await briefs.open()
  await briefs.createFromHighlights('学习提纲')

  // Part 1's section, then its three quotations in reading order.
  await expect.poll(() => editor.blocks().count(), eventually).toBe(4)
  const [a, b, c] = (await editor.quotations()).map((q) => q.replace(/[“”]/g, ''))
  expect([a, b, c].sort()).toEqual(['5G建设专项行动', '揭榜挂帅', '新型研发机构'].sort())

  await editor.moveWithKeyboard(4, 'up')
  await expect.poll(() => editor.quotations(), eventually).toEqual([`“${a}”`, `“${c}”`, `“${b}”`])
  // The focus stays on the block that moved.
  expect(await editor.block(3).evaluate((card) => card === document.activeElement)).toBe(true)

  await editor.drag(2, 4, 'after')
  await expect.poll(() => editor.quotations(), eventually).toEqual([`“${c}”`, `“${b}”`, `“${a}”`])

  // Stored in that order, and shown so in the preview.
  const briefId = Number(page.url().match(/briefs\/(\d+)/)![1])
  await expect
    .poll(async () => (await apiCall(page, 'getBrief', { id: briefId })).blocks.flatMap((x) => (x.kind === 'quotation' ? [x.text] : [])), eventually)
    .toEqual([c, b, a])
  await expect.poll(() => editor.previewQuotations(), eventually).toEqual([`“${c}”`, `“${b}”`, `“${a}”`])

  const target = join(app.dataDir, '学习提纲.html')
  expect(await editor.export('网页', target)).toBe(target)
  const html = readFileSync(target, 'utf8')
  const at = [c, b, a].map((q) => html.indexOf(`“${q}”`))
  expect(at.every((i) => i > 0)).toBe(true)
  expect([...at].sort((x, y) => x - y)).toEqual(at)

  // The exported file, opened as a reader would, lists them in that order too.
  await page.goto(`file://${target}`)
  const quoted = await page.locator('p.quotation').evaluateAll((ps) => ps.map((p) => p.firstChild?.textContent ?? ''))
  expect(quoted).toEqual([`“${c}”`, `“${b}”`, `“${a}”`])
})

test('the preview follows a reorder, by keyboard and by the move buttons', async ({ page }) => {
  const doc = await firstReport(page)
  const brief = await apiCall(page, 'createBrief', { title: '讨论题', template: 'handout', reportId: doc.reportId })
  for (const text of ['第一题：创新', '第二题：开放', '第三题：民生']) {
    await apiCall(page, 'addBlock', { briefId: brief.id, block: { kind: 'question', text } })
  }
  const briefs = new BriefsPage(page)
  const editor = new BriefEditor(page)
  await briefs.open()
  await briefs.openBrief('讨论题')
  const order = async () => (await editor.previewQuestions()).map((q) => q.replace(/^.*?\d+\.\s*/, ''))
  await expect.poll(order, eventually).toEqual(['第一题：创新', '第二题：开放', '第三题：民生'])

  await editor.moveWithKeyboard(1, 'down')
  await expect.poll(order, eventually).toEqual(['第二题：开放', '第一题：创新', '第三题：民生'])

  await editor.block(3).getByRole('button', { name: '上移' }).click()
  await expect.poll(order, eventually).toEqual(['第二题：开放', '第三题：民生', '第一题：创新'])
  // The first card cannot go further up.
  expect(await editor.block(1).getByRole('button', { name: '上移' }).isDisabled()).toBe(true)
})

test('a deleted brief goes to the trash, and Undo brings it back', async ({ page }) => {
  await apiCall(page, 'createBrief', { title: '留着的简报' })
  await apiCall(page, 'createBrief', { title: '要删的简报' })
  const briefs = new BriefsPage(page)
  await briefs.open()
  expect(await briefs.titles()).toEqual(['要删的简报', '留着的简报'])

  await briefs.delete('要删的简报')
  await expect.poll(() => briefs.titles(), eventually).toEqual(['留着的简报'])
  expect(await briefs.trashed()).toEqual(['要删的简报'])
  expect((await apiCall(page, 'listBriefs', { deleted: true })).map((b) => b.title)).toEqual(['要删的简报'])

  await briefs.undoButton().click()
  await expect.poll(async () => (await briefs.titles()).sort(), eventually).toEqual(['留着的简报', '要删的简报'].sort())
  expect(await briefs.trashed()).toEqual([])
  expect(await apiCall(page, 'listBriefs', { deleted: true })).toEqual([])
})

test('a topic added from the reader’s outline lands in a new brief, a part in the same one', async ({ page }) => {
  const reader = new ReaderPage(page)
  const editor = new BriefEditor(page)
  const lead = '打造区域消费中心。'
  await reader.topic(lead).hover()
  await reader.outline.getByRole('button', { name: `将“${lead}”加入简报` }).click()
  const popover = page.getByRole('dialog', { name: '加入简报' })
  await popover.waitFor()
  // No brief for this report yet: a new one, named after the report.
  expect(await popover.getByRole('radio', { name: '新建简报' }).isChecked()).toBe(true)
  await popover.getByRole('button', { name: '加入', exact: true }).click()
  await popover.waitFor({ state: 'hidden' })

  // From the keyboard: Shift+F10 on part 2 offers the brief just made.
  await reader.part(2).focus()
  await page.keyboard.press('Shift+F10')
  await popover.waitFor()
  await popover.getByRole('button', { name: '加入', exact: true }).click()
  await popover.waitFor({ state: 'hidden' })
  expect(await reader.part(2).evaluate((entry) => entry === document.activeElement)).toBe(true)

  await page.getByRole('button', { name: '打开简报' }).last().click()
  await waitForReady(page)
  await expect.poll(() => editor.blocks().count(), eventually).toBe(2)
  const [topic, part] = await editor.blockTexts()
  expect(topic).toContain('要点')
  expect(topic).toContain(lead)
  expect(part).toContain('章节')
  expect(part).toContain('强开放')
})
