// The library's import through the UI: a GB18030 text and a Word file are
// previewed, imported and opened; a revised text becomes a new edition of the
// shipped report and says where its highlights went; a file that is not text
// (binary, empty, too large) is refused with a clear message and the library
// stays as it was; a report goes to the trash and comes back.
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import iconv from 'iconv-lite'
import type { ReaderBlock } from '../../electron/api'
import { expect, root, test, waitForReady } from './fixtures'
import { apiCall } from './models/api'
import { eventually } from './models/eventually'
import { ImportDialog } from './models/ImportDialog'
import { LibraryPage } from './models/LibraryPage'
import { ReaderPage } from './models/ReaderPage'

const seedTitle = '今后怎么干？ 六个地方要给力'

/** A short report in the 一、（一） scheme, with characters outside GBK's
 * first plane (镕) that only GB18030 reads right. */
const gbTitle = '关于加快建设科技园区的实施意见'
const gbText = [
  gbTitle,
  '',
  '一、总体要求',
  '',
  '坚持创新驱动，推动园区高质量发展。到2027年，园区总产值突破千亿元，朱镕基同志题写的园名焕然一新。',
  '',
  '二、重点任务',
  '',
  '强化科技创新。建设一批重点实验室和工程技术研究中心。',
  '',
  '优化营商环境。深化“放管服”改革，提高办事效率。',
  '',
].join('\n')

test('imports a GB18030 text through the dialog: preview, encoding, then the reader with its parts', async ({ page }) => {
  const library = new LibraryPage(page)
  const dialog = new ImportDialog(page)
  await library.open()

  await library.chooseFile('园区意见.txt', iconv.encode(gbText, 'gb18030'))
  await dialog.waitForPreview()
  expect(await dialog.encodingShown()).toContain('GB18030')
  expect(await dialog.fact('格式')).toContain('.txt')
  expect(await dialog.fact('标题')).toBe(gbTitle)
  expect(await dialog.fact('结构')).toBe('2 个部分，3 段')
  expect(await dialog.firstLines()).toContain('坚持创新驱动，推动园区高质量发展。到2027年，园区总产值突破千亿元，朱镕基同志题写的园名焕然一新。')

  // Forcing the wrong encoding shows the garbling; going back to detection mends it.
  const garbled = async () =>
    (await dialog.error.isVisible()) || ((await dialog.dialog.locator('dl').count()) > 0 && (await dialog.fact('标题')) !== gbTitle)
  await dialog.encoding.selectOption('utf-8')
  await expect.poll(garbled, eventually).toBe(true)
  await dialog.encoding.selectOption('auto')
  await expect.poll(() => dialog.fact('标题'), eventually).toBe(gbTitle)

  await dialog.confirm()
  await dialog.dialog.waitFor({ state: 'hidden' })
  await waitForReady(page)

  const reader = new ReaderPage(page)
  await expect.poll(() => reader.text.getByRole('heading', { level: 1 }).textContent(), eventually).toBe(gbTitle)
  expect(await reader.partEntries().count()).toBe(2)
  expect(await reader.part(1).textContent()).toContain('总体要求')
  expect(await reader.part(2).textContent()).toContain('重点任务')
  expect(await reader.text.textContent()).toContain('朱镕基')
  expect(page.url()).toMatch(/#\/reader\/\d+$/)

  await library.open()
  expect(await library.reports().count()).toBe(2)
})

test('imports a Word file built with Title and Heading 1 styles, with its two parts', async ({ page }) => {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '学习贯彻会议精神的工作方案', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '总体目标', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('全面提升学习质量。组织党员干部逐段研读报告原文。'),
          new Paragraph({ text: '工作安排', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('分批组织专题学习。每月开展一次集中研讨。'),
          new Paragraph('加强督促检查。及时通报学习进展。'),
        ],
      },
    ],
  })
  const library = new LibraryPage(page)
  const dialog = new ImportDialog(page)
  await library.open()

  await library.chooseFile('工作方案.docx', await Packer.toBuffer(doc))
  await dialog.waitForPreview()
  expect(await dialog.fact('格式')).toContain('.docx')
  expect(await dialog.fact('标题')).toBe('学习贯彻会议精神的工作方案')
  expect(await dialog.fact('结构')).toBe('2 个部分，3 段')
  await dialog.confirm()
  await dialog.dialog.waitFor({ state: 'hidden' })
  await waitForReady(page)

  const reader = new ReaderPage(page)
  await expect.poll(() => reader.text.getByRole('heading', { level: 1 }).textContent(), eventually).toBe('学习贯彻会议精神的工作方案')
  expect(await reader.partEntries().count()).toBe(2)
  expect(await reader.part(1).textContent()).toContain('总体目标')
  expect(await reader.part(2).textContent()).toContain('工作安排')
  expect(await reader.paragraph('分批组织专题学习。').count()).toBe(1)
})

