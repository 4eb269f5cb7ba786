// The text a search hit shows: the words around the first match, every
// occurrence of the query marked, everything else HTML-escaped. The renderer
// sets the snippet as HTML, so this module is a security boundary: the only
// markup that may come out of it is `<mark>` and `</mark>`.

/** Characters shown on each side of the first match: enough for a clause of
 * Chinese text (a line of the results list); more makes the list harder to
 * scan, fewer loses the sense of the match. */
export const snippetContext = 30

/** The terms of a query: split on whitespace (ideographic spaces included),
 * each term matched as a phrase, all terms required. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.split(/\s+/u).filter(Boolean))]
}

/** Lower-cases `text` without changing its length, so an index into the result
 * is an index into `text`: a character whose lower case is longer (İ) stays. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  let out = ''
  for (const ch of text) {
    const l = ch.toLowerCase()
    out += l.length === ch.length ? l : ch
  }
  return out
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => entities[ch])
}

/** Escaped, with each run of whitespace as one space: one pass. */
const plain = (text: string) => text.replace(/\s+|[&<>"']/gu, (m) => entities[m] ?? ' ')

/** True when every term occurs in `text`, ignoring case: the final word on a
 * candidate the index proposed. */
export function containsAll(text: string, terms: readonly string[]): boolean {
  const folded = foldCase(text)
  return terms.every((term) => folded.includes(foldCase(term)))
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** The snippet of `text` for `terms`, as HTML: ≈ `context` characters each side
 * of the first occurrence of any term, `…` where the text is cut, each
 * occurrence inside wrapped in `<mark>…</mark>`, whitespace runs shown as one
 * space. Null when no term occurs in `text` (with `requireAll`: when any term
 * is missing). */
export function searchSnippet(
  text: string,
  terms: readonly string[],
  { requireAll = false, context = snippetContext }: { requireAll?: boolean; context?: number } = {},
): string | null {
  const folded = foldCase(text)
  const needles = terms.map(foldCase).filter(Boolean)
  let first = -1
  let firstEnd = -1
  for (const needle of needles) {
    const at = folded.indexOf(needle)
    if (at < 0 && requireAll) return null
    if (at >= 0 && (first < 0 || at < first)) {
      first = at
      firstEnd = at + needle.length
    }
  }
  if (first < 0) return null
  let start = Math.max(0, first - context)
  let end = Math.min(text.length, firstEnd + context)
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end++

  const marks: [number, number][] = []
  for (const needle of needles) {
    for (let at = folded.indexOf(needle, start); at >= 0 && at + needle.length <= end; at = folded.indexOf(needle, at + 1)) {
      marks.push([at, at + needle.length])
    }
  }
  marks.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: [number, number][] = []
  for (const [from, to] of marks) {
    const last = merged[merged.length - 1]
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }

  let html = start > 0 ? '…' : ''
  let cursor = start
  for (const [from, to] of merged) {
    html += `${plain(text.slice(cursor, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`
    cursor = to
  }
  return html + plain(text.slice(cursor, end)) + (end < text.length ? '…' : '')
}
