// The Word export: official-document layout read back from the file's XML,
// and the file opened by LibreOffice (as a user's office suite would) with
// every quotation in the text it prints.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addBlock } from '../../../electron/core/brief-blocks'
import { buildBriefDocument } from '../../../electron/core/brief-document'
import { exportBrief } from '../../../electron/core/brief-export'
import { createBrief, createBriefFromHighlights } from '../../../electron/core/brief-store'
import { renderDocx } from '../../../electron/core/render-docx'
import { docxPart, libreOfficeText, sampleQuotes, seededLibrary, squeezed } from '../../helpers/briefs'

/** Twips (1/1440 inch) of a length in millimetres, to the nearest. */
const twips = (mm: number) => Math.round((mm / 25.4) * 1440)
const attrs = (xml: string, tag: string) => {
  const m = xml.match(new RegExp(`<${tag} ([^>]*)/>`))
  return Object.fromEntries([...(m?.[1] ?? '').matchAll(/w:(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]))
}
/** The w:p elements of the body, with their text. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    xml: m[1],
    text: [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }))

async function sampleDocx() {
  const lib = seededLibrary()
  const highlights = lib.highlight(...sampleQuotes)
  const brief = addBlock(lib.db, createBriefFromHighlights(lib.db, { reportId: lib.reportId, template: 'quiz' }).id, {
    kind: 'question',
    text: '如何理解？',
  })
  return { ...lib, highlights, brief }
}

describe('renderDocx', () => {
  it('sets A4 and the margins 37/35/28/26 mm', async () => {
    const { brief } = await sampleDocx()
    const xml = await docxPart(await renderDocx(buildBriefDocument(brief)))
    expect(attrs(xml, 'w:pgSz')).toMatchObject({ w: '11906', h: '16838' })
    expect(attrs(xml, 'w:pgMar')).toMatchObject({
      top: String(twips(37)),
      bottom: String(twips(35)),
      left: String(twips(28)),
      right: String(twips(26)),
    })
    // Read back in millimetres, within the rounding of a twip.
    const margin = attrs(xml, 'w:pgMar')
    for (const [side, mm] of Object.entries({ top: 37, bottom: 35, left: 28, right: 26 })) {
      expect(Math.abs((Number(margin[side]) / 1440) * 25.4 - mm)).toBeLessThan(0.02)
    }
  })

  it('sets the title in 方正小标宋简体 二号 centred, headings in 黑体 and 楷体 三号, the body in 仿宋 三号 on an exact 28 pt line', async () => {
    const { brief } = await sampleDocx()
    const ps = paragraphs(await docxPart(await renderDocx(buildBriefDocument(brief))))
    const title = ps.find((p) => p.text === brief.title)!
    expect(title.xml).toContain('w:eastAsia="方正小标宋简体"')
    expect(title.xml).toContain('<w:sz w:val="44"/>')
    expect(title.xml).toContain('<w:jc w:val="center"/>')
    const heading = ps.find((p) => p.text === '一、填空题')!
    expect(heading.xml).toContain('w:eastAsia="黑体"')
    expect(heading.xml).toContain('<w:sz w:val="32"/>')
    const item = ps.find((p) => p.text.startsWith('1. ______'))!
    expect(item.xml).toContain('w:eastAsia="仿宋"')
    expect(item.xml).toContain('<w:sz w:val="32"/>')
    expect(item.xml).toMatch(/<w:spacing [^>]*w:line="560" w:lineRule="exact"\/>/)
    expect(item.xml).toMatch(/<w:ind [^>]*w:firstLineChars="200"/)
  })

  it('sets level-2 headings and notes in 楷体', async () => {
    const { db, reportId, highlight } = seededLibrary()
    highlight({ exact: '揭榜挂帅', comment: '提法' })
    const ps = paragraphs(await docxPart(await renderDocx(buildBriefDocument(createBriefFromHighlights(db, { reportId })))))
    expect(ps.find((p) => p.text === '重点')!.xml).toContain('w:eastAsia="楷体"')
    expect(ps.find((p) => p.text === '批注：提法')!.xml).toContain('w:eastAsia="楷体"')
  })

  it('starts the answer key on a new page', async () => {
    const { brief } = await sampleDocx()
    const ps = paragraphs(await docxPart(await renderDocx(buildBriefDocument(brief))))
    expect(ps.find((p) => p.text === '答案')!.xml).toContain('<w:pageBreakBefore/>')
  })

  it('numbers the pages “— 1 —” centred in the footer', async () => {
    const { brief } = await sampleDocx()
    const bytes = await renderDocx(buildBriefDocument(brief))
    const footer = await docxPart(bytes, 'word/footer1.xml')
    expect(footer).toContain('<w:jc w:val="center"/>')
    expect(footer).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*> —<\/w:t>/)
  })

  it('names 宋体 as the stand-in for 方正小标宋简体 in the font table', async () => {
    const { brief } = await sampleDocx()
    const fonts = await docxPart(await renderDocx(buildBriefDocument(brief)), 'word/fontTable.xml')
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>')
  })
})

describe('a DOCX export opened by LibreOffice', () => {
  it('prints every quotation, its citation and the answer key', { timeout: 120_000 }, async () => {
    const { db, dir, highlights } = await sampleDocx()
    const handout = createBriefFromHighlights(db, { reportId: highlights[0].reportId, template: 'handout' })
    const file = join(dir, 'handout.docx')
    await exportBrief(db, { id: handout.id, format: 'docx', path: file })
    const { text } = libreOfficeText(file, dir)
    for (const h of highlights) expect(squeezed(text)).toContain(squeezed(h.citation))
    expect(squeezed(text)).toContain('—1—')
  })

  it('prints an empty brief as its title', { timeout: 120_000 }, async () => {
    const { db, dir } = seededLibrary()
    const { id } = createBrief(db, { title: '空白材料' })
    const file = join(dir, 'empty.docx')
    await exportBrief(db, { id, format: 'docx', path: file })
    expect(squeezed(libreOfficeText(file, dir).text)).toContain('空白材料')
  })
})
