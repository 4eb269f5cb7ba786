// Turns the plain text of a report into its title, subtitle, byline and a flat
// list of headings and paragraphs, the shape everything else (import, outline,
// reader, citations) builds on. The product promises that every character of
// the source shows up, in order, in exactly one place, so this parser never
// joins, splits or drops a line: one non-empty line is one block. Newspaper
// pages cut paragraphs and split them across lines (the seed's `…用好中` and
// `…打造` / `“三江六岸”…`); those stay as they are, faithfully.
import { YanduError } from './errors'
import { findHeadings } from './heading-scheme'
import { leadSentence } from './lead-sentence'

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

/** Parses a report's plain text (BOM, CRLF, CR and trailing whitespace are
 * fine; inner characters are kept exactly). Front matter is read only before
 * the first heading: a short standalone first line is the title, a `——` line
 * right after it the subtitle, then a `■` line the byline; anything else there
 * is a paragraph of part 0. A text without headings is valid. Throws
 * YanduError('empty-report') when the source has no non-whitespace character. */
export function parseReport(source: string): ParsedReport {
  if (!/\S/.test(source)) throw new YanduError('empty-report')
  // String#trim strips exactly the characters \s matches, BOM and U+3000
  // included, so the squeezed text of the lines is the squeezed source.
  const lines = source
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  const headings = findHeadings(lines)
  const firstHeading = headings.findIndex((heading) => heading !== null)
  const frontEnd = firstHeading === -1 ? lines.length : firstHeading

  let next = 0
  let title = ''
  let subtitle: string | null = null
  let byline: string | null = null
  if (next < frontEnd && isTitle(lines[next])) title = lines[next++]
  if (title && next < frontEnd && lines[next].startsWith(SUBTITLE_MARK)) subtitle = lines[next++]
  if (next < frontEnd && lines[next].startsWith(BYLINE_MARK)) byline = lines[next++]

  const blocks: ParsedBlock[] = []
  let previousParagraph: string | null = null
  for (; next < lines.length; next++) {
    const text = lines[next]
    const heading = headings[next]
    if (heading) {
      blocks.push({ kind: 'heading', level: heading.level, text, title: heading.title, shortTitle: shortTitle(heading.title) })
      previousParagraph = null
    } else {
      blocks.push({ kind: 'paragraph', text, lead: leadSentence(text, previousParagraph) })
      previousParagraph = text
    }
  }
  return { title, subtitle, byline, blocks }
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
