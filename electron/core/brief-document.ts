// The document a brief exports to, built once from its blocks and template
// and then rendered to Markdown, HTML (and PDF from it) and DOCX. Templates
// decide what each block becomes; renderers only decide how it looks.
import { blankOut } from './quiz-blank'
import { richTextLines } from './rich-text-lines'
import { templateLabels } from './brief-templates'
import type { BriefBlockContent, BriefTemplate } from './types'

export type DocNode =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  /** A quotation: `citation` is the whole “text”（source）, `text` and `source` its parts. */
  | { kind: 'quotation'; text: string; source: string; citation: string }
  /** Where a passage of the report's text comes from. */
  | { kind: 'source'; text: string }
  /** A comment or commentary, under a label (批注, 解读). */
  | { kind: 'note'; label: string; text: string }
  /** A discussion question; `inline` when it stands among other content
   * (labelled 思考题 N.) rather than under a heading of questions (N.). */
  | { kind: 'question'; number: number; text: string; inline: boolean }
  /** A fill-in-the-blank item: its text with ______ in place of the answer. */
  | { kind: 'blank'; number: number; text: string }
  /** The quiz's answer key, on a page of its own after the heading 答案. */
  | { kind: 'answers'; heading: string; items: { number: number; text: string; source: string }[] }

export interface BriefDocument {
  title: string
  template: BriefTemplate
  nodes: DocNode[]
}

/** What a document needs of a brief: stored or made on the fly. */
export interface BriefContent {
  title: string
  template: BriefTemplate
  blocks: readonly BriefBlockContent[]
}

type Section = Extract<BriefBlockContent, { kind: 'section' }>
type Quotation = Extract<BriefBlockContent, { kind: 'quotation' }>

const CHINESE_NUMERALS = '一二三四五六七八九十'
/** 一、二、… for headings the template adds (the report's own keep their numbers). */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return CHINESE_NUMERALS[n - 1]
  if (n < 20) return '十' + CHINESE_NUMERALS[n - 11]
  return String(n)
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean)
const joined = (text: string) => text.replace(/\s*\n\s*/g, '')
const quotation = (q: Quotation): DocNode => ({ kind: 'quotation', text: joined(q.text), source: q.source, citation: q.citation })
const heading = (s: Section): DocNode => ({ kind: 'heading', level: s.level === 1 ? 1 : 2, text: s.heading })
const passage = (s: Section): DocNode[] => [...lines(s.text).map((text): DocNode => ({ kind: 'paragraph', text })), { kind: 'source', text: s.source }]
const freeText = (b: Extract<BriefBlockContent, { kind: 'text' }>): DocNode[] =>
  richTextLines(b.doc, b.text).map((text) => ({ kind: 'paragraph', text }))

/** 学习提纲: the blocks in order; sections give their headings only, and a
 * heading names each run of quotations of one category under a section. */
function outline(blocks: readonly BriefBlockContent[]): DocNode[] {
  const nodes: DocNode[] = []
  let category: string | null = null
  let question = 0
  for (const b of blocks) {
    if (b.kind === 'section') {
      nodes.push(heading(b))
      category = null
    } else if (b.kind === 'quotation') {
      if (b.category && b.category !== category) nodes.push({ kind: 'heading', level: 2, text: b.category })
      category = b.category
      nodes.push(quotation(b))
      if (b.comment.trim()) nodes.push({ kind: 'note', label: '批注', text: b.comment.trim() })
    } else if (b.kind === 'text') nodes.push(...freeText(b))
    else nodes.push({ kind: 'question', number: ++question, text: b.text, inline: true })
  }
  return nodes
}

/** 发言素材: quotations grouped by category (in order of first appearance),
 * each with its citation and comment; then the passages, notes and questions. */
