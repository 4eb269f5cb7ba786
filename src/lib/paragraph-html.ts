// The inner HTML of a paragraph with its highlights: the runs of
// paragraph-segments.ts as text, a bold lead sentence, and <mark> elements in
// their category's wash (wash.ts). Built as one string, so a part with
// hundreds of overlapping highlights goes into the page in one parse instead
// of a thousand element creations (the bench's 500 highlights: issue 3).
//
// Everything that comes from the report or the user is escaped: text as
// text, and the few attributes (ids, colours, labels) in double quotes. The
// concatenated text of the result is exactly the paragraph's text.
import { paragraphSegments } from './paragraph-segments'
import { edgeColor, stackedWash, type WashTheme } from './wash'

/** How a run gets its colours: inline styles by default; the page passes
 * class names from a style sheet (wash-classes.ts), which are cheaper. */
export interface WashStyler {
  /** The class or style attribute text for the wash of `colors`, bottom first. */
  wash(colors: readonly string[], theme: WashTheme): { className?: string; style?: string }
  /** The same for the line of the highlight beneath an overlap. */
  under(color: string, theme: WashTheme): { className?: string; style?: string }
}

/** A highlight's range in the paragraph, as the store gives it. */
export interface HtmlMark {
  id: string
  start: number
  end: number
  color: string
  category: string
  /** The highlight's whole text (for its accessible name). */
  text: string
  /** This is the highlight's first range: its first run is its focus stop. */
  first: boolean
  /** A new edition moved or changed it: drawn as to check. */
  review?: boolean
}

export interface ParagraphHtmlInput {
  text: string
  lead: string | null
  marks: readonly HtmlMark[]
  theme: WashTheme
  /** The open highlight, drawn with a ring. */
  activeId?: string | null
  /** The accessible name of a highlight's focus stop. */
  label(category: string, quote: string): string
  styler?: WashStyler
}

/** Longest quotation read out in a mark's name. */
const labelChars = 60

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c])
}

/** Inline styles: self-contained HTML (tests, or a page without the sheet). */
export const inlineStyler: WashStyler = {
  wash: (colors, theme) => ({ style: `background-color:${stackedWash(colors, theme)}` }),
  under: (color, theme) => ({ style: `--hl-under:${edgeColor(color, theme)}` }),
}

/** The paragraph's inner HTML. Never throws on ranges outside the text
 * (they are clamped); colours must be hex, as the core guarantees. */
export function paragraphHtml(input: ParagraphHtmlInput): string {
  const { text, lead, marks, theme, activeId } = input
  const styler = input.styler ?? inlineStyler
  const leadLength = lead && text.startsWith(lead) ? lead.length : 0
  const segments = paragraphSegments(text.length, leadLength, marks)
  const byId = new Map<string, HtmlMark>()
  for (const m of marks) if (!byId.has(m.id)) byId.set(m.id, m)
  const focusTaken = new Set<string>()
  const starts = new Set(marks.map((m) => m.start))
  const ends = new Set(marks.map((m) => m.end))
  let html = ''
  for (const s of segments) {
    const run = escapeHtml(text.slice(s.start, s.end))
    if (!s.marks.length) {
      html += s.lead ? `<span class="lead">${run}</span>` : run
      continue
    }
    const top = s.marks[s.marks.length - 1]
    const mark = byId.get(top)!
    const stacked = s.marks.length > 1
    const styles = [styler.wash(s.marks.map((id) => byId.get(id)!.color), theme)]
    // Where highlights overlap, the one beneath shows as a line under the text.
    if (stacked) styles.push(styler.under(byId.get(s.marks[s.marks.length - 2])!.color, theme))
    let classes = 'hl'
    for (const { className } of styles) if (className) classes += ` ${className}`
    const style = styles.flatMap((x) => (x.style ? [x.style] : [])).join(';')
    // Rounded only where a highlight begins or ends, so the runs of one read as one band.
    if (starts.has(s.start)) classes += ' open'
    if (ends.has(s.end)) classes += ' close'
    if (s.lead) classes += ' lead'
    if (stacked) classes += ' stacked'
    if (mark.review) classes += ' review'
    if (activeId && s.marks.includes(activeId)) classes += ' active'
    let attributes = `class="${classes}" data-highlight-id="${escapeHtml(top)}"`
    // Every highlight under the run, for the ones beneath the top (reveal, click-through).
    if (stacked) attributes += ` data-highlights="${escapeHtml(s.marks.join(' '))}"`
    if (style) attributes += ` style="${style}"`
    if (mark.first && !focusTaken.has(top)) {
      focusTaken.add(top)
      const quote = mark.text.length > labelChars ? `${mark.text.slice(0, labelChars)}…` : mark.text
      attributes += ` role="button" tabindex="0" aria-label="${escapeHtml(input.label(mark.category, quote))}"`
    }
    html += `<mark ${attributes}>${run}</mark>`
  }
  return html
}
