// Reads a Markdown report into lines with their heading levels, for the
// parser (parse-report.ts parseBlocks). Reports written in Markdown use a
// small part of it (# headings, emphasis, links, lists, quotes), and the reader
// shows text only, so this strips markup line by line instead of building a
// CommonMark tree: a full renderer would also join hard-wrapped lines into
// paragraphs, which breaks Chinese texts that put one paragraph on each line
// without blank lines between. Like the plain-text parser, one non-blank line
// is one block; a hard-wrapped paragraph therefore stays several blocks, which
// the lead-sentence rule already treats as one paragraph cut across lines.
import type { SourceLine } from './parse-report'

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const TABLE_DELIMITER = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?\|?[ \t]*$/
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/
/** Quote marks, list bullets and task boxes at the start of a line. Ordered
 * list numbers (`1.`) are kept: they are part of the text a reader sees, and
 * they may be the report's own heading numbers. */
const BLOCK_PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+][ \t]+(?:\[[ xX]\][ \t]+)?)?/
/** Characters Markdown lets one escape with a backslash. */
const ESCAPABLE = /\\([!-/:-@[-`{-~])/g
/** Escaped characters are parked here while markup is stripped (Private Use Area). */
const PARKING = 0xf0000

const park = (text: string) => text.replace(/[\s\S]/g, (char) => String.fromCodePoint(PARKING + char.charCodeAt(0)))

/** The lines of a Markdown text, markup removed: ATX (`#`) and setext
 * headings with their levels, fenced code kept verbatim, thematic breaks,
 * table delimiter rows, link definitions and blank lines dropped. Never throws. */
export function markdownLines(text: string): SourceLine[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const out: SourceLine[] = []
  let fence: string | null = null
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]
    if (fence !== null) {
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = null
      else out.push({ text: line })
      continue
    }
    const open = FENCE.exec(line)
    if (open) {
      fence = open[1]
      continue
    }
    const atx = ATX_HEADING.exec(line)
    if (atx) {
      out.push({ text: inlineText(atx[2] ?? ''), headingLevel: atx[1].length })
      continue
    }
    const next = raw[i + 1]
    if (next !== undefined && SETEXT_UNDERLINE.test(next) && isPlainLine(line)) {
      out.push({ text: inlineText(line), headingLevel: next.trim()[0] === '=' ? 1 : 2 })
      i++
      continue
    }
    if (THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line)) continue
    if (line.includes('|') && line.includes('-') && TABLE_DELIMITER.test(line)) continue
    out.push({ text: inlineText(tableCells(line.replace(BLOCK_PREFIX, ''))) })
  }
  return out.filter((line) => line.text.trim() !== '')
}

/** A line that can be a setext heading's text: not blank, not a list item,
 * quote, heading or break itself. */
function isPlainLine(line: string): boolean {
  if (line.trim() === '' || /^ {4}/.test(line)) return false
  return !/^ {0,3}(?:[>#]|[-*+][ \t]|\d{1,9}[.)][ \t])/.test(line) && !THEMATIC_BREAK.test(line)
}

/** `| a | b |` → `a b`; other lines unchanged. */
function tableCells(line: string): string {
  const trimmed = line.trim()
  if (!trimmed.startsWith('|') || !trimmed.endsWith('|') || trimmed.length < 2) return line
  return trimmed
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim())
    .join(' ')
}

/** The text of a line without inline markup: emphasis, strike-through, code
 * spans, links and images (their text and alt kept, their URLs dropped),
 * autolinks (URL kept), inline HTML tags; backslash escapes resolved. */
export function inlineText(line: string): string {
  // Escaped characters and code spans are parked so no later rule touches them.
  let text = line.replace(ESCAPABLE, (_, char: string) => park(char))
  text = text.replace(/`+([^`]+?)`+/g, (_, code: string) => park(code))
  text = text
    .replace(/!\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|ftp|mailto):[^\s<>]+)>/gi, '$1')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '')
  // Twice, for emphasis nested in emphasis (`**重点*词*句**`).
  for (let pass = 0; pass < 2; pass++) {
    text = text
      .replace(/(\*{1,3}|~~)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}_])(_{1,3})(?=\S)([\s\S]*?\S)\2(?![\p{L}\p{N}_])/gu, '$1$3')
  }
  return text.replace(/[\u{f0000}-\u{fffff}]/gu, (char) => String.fromCharCode(char.codePointAt(0)! - PARKING))
}
