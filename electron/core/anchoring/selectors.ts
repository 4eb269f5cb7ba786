// The stored form of a highlight: W3C Web Annotation selectors against the
// text of one paragraph, so a highlight survives a revised edition (it is
// re-anchored by resolve-anchor.ts) and exports as standard JSON-LD. See
// ../shared/DESIGN.md, "Anchors are W3C selectors", and issue 3, "Anchoring".
//
// Offsets are UTF-16 code-unit offsets, that is JavaScript string indices, into
// the paragraph's text: one per CJK character of the BMP, two for a character
// outside it. The spec counts code points; we keep string indices because every
// consumer (the DOM, SQLite's substr on UTF-16 text, the search index) does, and
// because the selectors never leave a paragraph whose text we store ourselves.
// Skipped from the spec: `refinedBy`, and selectors over the whole document (a
// range is always inside one paragraph; the paragraph index says which).

/** How many characters of context a quote keeps on each side. Longer context
 * tells repeated phrases apart better but breaks sooner under nearby edits; 32
 * is the Hypothesis default, about a clause of Chinese. */
export const CONTEXT_LENGTH = 32

/** https://www.w3.org/TR/annotation-model/#text-position-selector
 * `start` inclusive, `end` exclusive, UTF-16 offsets into the paragraph. */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

/** https://www.w3.org/TR/annotation-model/#text-quote-selector
 * `prefix` and `suffix` are up to CONTEXT_LENGTH code units; shorter only where
 * the paragraph starts or ends, which resolution relies on. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

/** One range of a highlight, against the text of one paragraph. */
export interface RangeAnchor {
  /** 0-based index of the paragraph in the edition's paragraph list. */
  paragraph: number
  position: TextPositionSelector
  quote: TextQuoteSelector
}

/** Describes `[start, end)` of `paragraphText` (paragraph number `paragraph`)
 * as a position and a quote with up to CONTEXT_LENGTH characters of context.
 * Throws a RangeError when the range is empty, reversed, not made of integers,
 * or outside the paragraph: an anchor for no text cannot be resolved later. */
export function describeRange(paragraphText: string, paragraph: number, start: number, end: number): RangeAnchor {
  if (!Number.isInteger(paragraph) || paragraph < 0) throw new RangeError(`bad paragraph index ${paragraph}`)
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > paragraphText.length || start >= end) {
    throw new RangeError(`bad range [${start}, ${end}) in a paragraph of ${paragraphText.length} characters`)
  }
  return {
    paragraph,
    position: { type: 'TextPositionSelector', start, end },
    quote: {
      type: 'TextQuoteSelector',
      exact: paragraphText.slice(start, end),
      prefix: paragraphText.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: paragraphText.slice(end, end + CONTEXT_LENGTH),
    },
  }
}
