// The citation a quotation carries everywhere (clipboard, briefs, exports):
// “exact”（《report》，第1部分“强创新”，第1段）.

export interface CitationPlace {
  reportTitle: string
  part: number
  /** Short title of the part (`强创新`); empty when unknown. */
  partTitle: string
  paragraph: number
  /** The last paragraph when the quotation spans several in the same part. */
  lastParagraph?: number
}

/** The source in brackets, without the quotation: （《…》，第1部分“强创新”，第1段）. */
export function citeSource(place: CitationPlace): string {
  const where: string[] = [`《${place.reportTitle}》`]
  if (place.part > 0) where.push(place.partTitle ? `第${place.part}部分“${place.partTitle}”` : `第${place.part}部分`)
  const last = place.lastParagraph && place.lastParagraph !== place.paragraph ? `—${place.lastParagraph}` : ''
  where.push(`第${place.paragraph}${last}段`)
  return `（${where.join('，')}）`
}

/** The quotation with its source. Paragraph breaks inside the quotation are
 * dropped: a citation is one run of text. */
export function cite(text: string, place: CitationPlace): string {
  return `“${text.replace(/\s*\n\s*/g, '')}”${citeSource(place)}`
}
