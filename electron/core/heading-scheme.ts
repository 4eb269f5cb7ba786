// Tells which lines of a Chinese report are headings, and at what level.
// Chinese reports number their headings with a handful of schemes (第一部分,
// 第一章, 第一节, 一、, （一）, 1., 1、, （1）, and the seed's `1 标题`), nested in whatever
// order the author chose. This lives apart from parse-report.ts because the
// scheme table grows with every kind of report users bring, and because the
// rules that keep ordinary numbered sentences out of the outline (length,
// final punctuation, numbers in sequence) are easier to read in one place.

/** The numbering schemes, one name each; `part`, `chapter` and `section` are
 * 第X部分, 第X章 and 第X节. */
export type HeadingScheme =
  | 'part'
  | 'chapter'
  | 'section'
  | 'cn-dun'
  | 'cn-paren'
  | 'arabic-paren'
  | 'arabic-dot'
  | 'arabic-dun'
  | 'arabic-space'

/** A line that looks like a heading, before the sequence check. */
export interface HeadingCandidate {
  scheme: HeadingScheme
  number: number
  /** The heading without its number or marker. */
  title: string
}

/** A heading accepted by `findHeadings`. */
export interface FoundHeading extends HeadingCandidate {
  /** 1 for a top-level part, 2 for the sections within it, and so on. */
  level: number
}

/** Longest line, in UTF-16 units (one per CJK character), that can be a
 * heading. Chinese headings rarely pass 30 characters, the seed's longest is 29;
 * a higher limit lets long numbered sentences in as headings, a lower one drops
 * the long two-clause headings of government reports. */
export const MAX_HEADING_LENGTH = 50

/** A heading never ends like a sentence or a clause: a numbered line that does
 * is a numbered paragraph (`1. 我们要……。`). ASCII forms cover mixed texts. */
const NOT_HEADING_ENDINGS = new Set([...'。；！？…，、.;!?,'])

/** Schemes that rank above all others when present, whatever comes before
 * them (among themselves, by first appearance: 第一章 before its 第一节). */
const TOP_SCHEMES: ReadonlySet<HeadingScheme> = new Set<HeadingScheme>(['part', 'chapter', 'section'])

/** Characters that, right after `1 `, make a quantity (`3 个`, `5 月份`), not a heading. */
const QUANTITY_UNITS = new Set([...'年月日号时分秒个万亿元%％'])

const CN_NUMBER = '[零〇一二三四五六七八九十百两]+'
const NUMBER = `${CN_NUMBER}|\\d{1,3}`
const CHAPTER_SEPARATOR = '[\\s：:、.．]*'

const PATTERNS: ReadonlyArray<{ scheme: HeadingScheme; re: RegExp }> = [
  { scheme: 'part', re: new RegExp(`^第(${NUMBER})部分${CHAPTER_SEPARATOR}(.*)$`) },
  { scheme: 'chapter', re: new RegExp(`^第(${NUMBER})章${CHAPTER_SEPARATOR}(.*)$`) },
  { scheme: 'section', re: new RegExp(`^第(${NUMBER})节${CHAPTER_SEPARATOR}(.*)$`) },
  { scheme: 'cn-dun', re: new RegExp(`^(${CN_NUMBER})、\\s*(.+)$`) },
  { scheme: 'cn-paren', re: new RegExp(`^[（(](${CN_NUMBER})[）)]\\s*(.+)$`) },
  { scheme: 'arabic-paren', re: /^[（(](\d{1,3})[）)]\s*(.+)$/ },
  { scheme: 'arabic-dot', re: /^(\d{1,3})[.．](?!\d)\s*(.+)$/ },
  { scheme: 'arabic-dun', re: /^(\d{1,3})、\s*(.+)$/ },
  { scheme: 'arabic-space', re: /^(\d{1,3})[ \t\u3000]+([^\d\s].*)$/ },
]

const CN_DIGITS: Record<string, number> = {
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}

/** Reads `12` or a Chinese numeral from 一 to 九百九十九 (`十一`, `二十`, `一百零五`);
 * null for anything else, including zero. */
