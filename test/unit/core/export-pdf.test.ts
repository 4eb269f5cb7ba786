// The PDF export: the brief's HTML printed by the system Chromium with the
// shipped fonts, on A4, with every quotation in its text.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportBrief } from '../../../electron/core/brief-export'
import { createBrief, createBriefFromHighlights } from '../../../electron/core/brief-store'
import { chromiumPdfPrinter, shippedFontConfig, type PdfPrinter } from '../../../electron/core/print-pdf'
import { fontConfig, pdfText, sampleQuotes, seededLibrary, squeezed } from '../../helpers/briefs'

describe('shippedFontConfig', () => {
  it('finds resources/fonts/fonts.conf, which maps the official faces to CJK faces here', () => {
    expect(shippedFontConfig({})).toBe(fontConfig)
    const match = (family: string) =>
      spawnSync('fc-match', ['-f', '%{family[0]}', family], { env: { ...process.env, FONTCONFIG_FILE: fontConfig }, encoding: 'utf8' }).stdout
    expect(['仿宋', '仿宋_GB2312', 'FangSong', '方正小标宋简体', '宋体', 'SimSun'].map(match)).toEqual(Array(6).fill('Noto Serif CJK SC'))
    expect(['黑体', 'SimHei'].map(match)).toEqual(Array(2).fill('Noto Sans CJK SC'))
    expect(['楷体', '楷体_GB2312', 'KaiTi'].map(match)).toEqual(Array(3).fill('AR PL UKai CN'))
  })
})

describe('exportBrief to PDF', () => {
  it('prints every quotation with its citation, on A4, answer key included', { timeout: 120_000 }, async () => {
    const { db, dir, reportId, highlight } = seededLibrary()
    const highlights = highlight(...sampleQuotes)
    const { id } = createBriefFromHighlights(db, { reportId, template: 'quiz' })
    const path = join(dir, 'quiz.pdf')
    await exportBrief(db, { id, format: 'pdf', path })
    const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/)
    const text = squeezed(pdfText(path))
    for (const h of highlights) {
      const exact = squeezed(h.text)
      expect(text).toContain(exact + squeezed(h.citation.slice(exact.length + 2)))
    }
    expect(text).toContain('答案')
    expect(text).toContain('—1—')
  })

  it('prints an empty brief as its title', { timeout: 120_000 }, async () => {
    const { db, dir } = seededLibrary()
    const { id } = createBrief(db, { title: '空白材料' })
    await exportBrief(db, { id, format: 'pdf', path: join(dir, 'empty.pdf') })
    expect(squeezed(pdfText(join(dir, 'empty.pdf')))).toContain('空白材料')
  })

  it('takes another printer (what the desktop app passes), and a missing Chromium is a clear error', async () => {
    const { db, dir } = seededLibrary()
    const { id } = createBrief(db, { title: 'x' })
    const fake: PdfPrinter = { printHtml: async (html) => Buffer.from(`%PDF-fake ${html.length}`) }
    await exportBrief(db, { id, format: 'pdf', path: join(dir, 'a.pdf') }, { pdf: fake })
    expect(existsSync(join(dir, 'a.pdf'))).toBe(true)
    const missing = chromiumPdfPrinter({ executablePath: join(dir, 'no-chromium') })
    await expect(exportBrief(db, { id, format: 'pdf', path: join(dir, 'b.pdf') }, { pdf: missing })).rejects.toMatchObject({
      code: 'pdf-unavailable',
    })
    expect(readdirSync(dir).filter((f) => f.endsWith('.pdf'))).toEqual(['a.pdf'])
  })
})