test('a file dragged onto the window shows the drop overlay, and dropping it opens its preview', async ({ page }) => {
  const dialog = new ImportDialog(page)
  const text = '园区建设简报\n\n一、进展\n\n园区建设稳步推进。\n'
  // A drag from the file manager, as the page sees it: the same DataTransfer for every event.
  await page.evaluate((content) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([content], '简报.md', { type: 'text/markdown' }))
    ;(window as unknown as { transfer: DataTransfer }).transfer = transfer
    document.querySelector('main')!.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }))
  }, text)
  const overlay = page.getByText('松开鼠标，导入这份报告')
  await overlay.waitFor()

  await page.evaluate(() => {
    const { transfer } = window as unknown as { transfer: DataTransfer }
    document.querySelector('main')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
  })
  await dialog.waitForPreview()
  await overlay.waitFor({ state: 'hidden' })
  expect(await dialog.fact('格式')).toContain('Markdown')
  expect(await dialog.fact('标题')).toBe('园区建设简报')
  await dialog.close()
  expect((await apiCall(page, 'listReports')).length).toBe(1)
})

test('importing the same file again opens the report already there, with no duplicate', async ({ page }) => {
  const library = new LibraryPage(page)
  const dialog = new ImportDialog(page)
  await library.open()
  await library.chooseFile('report.txt', readFileSync(join(root, 'resources', 'report.txt')))
  await dialog.waitForPreview()
  await dialog.confirm()
  await page.getByText('文库里已有这篇报告').waitFor()
  await waitForReady(page)
  expect(page.url()).toMatch(/#\/reader\/\d+$/)
  expect((await apiCall(page, 'listReports')).length).toBe(1)
})

test('a revised text imported as a new edition: the counts of exact and unplaced highlights', async ({ page }) => {
  const [seed] = await apiCall(page, 'listReports')
  const doc = await apiCall(page, 'getReader', { reportId: seed.id })
  const [category] = await apiCall(page, 'listCategories')
  const paragraphs = doc.blocks.filter((b): b is Extract<ReaderBlock, { kind: 'paragraph' }> => b.kind === 'paragraph')
  const kept = paragraphs.find((p) => p.lead === '强化科技创新，建设产业转型升级示范区。')!
  const dropped = '严厉打击各类违法犯罪行为，常态化开展扫黑除恶斗争，坚决打好禁毒攻坚战。'
  const droppedFrom = paragraphs.find((p) => p.text.includes(dropped))!
  const start = droppedFrom.text.indexOf(dropped)
  await apiCall(page, 'createHighlight', {
    reportId: seed.id,
    categoryId: category.id,
    ranges: [{ paragraphId: kept.id, start: 0, end: kept.lead!.length }],
  })
  await apiCall(page, 'createHighlight', {
    reportId: seed.id,
    categoryId: category.id,
    ranges: [{ paragraphId: droppedFrom.id, start, end: start + dropped.length }],
  })

  // The revision: a paragraph added at the end of part 2, the highlighted sentence struck out.
  const source = readFileSync(join(root, 'resources', 'report.txt'), 'utf8')
  const added = '实施数字经济提速行动。推动数字产业化和产业数字化，建设一批智能工厂和数字车间。'
  const part3 = '3 强集聚，建设高品质新型大城市'
  expect(source).toContain(part3)
  expect(source).toContain(dropped)
  const revised = source.replace(part3, `${added}\n\n${part3}`).replace(dropped, '')

  const library = new LibraryPage(page)
  const dialog = new ImportDialog(page)
  await library.open()
  await library.chooseFile('report-修订版.txt', Buffer.from(revised, 'utf8'))
  await dialog.waitForPreview()
  await dialog.asEditionOf(seedTitle)
  await dialog.confirm()

  await dialog.dialog.getByRole('heading', { name: '新版本已导入' }).waitFor()
  expect(await dialog.outcome('原位')).toBe(1)
  expect(await dialog.outcome('移位')).toBe(0)
  expect(await dialog.outcome('近似（待核对）')).toBe(0)
  expect(await dialog.outcome('未能定位')).toBe(1)
  expect(await dialog.dialog.textContent()).toContain('第 2 版')

  // The library counts the edition; the reader shows the new text.
  await expect.poll(() => library.report(seedTitle).textContent(), eventually).toContain('第 2 版')
  await dialog.dialog.getByRole('button', { name: '打开报告' }).click()
  await waitForReady(page)
  const reader = new ReaderPage(page)
  await expect.poll(() => reader.paragraph('实施数字经济提速行动。').count(), eventually).toBe(1)
  expect(await reader.text.textContent()).not.toContain(dropped)
})

test('a file that is not text is refused with a clear message, and the library is unchanged', async ({ page }) => {
  const library = new LibraryPage(page)
  const dialog = new ImportDialog(page)
  await library.open()
  const before = await apiCall(page, 'listReports')

  const bytes = Buffer.alloc(4096)
  for (let i = 0; i < bytes.length; i++) bytes[i] = i % 7 === 0 ? 0 : (i * 131) % 256
  await library.chooseFile('x.txt', bytes)

  await dialog.error.waitFor()
  expect(await dialog.error.textContent()).toContain('这不是文本文件，无法导入')
  expect(await dialog.confirmButton.isDisabled()).toBe(true)
  await dialog.close()

  expect(await apiCall(page, 'listReports')).toEqual(before)
  expect(await library.reports().count()).toBe(before.length)
})

test('an empty file and a file over 50 MB are refused in the dialog, each saying why', async ({ page }) => {
  const library = new LibraryPage(page)
  const dialog = new ImportDialog(page)
  await library.open()

  await library.chooseFile('空白.txt', Buffer.alloc(0))
  await dialog.error.waitFor()
  expect(await dialog.error.textContent()).toContain('文件是空的')
  await dialog.close()

  // A sparse file: refused by its size before a byte of it is read.
  const dir = mkdtempSync(join(tmpdir(), 'yandu-big-'))
  const big = join(dir, '大文件.txt')
  writeFileSync(big, '')
  truncateSync(big, 51 * 1024 * 1024)
  try {
    await library.fileInput.setInputFiles(big)
    await dialog.error.waitFor()
    expect(await dialog.error.textContent()).toContain('文件太大（51.0 MB），上限是 50 MB')
    await dialog.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  expect((await apiCall(page, 'listReports')).length).toBe(1)
})

test('a report moved to the trash leaves the library and comes back when restored', async ({ page }) => {
  const library = new LibraryPage(page)
  await library.open()
  await library.deleteReport(seedTitle)
  await expect.poll(() => library.reports().count(), eventually).toBe(0)

  const trash = library.main.getByRole('button', { name: '回收站（1）' })
  await trash.click()
  await library.main.getByRole('button', { name: `恢复《${seedTitle}》` }).click()
  await expect.poll(() => library.reports().count(), eventually).toBe(1)
  await expect.poll(() => trash.count(), eventually).toBe(0)
})
