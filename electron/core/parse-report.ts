// Turns the plain text of a report into its title, subtitle, byline and a flat
// list of headings and paragraphs, the shape everything else (import, outline,
// reader, citations) builds on. The product promises that every character of
// the source shows up, in order, in exactly one place, so this parser never
// joins, splits or drops a line: one non-empty line is one block. Newspaper
// pages cut paragraphs and split them across lines (the seed's `…用好中` and
// `…打造` / `“三江六岸”…`); those stay as they are, faithfully.
import { YanduError } from './errors'
import { findHeadings, headingTitle } from './heading-scheme'
import { leadSentence } from './lead-sentence'
import { findTermNotes } from './term-notes'

export interface ParsedReport {
  /** '' only if the text has no title line. */
  title: string
  /** The line starting with —— right after the title, dashes kept. */
  subtitle: string | null
  /** The line starting with ■ in the front matter, ■ kept. */
  byline: string | null
  /** Headings and paragraphs in reading order. */
  blocks: ParsedBlock[]
}

export type ParsedBlock =
  | {
      kind: 'heading'
      /** 1 for a top-level part. */
      level: number
      /** The whole heading line, trimmed: `1 强创新，建设更高水平的国家创新型城市`. */
      text: string
      /** Without its number or marker: `强创新，建设更高水平的国家创新型城市`. */
      title: string
      /** The title up to its first ， or ：, for citations: `强创新`. */
      shortTitle: string
    }
  | {
      kind: 'paragraph'
      text: string
      /** The lead sentence (topic), an exact prefix of `text`, or null. */
      lead: string | null
    }

/** Longest first line, in UTF-16 units (one per CJK character), taken as the
 * title. Newspaper titles run to about 30 characters (the seed's is 14); a
 * higher limit risks taking a short opening paragraph cut mid-sentence as the
 * title, a lower one demotes long official titles to paragraphs. */
export const MAX_TITLE_LENGTH = 50

/** A title ends like a phrase, never like a sentence or a clause. */
const NOT_TITLE_ENDINGS = new Set([...'。；！？…，、：.;!?,:'])

const SUBTITLE_MARK = '——'
const BYLINE_MARK = '■'

/** One line of a structured document (Markdown, HTML, DOCX) in reading order,
 * as read-report-file.ts produces it. */
export interface SourceLine {
  text: string
  /** Set when the markup makes the line a heading: 1 for `#`, h1, Heading 1 … */
  headingLevel?: number
  /** Set when the markup names the line the document's title (DOCX Title style). */
  isTitle?: boolean
}

/** Parses a report's plain text (BOM, CRLF, CR and trailing whitespace are
 * fine; inner characters are kept exactly). Front matter is read only before
 * the first heading: a short standalone first line is the title, a `——` line
 * right after it the subtitle, then a `■` line the byline; anything else there
 * is a paragraph of part 0. Headings follow the Chinese numbering schemes
 * (heading-scheme.ts); term notes at the end are not parts (term-notes.ts). A
 * text without headings is valid. Throws YanduError('empty-report') when the
 * source has no non-whitespace character. */
export function parseReport(source: string): ParsedReport {
  return parseBlocks(source.split(/\r\n|\r|\n/).map((text) => ({ text })))
}

/** Parses the lines of a structured document (or of a plain text, without
 * markup). The title is, in order: the leading lines the markup marks as
 * title (several are joined), else a sole top-level heading at the very start
 * (Markdown `#`, h1; levels below move up one), else a short standalone first
 * line as in plain text. Lines with `headingLevel` are the headings, their
 * levels renumbered 1, 2, … in order of depth; when no line has one, the
 * Chinese numbering schemes find them as in plain text. Every non-blank line
 * is one block, trimmed; nothing is joined (titles aside) or dropped. Throws
 * YanduError('empty-report') when no line has a non-whitespace character. */
