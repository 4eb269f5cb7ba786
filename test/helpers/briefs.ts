// A seeded library with highlights, for the briefs and export tests: the
// shipped report in a real SQLite file and a helper that highlights quotes.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { findCategory } from '../../electron/core/categories'
import { openDatabase, type Db } from '../../electron/core/database'
import { loadEditionText, newestEdition, type EditionText } from '../../electron/core/edition-text'
import { findQuote } from '../../electron/core/find-quote'
import { createHighlights, getHighlight } from '../../electron/core/highlights'
import { importReportText } from '../../electron/core/report-import'
import type { Highlight } from '../../electron/core/types'
import { repoRoot, seedFile, tempDir } from './temp-dir'

export const fontConfig = join(repoRoot, 'resources', 'fonts', 'fonts.conf')

export interface Quote {
  exact: string
  category?: string
  comment?: string
  occurrence?: number
}

export interface SeededLibrary {
  db: Db
  dir: string
  reportId: number
  text: EditionText
  highlight(...quotes: Quote[]): Highlight[]
}

export function seededLibrary(): SeededLibrary {
  const dir = tempDir('yandu-brief-')
  const db: Db = openDatabase(join(dir, 'yandu.sqlite'))
  const { id: reportId } = importReportText(db, readFileSync(seedFile, 'utf8'))
  const text = loadEditionText(db, newestEdition(db, reportId).id)
  /** Highlights each quote (its Nth occurrence) and returns them as stored. */
  const highlight = (...quotes: Quote[]): Highlight[] =>
    createHighlights(
      db,
      quotes.map((q) => {
        const ranges = findQuote(text.texts, q.exact, { occurrence: q.occurrence ?? 1 })
        if (!ranges) throw new Error(`not in the seed: ${q.exact}`)
        return {
          reportId,
          categoryId: findCategory(db, q.category ?? '重点').id,
          comment: q.comment,
          ranges: ranges.map((r) => ({ paragraphId: text.paragraphs[r.index].id, start: r.start, end: r.end })),
        }
      }),
    ).map((id) => getHighlight(db, id))
  return { db, dir, reportId, text, highlight }
}

/** Quotes from several parts and categories, one across a paragraph break,
 * one whose comment is markup. */
export const sampleQuotes: Quote[] = [
  { exact: '强化科技创新，建设产业转型升级示范区。', comment: '开篇总纲' },
  { exact: '揭榜挂帅', category: '金句', comment: '提法' },
  { exact: '5G建设专项行动', category: '数据' },
  { exact: '新型研发机构' },
  { exact: '打造区域经济中心', category: '金句' },
  { exact: '打造“三江六岸”' },
  { exact: '民主政治建设', comment: '<script>alert("x")</script>' },
]

/** The text of an XML part of a .docx file. */
export async function docxPart(bytes: Buffer, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  const file = zip.file(part)
  if (!file) throw new Error(`no ${part}`)
  return file.async('string')
}

/** Converts a .docx to PDF with LibreOffice (the shipped fontconfig, a
 * profile of its own so parallel runs do not clash) and returns its text. */
export function libreOfficeText(docx: string, outDir: string): { pdf: string; text: string } {
  const profile = tempDir('yandu-lo-')
  const run = spawnSync(
    'libreoffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx],
    { env: { ...process.env, FONTCONFIG_FILE: fontConfig }, encoding: 'utf8', timeout: 90_000 },
  )
  if (run.status !== 0) throw new Error(`libreoffice failed: ${run.stderr}`)
  const pdf = join(outDir, docx.replace(/^.*\//, '').replace(/\.docx$/, '.pdf'))
  return { pdf, text: pdfText(pdf) }
}

export function pdfText(pdf: string): string {
  const run = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`)
  return run.stdout
}

/** Text compared without whitespace: PDFs break lines anywhere. */
export const squeezed = (s: string) => s.replace(/\s+/gu, '')
