// Report files of every format and encoding, made in the test: a temp folder
// per test (temp-dir.ts), the bytes built here, so no fixture is checked in.
import { truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import iconv from 'iconv-lite'
import { tempDir } from './temp-dir'

/** A small report in the plain-text shape of the seed. */
export const sampleReport = [
  '今后怎么干？ 六个地方要给力',
  '——衡阳市第十二次党代会工作报告解读之奋斗篇',
  '■本报记者 王靖',
  '1 强创新，建设更高水平的国家创新型城市',
  '强化科技创新，建设产业转型升级示范区。实施“揭榜挂帅”，研发投入占比达到3.5%。',
  '2 强开放，建设内陆地区改革开放高地',
  '实施开放合作对接行动。用好中',
  '',
].join('\n')

/** Writes `bytes` to a new file `name` in a fresh temp folder; returns its path. */
export function writeFixture(name: string, bytes: Uint8Array | string): string {
  const path = join(tempDir('yandu-import-'), name)
  writeFileSync(path, bytes)
  return path
}

export const encoded = (text: string, encoding: string, addBOM = false) =>
  new Uint8Array(iconv.encode(text, encoding, { addBOM }))

/** A .docx with a Title, Heading 1 and Heading 2 paragraphs and body text. */
export async function sampleDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '政府工作报告', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '——二〇二五年一月在市人民代表大会上' }),
          new Paragraph({ text: '一、过去一年的工作', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '（一）经济运行稳中向好', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [new TextRun({ text: '全年地区生产总值增长6%。', bold: true }), new TextRun('规模以上工业增加值增长8%。')],
          }),
          new Paragraph({ text: '（二）改革开放持续深化', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '营商环境不断优化。市场主体突破50万户。' }),
          new Paragraph({ text: '二、今年的主要任务', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '坚持稳中求进。推动高质量发展。' }),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

/** A file of `bytes` bytes that takes no disk space (sparse). */
export function sparseFile(name: string, bytes: number): string {
  const path = writeFixture(name, '')
  truncateSync(path, bytes)
  return path
}

/** Random-looking bytes with NULs in them, the same every run. */
export function binaryBytes(length = 4096): Uint8Array {
  let seed = 12345
  const bytes = new Uint8Array(length).map(() => {
    seed = (seed * 1103515245 + 12345) >>> 0
    return seed >>> 24
  })
  bytes[7] = 0
  bytes[length - 3] = 0
  return bytes
}