function parseHeadingNumber(digits: string): number | null {
  if (/^\d+$/.test(digits)) return Number(digits) || null
  const m = /^(?:([一二三四五六七八九两])百)?[零〇]?(?:([一二三四五六七八九两]?)十)?([一二三四五六七八九])?$/.exec(digits)
  if (!m) return null
  const hundreds = m[1] ? CN_DIGITS[m[1]] : 0
  const tens = m[2] === undefined ? 0 : m[2] === '' ? 1 : CN_DIGITS[m[2]]
  const ones = m[3] ? CN_DIGITS[m[3]] : 0
  const value = hundreds * 100 + tens * 10 + ones
  return value > 0 ? value : null
}

/** Matches one trimmed line against the heading schemes. Returns null when the
 * line has no heading number, is longer than MAX_HEADING_LENGTH, or ends like a
 * sentence. A bare `第一章` gets its whole text as title, so it can be cited. */
function matchHeading(line: string): HeadingCandidate | null {
  if (line.length === 0 || line.length > MAX_HEADING_LENGTH) return null
  if (NOT_HEADING_ENDINGS.has(line[line.length - 1])) return null
  for (const { scheme, re } of PATTERNS) {
    const m = re.exec(line)
    if (!m) continue
    const number = parseHeadingNumber(m[1])
    if (number === null) return null
    const title = m[2].trim()
    if (scheme === 'arabic-space' && QUANTITY_UNITS.has(title[0])) return null
    return { scheme, number, title: title || line }
  }
  return null
}

/** A heading's title without its number or marker (`一、总体要求` → `总体要求`),
 * or the whole text when it has none. No length, ending or sequence checks:
 * this is for lines the markup already declares headings (Markdown #, HTML
 * h1–h6, DOCX heading styles). Never throws. */
export function headingTitle(text: string): string {
  for (const { re } of PATTERNS) {
    const m = re.exec(text)
    if (m && parseHeadingNumber(m[1]) !== null) return m[2].trim() || text
  }
  return text
}

/** Finds the headings among trimmed, non-empty lines; the result is aligned
 * with `lines`, null for a line that is not a heading. A candidate is kept only
 * if its number follows the last one of its scheme (1 when the scheme starts
 * again under a new parent), which rejects most numbered sentences. Levels go
 * by first appearance of each kept scheme, as outliners do, except that 第X部分,
 * 第X章 and 第X节 come first when present. Never throws. */
export function findHeadings(lines: readonly string[]): Array<FoundHeading | null> {
  const candidates = lines.map(matchHeading)
  // The sequence check needs to know which scheme is the parent of which; it
  // uses the order of the candidates, and the levels are then recomputed from
  // the headings it kept.
  const provisional = rankSchemes(candidates)
  const stack: Array<{ scheme: HeadingScheme; last: number }> = []
  const kept = candidates.map((candidate) => {
    if (!candidate) return null
    const rank = provisional.get(candidate.scheme)!
    const open = stack.find((entry) => entry.scheme === candidate.scheme)
    const expected = open ? open.last + 1 : 1
    if (candidate.number !== expected) return null
    while (stack.length > 0 && provisional.get(stack[stack.length - 1].scheme)! >= rank) stack.pop()
    stack.push({ scheme: candidate.scheme, last: candidate.number })
    return candidate
  })
  const levels = rankSchemes(kept)
  return kept.map((heading) => (heading ? { ...heading, level: levels.get(heading.scheme)! } : null))
}

/** Level of each scheme: top schemes first, then the others, each group in order of first appearance. */
function rankSchemes(headings: ReadonlyArray<HeadingCandidate | null>): Map<HeadingScheme, number> {
  const seen: HeadingScheme[] = []
  for (const heading of headings) if (heading && !seen.includes(heading.scheme)) seen.push(heading.scheme)
  const ordered = [...seen.filter((s) => TOP_SCHEMES.has(s)), ...seen.filter((s) => !TOP_SCHEMES.has(s))]
  return new Map(ordered.map((scheme, index) => [scheme, index + 1]))
}
