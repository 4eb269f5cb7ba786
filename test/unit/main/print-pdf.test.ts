// The desktop app's PDF printer, with electron mocked: a hidden sandboxed
// window with scripts off prints the export's HTML, and nothing is left behind.
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const windows: { options: unknown; loaded: string; html: string; destroyed: boolean }[] = []
  class BrowserWindow {
    record: (typeof windows)[number]
    webContents = { printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7')) }
    constructor(options: unknown) {
      this.record = { options, loaded: '', html: '', destroyed: false }
      windows.push(this.record)
    }
    async loadFile(file: string) {
      this.record.loaded = file
      this.record.html = readFileSync(file, 'utf8')
    }
    destroy() {
      this.record.destroyed = true
    }
  }
  return { BrowserWindow, windows }
})
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }))

describe('electronPdfPrinter', () => {
  it('prints in a hidden sandboxed window without scripts, then cleans up', async () => {
    const { electronPdfPrinter } = await import('../../../electron/main/print-pdf')
    const pdf = await electronPdfPrinter.printHtml('<html><body>学习提纲</body></html>')
    expect(pdf.toString()).toBe('%PDF-1.7')
    const [window] = electron.windows
    expect(window.options).toMatchObject({ show: false, webPreferences: { sandbox: true, javascript: false, nodeIntegration: false } })
    expect(window.html).toContain('学习提纲')
    expect(window.destroyed).toBe(true)
    expect(existsSync(window.loaded)).toBe(false)
  })
})
