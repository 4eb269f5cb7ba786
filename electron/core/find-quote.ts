// Locates a quotation typed by a user or a script in an edition's paragraphs.
// A quotation may cross paragraph breaks, written as a newline or left out.

export interface TextRange {
  /** Index of the paragraph in the edition. */
  index: number
  start: number
  end: number
}

export interface FindQuoteOptions {
  /** 1-based: which occurrence to take among those that fit. */
  occurrence?: number
  /** Text that must stand right before the quotation. */
  prefix?: string
  /** Text that must stand right after it. */
  suffix?: string
}

/** The ranges (one per paragraph touched) of the chosen occurrence, or null
 * when the quotation is not in the text (or no occurrence fits the context). */
export function findQuote(paragraphs: readonly string[], quote: string, options: FindQuoteOptions = {}): TextRange[] | null {
  const lines = quote.replace(/\r\n?/g, '\n').split('\n')
  const needle = lines.join('')
  if (!needle.trim()) return null
  // Where each explicit line break must fall, as offsets into the needle.
  const breaks = lines.slice(0, -1).map((_, i) => lines.slice(0, i + 1).join('').length)
  const starts: number[] = []
  let joined = ''
  for (const text of paragraphs) {
    starts.push(joined.length)
    joined += text
  }
  const boundaries = new Set(starts)
  const wanted = Math.max(1, options.occurrence ?? 1)
  let seen = 0
  for (let at = joined.indexOf(needle); at !== -1; at = joined.indexOf(needle, at + 1)) {
    if (!breaks.every((offset) => boundaries.has(at + offset))) continue
    if (options.prefix && !joined.slice(0, at).endsWith(options.prefix)) continue
    if (options.suffix && !joined.slice(at + needle.length).startsWith(options.suffix)) continue
    if (++seen === wanted) return toRanges(starts, paragraphs, at, at + needle.length)
  }
  return null
}

function toRanges(starts: number[], paragraphs: readonly string[], from: number, to: number): TextRange[] {
  const ranges: TextRange[] = []
  for (let index = 0; index < paragraphs.length; index++) {
    const begin = starts[index]
    const end = begin + paragraphs[index].length
    if (end <= from || begin >= to) continue
    ranges.push({ index, start: Math.max(from, begin) - begin, end: Math.min(to, end) - begin })
  }
  return ranges
}
