// The desktop app prints brief PDFs with Electron's own Chromium
// (webContents.printToPDF) in a hidden, sandboxed window: no system Chromium
// needed on the user's machine. The HTML is the self-contained export (its own
// CSP, no script), loaded from a temporary file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import type { PdfPrinter } from '../core/print-pdf'

export const electronPdfPrinter: PdfPrinter = {
  async printHtml(html) {
    const dir = mkdtempSync(join(tmpdir(), 'yandu-print-'))
    const file = join(dir, 'brief.html')
    writeFileSync(file, html)
    const window = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    })
    try {
      await window.loadFile(file)
      // The page size and margins come from the document's @page rule.
      return await window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true })
    } finally {
      window.destroy()
      rmSync(dir, { recursive: true, force: true })
    }
  },
}
