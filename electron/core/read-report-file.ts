// Reads a report file of any supported format (.txt, .md, .docx, .html/.htm)
// into text the parser understands, refusing what cannot be a report (too
// big, binary, undecodable, a broken .docx) with a clear YanduError before
// anything is written. The command line hands it a path, the renderer uploads
// bytes; both go through readReportBytes, so there is one implementation.
import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { decodeText, type TextEncodingName } from './decode-text'
import { YanduError } from './errors'
import { DOCX_TITLE_CLASS, htmlLines } from './html-lines'
import { markdownLines } from './markdown-lines'
import type { SourceLine } from './parse-report'

export type ReportFormat = 'txt' | 'md' | 'docx' | 'html'

/** Largest file accepted. The longest government work reports are well under
 * 1 MB of text and a .docx with pictures a few MB; 50 MB leaves room for
 * scanned-in images in a .docx while keeping a mistaken pick (a video, a
 * disk image) from being read into memory. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024

export interface ReportSource {
  format: ReportFormat
  /** The text encoding found or given; null for .docx (its XML says its own). */
  encoding: TextEncodingName | null
  /** The decoded text (.txt), or the lines of a structured format one a line:
   * what the preview shows. */
  text: string
  /** The lines with their markup (.md, .html, .docx); absent for .txt, which
   * the plain-text parser reads. */
  lines?: SourceLine[]
}

export interface ReadOptions {
  /** An encoding name (utf-8, utf-16, gbk, gb18030 …) instead of the guess. */
  encoding?: string
}

const EXTENSIONS: Record<string, ReportFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]

/** Mammoth's map for Word styles: Title (英文 and 中文 Word/WPS names) marks the
 * report's title, Heading 1–6 (标题 1–6) the heading levels. */
const DOCX_STYLE_MAP = [
  `p[style-name='Title'] => h1.${DOCX_TITLE_CLASS}:fresh`,
  `p[style-name='标题'] => h1.${DOCX_TITLE_CLASS}:fresh`,
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [
    `p[style-name='heading ${n}'] => h${n}:fresh`,
    `p[style-name='标题 ${n}'] => h${n}:fresh`,
  ]),
]

/** Reads the file at `path`. Throws YanduError 'file-not-found' (missing or
 * not a file), 'file-unreadable', 'file-too-large' (checked on the size before
 * reading), and whatever readReportBytes throws. */
export async function readReportFile(path: string, options: ReadOptions = {}): Promise<ReportSource> {
  let size: number
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new YanduError('file-not-found', { path })
    size = info.size
  } catch (error) {
    throw error instanceof YanduError ? error : fileError(error, path)
  }
  checkSize(size)
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw fileError(error, path)
  }
  return readReportBytes(bytes, path, options)
}

/** Reads a report from its bytes; `name` gives the extension and appears in
 * messages. The format comes from the extension, else from the content (a zip
 * is a .docx, `<html` or `<!doctype html` HTML, anything else text). Throws
 * YanduError 'file-too-large', 'bad-docx' (not a zip, truncated, not a Word
 * document), 'binary-file', 'bad-encoding', 'unknown-encoding'. Blank content
 * is returned as is; the parser refuses it as 'empty-report'. */
export async function readReportBytes(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<ReportSource> {
  checkSize(bytes.length)
  const format = formatOf(bytes, name)
  if (format === 'docx') {
    const lines = await htmlLines(await docxHtml(bytes, name), { docxTitles: true })
    return { format, encoding: null, text: linesText(lines), lines }
  }
  let decoded
  try {
    decoded = decodeText(bytes, options.encoding)
  } catch (error) {
    // decodeText does not know the file's name; the message should show it.
    if (error instanceof YanduError && error.code === 'binary-file') throw new YanduError('binary-file', { path: name })
    throw error
  }
  const { text, encoding } = decoded
  if (format === 'txt') return { format, encoding, text }
  const lines = format === 'md' ? markdownLines(text) : await htmlLines(text)
  return { format, encoding, text: linesText(lines), lines }
}

function formatOf(bytes: Uint8Array, name: string): ReportFormat {
  const byExtension = EXTENSIONS[extname(name).toLowerCase()]
  if (byExtension) return byExtension
  if (ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) return 'docx'
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^\xef\xbb\xbf/, '')
  return /^\s*(?:<!doctype\s+html|<html[\s>])/i.test(head) ? 'html' : 'txt'
}

async function docxHtml(bytes: Uint8Array, name: string): Promise<string> {
  if (!ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) throw new YanduError('bad-docx', { path: name })
  const { default: mammoth } = await import('mammoth')
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: DOCX_STYLE_MAP,
        // Never follow links to files outside the document, and skip the
        // image data: only the text is kept.
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    )
    return result.value
  } catch {
    // A truncated zip, a zip that is not a Word document, a broken document.xml.
    throw new YanduError('bad-docx', { path: name })
  }
}

function linesText(lines: readonly SourceLine[]): string {
  return lines.map((line) => line.text).join('\n')
}

function checkSize(size: number) {
  if (size > MAX_REPORT_BYTES) {
    const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
    throw new YanduError('file-too-large', { size: mb(size), limit: mb(MAX_REPORT_BYTES) })
  }
}

function fileError(error: unknown, path: string): YanduError {
  const code = (error as NodeJS.ErrnoException).code
  return new YanduError(code === 'ENOENT' || code === 'ENOTDIR' ? 'file-not-found' : 'file-unreadable', { path })
}