function speech(blocks: readonly BriefBlockContent[]): DocNode[] {
  const groups = new Map<string, Quotation[]>()
  for (const b of blocks) if (b.kind === 'quotation') groups.set(b.category, [...(groups.get(b.category) ?? []), b])
  const nodes: DocNode[] = []
  let n = 0
  for (const [category, quotes] of groups) {
    nodes.push({ kind: 'heading', level: 1, text: `${chineseOrdinal(++n)}、${category || '摘录'}` })
    for (const q of quotes) {
      nodes.push(quotation(q))
      if (q.comment.trim()) nodes.push({ kind: 'note', label: '批注', text: q.comment.trim() })
    }
  }
  const sections = blocks.filter((b): b is Section => b.kind === 'section')
  if (sections.length) {
    nodes.push({ kind: 'heading', level: 1, text: `${chineseOrdinal(++n)}、参考原文` })
    for (const s of sections) nodes.push({ kind: 'heading', level: 2, text: s.heading }, ...passage(s))
  }
  const texts = blocks.filter((b) => b.kind === 'text')
  if (texts.length) {
    nodes.push({ kind: 'heading', level: 1, text: `${chineseOrdinal(++n)}、发言要点` })
    for (const t of texts) nodes.push(...freeText(t))
  }
  const questions = blocks.filter((b) => b.kind === 'question')
  if (questions.length) {
    nodes.push({ kind: 'heading', level: 1, text: `${chineseOrdinal(++n)}、讨论题` })
    questions.forEach((q, i) => nodes.push({ kind: 'question', number: i + 1, text: q.text, inline: false }))
  }
  return nodes
}

/** 培训讲义: the blocks in order; sections with their whole text and source,
 * quotations with their commentary, free text, numbered questions. */
function handout(blocks: readonly BriefBlockContent[]): DocNode[] {
  const nodes: DocNode[] = []
  let question = 0
  for (const b of blocks) {
    if (b.kind === 'section') nodes.push(heading(b), ...passage(b))
    else if (b.kind === 'quotation') {
      nodes.push(quotation(b))
      if (b.comment.trim()) nodes.push({ kind: 'note', label: '解读', text: b.comment.trim() })
    } else if (b.kind === 'text') nodes.push(...freeText(b))
    else nodes.push({ kind: 'question', number: ++question, text: b.text, inline: true })
  }
  return nodes
}

/** 测验: free text as the instructions, a numbered blank per quotation, the
 * questions, then the answer key (each answer with its citation). Sections
 * give no items. */
function quiz(blocks: readonly BriefBlockContent[]): DocNode[] {
  const nodes: DocNode[] = blocks.filter((b) => b.kind === 'text').flatMap(freeText)
  const quotes = blocks.filter((b): b is Quotation => b.kind === 'quotation')
  const questions = blocks.filter((b) => b.kind === 'question')
  let n = 0
  if (quotes.length) {
    nodes.push({ kind: 'heading', level: 1, text: `${chineseOrdinal(++n)}、填空题` })
    quotes.forEach((q, i) => nodes.push({ kind: 'blank', number: i + 1, text: blankOut(q) }))
  }
  if (questions.length) {
    nodes.push({ kind: 'heading', level: 1, text: `${chineseOrdinal(++n)}、思考题` })
    questions.forEach((q, i) => nodes.push({ kind: 'question', number: i + 1, text: q.text, inline: false }))
  }
  if (quotes.length) {
    nodes.push({
      kind: 'answers',
      heading: '答案',
      items: quotes.map((q, i) => ({ number: i + 1, text: joined(q.text), source: q.source })),
    })
  }
  return nodes
}

const shapes: Record<BriefTemplate, (blocks: readonly BriefBlockContent[]) => DocNode[]> = { outline, speech, handout, quiz }

/** The document of a brief under its template (or `template`, to preview
 * another). An empty brief gives its title and no nodes. */
export function buildBriefDocument(brief: BriefContent, template: BriefTemplate = brief.template): BriefDocument {
  return { title: brief.title.trim() || templateLabels[template], template, nodes: shapes[template](brief.blocks) }
}
