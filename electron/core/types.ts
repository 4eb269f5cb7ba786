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

/** What the import dialog shows before the user confirms: how the file was
 * read and what the import would make of it. Nothing is written. */
export interface ImportPreview {
  format: 'txt' | 'md' | 'docx' | 'html'
  /** The encoding found (or given); null for .docx. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | null
  /** The title the report would get ('' when it has none). */
  title: string
  /** The first non-empty lines of the text (at most 12), trimmed, to judge the encoding by. */
  firstLines: string[]
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

/** A highlight category: the four built in (重点 金句 数据 疑问) and the user's own. */
export interface Category {
  id: number
  /** Stable key: key, quote, figure, question for the built-ins; `c<id>` for the user's. */
  key: string
  name: string
  /** The wash colour, `#rrggbb`. */
  color: string
  builtin: boolean
  /** The shortcut digit (1–9) that picks it after a selection, by position. */
  shortcut: number | null
}

export type AnchorState = 'exact' | 'moved' | 'approximate' | 'orphaned'

/** Where one range of a highlight lies now, in the newest edition. */
export interface HighlightRange {
  paragraphId: number
  start: number
  end: number
}

export interface Highlight {
  id: string
  reportId: number
  category: Category
  tags: string[]
  comment: string
  commentDoc: RichTextDoc | null
  state: AnchorState
  /** What it resolves to now (an orphan: its last known text); ranges joined by a newline. */
  text: string
  /** Empty for an orphan. */
  ranges: HighlightRange[]
  /** Place of its first range (for an orphan: where it last was). */
  part: number
  paragraph: number
  sectionId: number | null
  citation: string
  createdAt: string
  updatedAt: string
  deletedAt: string | null
}

/** The command line's `highlights --json` item. */
export interface HighlightRecord {
  id: string
  category: string
  tags: string[]
  comment: string
  state: AnchorState
  text: string
  part: number
  paragraph: number
  citation: string
}

/** How a brief's export is shaped: 学习提纲, 发言素材, 培训讲义, 测验. */
export type BriefTemplate = 'outline' | 'speech' | 'handout' | 'quiz'

/** What a brief exports to. */
export type BriefFormat = 'md' | 'html' | 'docx' | 'pdf'

/** A block's content, captured when it was added: later changes to the
 * report or the highlight (even deleting it) do not change the brief. */
export type BriefBlockContent =
  | {
      kind: 'section'
      /** Where it came from (references only; the text below is what counts). */
      reportId: number | null
      sectionId: number | null
      /** Set for a topic: the paragraph whose lead sentence is the topic. */
      paragraphId: number | null
      /** 1 for a part, 2 for a nested section or a topic. */
      level: number
      part: number
      /** The paragraph number of a topic; 0 for a part or section. */
      paragraph: number
      /** The part's heading line, or the topic's lead sentence. */
      heading: string
      /** The paragraphs, one a line. */
      text: string
      /** The citation of the passage: （《…》，第1部分“强创新”，第1—4段）. */
      source: string
    }
  | {
      kind: 'quotation'
      reportId: number | null
      highlightId: string | null
      /** The category's name when added (重点, 金句 …). */
      category: string
      /** The highlighted text; ranges in several paragraphs are joined by a newline. */
      text: string
      /** The full citation: “text”（《…》，第1部分“强创新”，第1段）. */
      citation: string
      /** The source part of the citation: （《…》，…）. */
      source: string
      comment: string
      part: number
      paragraph: number
      /** The rest of the sentence around the quotation, for the quiz's blank. */
      before: string
      after: string
    }
  | { kind: 'text'; doc: RichTextDoc | null; text: string }
  | { kind: 'question'; text: string }

export type BriefBlock = BriefBlockContent & { id: number }

/** A brief in a list: `blockCount` blocks, without them. */
export interface BriefSummary {
  id: number
  /** The report it was made for; null when that report is gone. */
  reportId: number | null
  reportTitle: string
  title: string
  template: BriefTemplate
  blockCount: number
  /** ISO 8601, UTC. */
  createdAt: string
  updatedAt: string
  deletedAt: string | null
}

export interface Brief extends BriefSummary {
  blocks: BriefBlock[]
}

/** The command line's `briefs --json` item. */
export interface BriefRecord {
  id: number
  title: string
  report: number | null
  template: BriefTemplate
  blocks: number
}

export interface BriefExportResult {
  path: string
  format: BriefFormat
  bytes: number
}

/** One search result (see core/search.ts), in the newest edition of its report.
 * kind `text`: a paragraph or a heading (then paragraph 0 and paragraphId
 * null); `highlight`: the highlighted text or the comment of a highlight (an
 * orphan has paragraphId null); `note`: the note of section `sectionId`
 * (paragraph 0). */
export interface SearchHit {
  report: number
  reportTitle: string
  editionId: number
  part: number
  paragraph: number
  paragraphId: number | null
  sectionId: number | null
  kind: 'text' | 'highlight' | 'note'
  highlightId?: string
  /** HTML: the text around the match, escaped, each occurrence in `<mark>…</mark>`. */
  snippet: string
}

/** How a revised text landed as a new edition of a report. */
export interface EditionOutcome {
  /** The report's id. */
  id: number
  /** The new edition's number (1 is the first import). */
  edition: number
  exact: number
  moved: number
  approximate: number
  orphaned: number
  /** Section notes that found no matching section; they stay on the old one. */
  notesUnplaced: number
  /** True when the text equals the newest edition: nothing was written. */
  existing: boolean
}

export interface ExportPathChoice {
  /** The path to write, or null when the user cancelled a native dialog. */
  path: string | null
  /** True when a native dialog chose it; false when it is only a suggestion. */
  native: boolean
}
