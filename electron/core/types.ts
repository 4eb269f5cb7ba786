// The plain data that crosses every boundary: core → IPC / HTTP / command line
// → renderer. Types only, so the renderer can import them without pulling Node in.

/** Numbering used everywhere (outline, citations, JSON): `part` is the 1-based
 * number of a top-level part (0 for what stands before the first part),
 * `paragraph` the 1-based number of a paragraph within its part. */
export interface ParagraphPlace {
  part: number
  paragraph: number
}

export interface ReportSummary {
  id: number
  title: string
  /** ISO 8601, UTC. */
  importedAt: string
  editions: number
  notes: number
  highlights: number
}

export interface ImportResult {
  id: number
  title: string
  parts: number
  paragraphs: number
}

/** One topic of the outline: a paragraph's lead sentence. */
export interface OutlineTopic {
  paragraph: number
  text: string
}

/** The command line's `outline --json` shape. */
export interface OutlineSection {
  heading: string
  topics: OutlineTopic[]
  sections: OutlineSection[]
}

export interface Outline {
  title: string
  subtitle: string | null
  byline: string | null
  parts: OutlineSection[]
}

/** A heading of the report (a part or a nested section) as the reader shows it. */
export interface ReaderSection {
  id: number
  /** Id of the enclosing section; null for a top-level part. */
  parentId: number | null
  level: number
  part: number
  /** The whole heading line, as in the source: `1 强创新，建设…`. */
  heading: string
  /** The heading without its number: `强创新，建设…`. */
  title: string
  /** The short name used in citations: `强创新`. */
  shortTitle: string
  notes: number
  highlights: number
}

export type ReaderBlock =
  | { kind: 'heading'; id: number; sectionId: number; level: number; part: number; text: string }
  | {
      kind: 'paragraph'
      id: number
      /** The innermost section this paragraph belongs to; null before the first heading. */
      sectionId: number | null
      part: number
      paragraph: number
      text: string
      /** The lead sentence (the paragraph's topic), a prefix of text; null when there is none. */
      lead: string | null
    }

/** Everything the reader needs to show one edition of a report. */
export interface ReaderDocument {
  reportId: number
  editionId: number
  edition: number
  title: string
  subtitle: string | null
  byline: string | null
  sections: ReaderSection[]
  blocks: ReaderBlock[]
}

/** A TipTap (ProseMirror) document as JSON. */
export type RichTextDoc = { type: 'doc'; content?: unknown[] } & Record<string, unknown>

export interface SectionNote {
  sectionId: number
  doc: RichTextDoc
  text: string
  /** ISO 8601, UTC. */
  updatedAt: string
}

export type Theme = 'light' | 'sepia' | 'dark'
export type Locale = 'zh-CN' | 'en'

export interface Preferences {
  locale: Locale
  theme: Theme
  /** Reading font size in px. */
  fontSize: number
  /** Reading line height, unitless. */
  lineHeight: number
  /** Widths of the outline and notes panes in px. */
  outlineWidth: number
  notesWidth: number
}

/** Where the user was: restored on the next start. */
export interface ReadingPosition {
  reportId: number
  sectionId: number | null
  /** The paragraph at the top of the view (null: the section's heading). */
  paragraphId: number | null
  /** Pixel offset of the view's top inside that paragraph or heading. */
  offset: number
}

/** The shape of every error that crosses a boundary. */
export interface ErrorPayload {
  code: string
  message: string
  params?: Record<string, string | number>
}