export function parseBlocks(input: readonly SourceLine[]): ParsedReport {
  // String#trim strips exactly the characters \s matches, BOM and U+3000
  // included, so the squeezed text of the lines is the squeezed source.
  const lines = input.map((line) => ({ ...line, text: line.text.trim() })).filter((line) => line.text !== '')
  if (lines.length === 0) throw new YanduError('empty-report')

  let title = ''
  let start = 0
  while (start < lines.length && lines[start].isTitle) title = joinTitle(title, lines[start++].text)
  const explicit = lines.slice(start).some((line) => line.headingLevel)
  if (!title && explicit && isSoleTopHeading(lines)) title = lines[start++].text
  const body = lines.slice(start).map((line) => line.text)
  const headings = explicit ? markupHeadings(lines.slice(start)) : findHeadings(body)
  const firstHeading = headings.findIndex((heading) => heading !== null)
  const frontEnd = firstHeading === -1 ? body.length : firstHeading

  let next = 0
  let subtitle: string | null = null
  let byline: string | null = null
  if (!title && next < frontEnd && isTitle(body[next])) title = body[next++]
  if (title && next < frontEnd && body[next].startsWith(SUBTITLE_MARK)) subtitle = body[next++]
  if (next < frontEnd && body[next].startsWith(BYLINE_MARK)) byline = body[next++]

  const notes = findTermNotes(body, (i) => headings[i]?.level === 1, next)
  const blocks: ParsedBlock[] = []
  let inPart = false
  let previousParagraph: string | null = null
  for (; next < body.length; next++) {
    const text = body[next]
    const heading = headings[next]
    const inNotes = notes !== null && next > notes.heading && next < notes.end
    if (notes !== null && next === notes.heading && inPart) {
      const title = headingTitle(text)
      blocks.push({ kind: 'heading', level: 2, text, title, shortTitle: shortTitle(title) })
      previousParagraph = null
    } else if (heading && !inNotes && next !== notes?.heading) {
      blocks.push({ kind: 'heading', level: heading.level, text, title: heading.title, shortTitle: shortTitle(heading.title) })
      inPart = true
      previousParagraph = null
    } else {
      const termNote = inNotes || next === notes?.heading
      blocks.push({ kind: 'paragraph', text, lead: termNote ? null : leadSentence(text, previousParagraph) })
      previousParagraph = text
    }
  }
  return { title, subtitle, byline, blocks }
}

/** True when the first line is a heading at the shallowest level present and
 * no other heading shares that level: the document's title, not a part. */
function isSoleTopHeading(lines: readonly SourceLine[]): boolean {
  const first = lines[0].headingLevel
  if (!first) return false
  const levels = lines.map((line) => line.headingLevel).filter((level): level is number => !!level)
  return Math.min(...levels) === first && levels.filter((level) => level === first).length === 1
}

/** The headings the markup declares, aligned with `lines`, with levels
 * renumbered 1, 2, … by depth (so `##` parts under a `#` title are level 1). */
function markupHeadings(lines: readonly SourceLine[]): Array<{ level: number; title: string } | null> {
  const depths = [...new Set(lines.map((line) => line.headingLevel).filter((level): level is number => !!level))]
  depths.sort((a, b) => a - b)
  return lines.map((line) =>
    line.headingLevel ? { level: depths.indexOf(line.headingLevel) + 1, title: headingTitle(line.text) } : null,
  )
}

/** Joins title lines: nothing between CJK characters, a space between words. */
function joinTitle(title: string, line: string): string {
  if (!title) return line
  const wide = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u
  return wide.test(title[title.length - 1]) || wide.test(line[0]) ? title + line : `${title} ${line}`
}

function isTitle(line: string): boolean {
  if (line.length > MAX_TITLE_LENGTH) return false
  if (line.startsWith(SUBTITLE_MARK) || line.startsWith(BYLINE_MARK)) return false
  return !NOT_TITLE_ENDINGS.has(line[line.length - 1])
}

/** The title up to its first ， or ：, or the whole title. */
function shortTitle(title: string): string {
  const cut = title.search(/[，：]/)
  return cut > 0 ? title.slice(0, cut) : title
}
