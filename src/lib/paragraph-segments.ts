// Splits a paragraph's text into runs at every boundary that changes how it
// is drawn: the end of the lead sentence and the start and end of every
// highlight range. Each run lists the highlights covering it, bottom first,
// so overlapping highlights stack instead of one hiding another, and
// concatenating the runs gives back the paragraph's text, every character
// once and in order (DESIGN.md, "The report").
//
// One sweep over the sorted boundaries: O((b + m) log m) for b boundaries and
// m ranges, plus the size of the output. No DOM.

/** One highlight range in a paragraph, in UTF-16 offsets of its text. */
export interface ParagraphMark {
  id: string
  start: number
  end: number
}

export interface Segment {
  start: number
  end: number
  /** Ids of the highlights covering the run, bottom layer first (longer
   * ranges under shorter ones; among equals, the earlier mark under). */
  marks: string[]
  /** The run lies in the lead sentence. */
  lead: boolean
}

/** The runs of a paragraph of `length` characters whose first `leadLength`
 * characters are its lead sentence. Ranges are clamped to the text; empty
 * ones are ignored. Never throws. */
export function paragraphSegments(length: number, leadLength: number, marks: readonly ParagraphMark[]): Segment[] {
  const lead = Math.max(0, Math.min(length, leadLength))
  const ranges = marks
    .map((m, order) => ({ id: m.id, start: clamp(m.start, length), end: clamp(m.end, length), order }))
    .filter((m) => m.end > m.start)
  if (length === 0) return []
  if (ranges.length === 0) {
    return lead > 0 && lead < length
      ? [
          { start: 0, end: lead, marks: [], lead: true },
          { start: lead, end: length, marks: [], lead: false },
        ]
      : [{ start: 0, end: length, marks: [], lead: lead === length }]
  }

  const cuts = new Set<number>([0, length, lead])
  for (const r of ranges) {
    cuts.add(r.start)
    cuts.add(r.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  // Stacking order: longer first (beneath), then earlier.
  const rank = new Map(
    [...ranges]
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order)
      .map((r, i) => [r, i] as const),
  )
  const starting = new Map<number, typeof ranges>()
  for (const r of ranges) {
    const list = starting.get(r.start)
    if (list) list.push(r)
    else starting.set(r.start, [r])
  }

  const segments: Segment[] = []
  let active: typeof ranges = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]
    const end = points[i + 1]
    if (start === end) continue
    const before = active.length
    active = active.filter((r) => r.end > start)
    const added = starting.get(start)
    if (added) active.push(...added)
    if (added || active.length !== before) active.sort((a, b) => rank.get(a)! - rank.get(b)!)
    segments.push({ start, end, marks: active.map((r) => r.id), lead: start < lead })
  }
  return segments
}

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(length, Math.floor(n)))
}
