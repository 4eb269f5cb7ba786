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
}

/** Longest quotation read out in a mark's name. */
const labelChars = 60

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c])
}

const edges = new Map<string, string>()
function edge(color: string, theme: WashTheme): string {
  const key = `${theme}|${color}`
  let value = edges.get(key)
  if (value === undefined) edges.set(key, (value = edgeColor(color, theme)))
  return value
}

/** The paragraph's inner HTML. Never throws on ranges outside the text
 * (they are clamped); colours must be hex, as the core guarantees. */
export function paragraphHtml(input: ParagraphHtmlInput): string {
  const { text, lead, marks, theme, activeId } = input
  const leadLength = lead && text.startsWith(lead) ? lead.length : 0
  const segments = paragraphSegments(text.length, leadLength, marks)
  const byId = new Map<string, HtmlMark>()
  for (const m of marks) if (!byId.has(m.id)) byId.set(m.id, m)
  const focusTaken = new Set<string>()
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
    let style = `background-color:${stackedWash(
      s.marks.map((id) => byId.get(id)!.color),
      theme,
    )}`
    // Where highlights overlap, the one beneath shows as a line under the text.
    if (stacked) style += `;--hl-under:${edge(byId.get(s.marks[s.marks.length - 2])!.color, theme)}`
    let classes = 'hl'
    // Rounded only where a highlight begins or ends, so the runs of one read as one band.
    if (marks.some((m) => m.start === s.start)) classes += ' open'
    if (marks.some((m) => m.end === s.end)) classes += ' close'
    if (s.lead) classes += ' lead'
    if (stacked) classes += ' stacked'
    if (activeId && s.marks.includes(activeId)) classes += ' active'
    let attributes = `class="${classes}" data-highlight-id="${escapeHtml(top)}" data-highlights="${escapeHtml(s.marks.join(' '))}" style="${style}"`
    if (mark.first && !focusTaken.has(top)) {
      focusTaken.add(top)
      const quote = mark.text.length > labelChars ? `${mark.text.slice(0, labelChars)}…` : mark.text
      attributes += ` role="button" tabindex="0" aria-label="${escapeHtml(input.label(mark.category, quote))}"`
    }
    html += `<mark ${attributes}>${run}</mark>`
  }
  return html
}
