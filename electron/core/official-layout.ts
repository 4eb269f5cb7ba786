// The page and type of an official document, GB/T 9704-2012 《党政机关公文格式》,
// as numbers: shared by the DOCX export and the HTML/PDF print stylesheet so
// the two come out the same.

/** A4 (GB/T 148), in millimetres. */
export const PAGE_MM = { width: 210, height: 297 } as const

/** Margins, in millimetres. The standard fixes the top margin (天头) at
 * 37 mm and the binding margin (订口, left) at 28 mm, and the text block
 * (版心) at 156 × 225 mm; the bottom and right follow: 297 − 37 − 225 = 35,
 * 210 − 28 − 156 = 26. */
export const PAGE_MARGIN_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const

/** Type sizes in points, by their Chinese size names. */
export const FONT_PT = {
  /** 二号: the document's title. */
  title: 22,
  /** 三号: headings of both levels. */
  heading: 16,
  /** 三号: the body. */
  body: 16,
  /** 四号: page numbers. */
  pageNumber: 14,
} as const

/** The page number's line is this far under the text block (GB/T 9704 7.5:
 * 一字线上距版心下边缘 7 mm). */
export const PAGE_NUMBER_GAP_MM = 7

/** The fixed line pitch, in points. The standard asks for 22 lines in the
 * 225 mm text block (≈ 29.4 pt a line) and offices commonly set an exact
 * 28 pt; 28 keeps 22 lines a page with room for the title's larger line. */
export const LINE_PITCH_PT = 28

/** Paragraphs start two characters in (空两字). */
export const FIRST_LINE_INDENT_CHARS = 2

/** The faces the standard names, as Windows knows them. The title's face
 * (方正小标宋简体) is not part of Windows: 宋体 stands in where it is missing. */
export const OFFICIAL_FACES = {
  title: '方正小标宋简体',
  titleFallback: '宋体',
  heading1: '黑体',
  heading2: '楷体',
  body: '仿宋',
  pageNumber: '宋体',
  /** Latin letters and digits in every paragraph. */
  latin: 'Times New Roman',
} as const

/** 1 inch = 25.4 mm = 1440 twips (twentieths of a point). */
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4)
export const ptToTwips = (pt: number): number => Math.round(pt * 20)
/** Word sizes type in half-points (w:sz). */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2)
/** 1 pt = 1/72 inch. */
export const ptToMm = (pt: number): number => (pt * 25.4) / 72

/** The title's line pitch, in points: 二号 type needs more than the body's
 * 28 pt; a title of two lines then reads as one block. */
export const TITLE_LINE_PITCH_PT = 36
