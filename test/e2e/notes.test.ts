// Notes are saved as the user types and are there after a reload, after a
// restart of the app, and in the library's counts.
import { expect, test } from './fixtures'
import { LibraryPage } from './models/LibraryPage'
import { ReaderPage } from './models/ReaderPage'

test('a note typed in part 3 is there after a reload and after a restart', async ({ page, app }) => {
  const reader = new ReaderPage(page)
  await reader.goToPart(3, '强集聚')
  await reader.typeNote('“五好”园区是哪五好？')

  await reader.reload()
  await reader.goToPart(3, '强集聚')
  expect(await reader.editor.textContent()).toContain('“五好”园区是哪五好？')

  await app.restart()
  await reader.goto(app.url)
  await reader.goToPart(3, '强集聚')
  expect(await reader.editor.textContent()).toContain('“五好”园区是哪五好？')
})

test('the notes pane follows the part being read', async ({ page }) => {
  const reader = new ReaderPage(page)
  await reader.goToPart(2, '强开放')
  await reader.typeNote('开放合作的抓手')
  await reader.goToPart(5, '全面提升公共服务供给水平')
  expect(await reader.editor.textContent()).not.toContain('开放合作的抓手')
  await reader.goToPart(2, '强开放')
  expect(await reader.editor.textContent()).toContain('开放合作的抓手')
})

test('the library lists the report with its note count once a note is written', async ({ page }) => {
  const reader = new ReaderPage(page)
  const library = new LibraryPage(page)
  await library.open()
  const report = library.report('今后怎么干？ 六个地方要给力')
  await report.waitFor()
  expect(await report.textContent()).toContain('0 条笔记')

  await report.click()
  await reader.goToPart(1, '强创新')
  await reader.typeNote('科技资源共享平台')
  await library.open()
  expect(await library.report('今后怎么干？ 六个地方要给力').textContent()).toContain('1 条笔记')
})
