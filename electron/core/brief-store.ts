// Briefs in the database: create (empty or from a report's highlights),
// rename, change template, duplicate, delete to the trash and restore, list,
// and read one with its blocks. Every write is one transaction. Blocks are
// changed in brief-blocks.ts; both share the row mapping here.
import { blocksFromHighlights } from './brief-from-highlights'
import { defaultBriefTitle, templateCode, templateOfCode } from './brief-templates'
import type { Db } from './database'
import { newestEdition } from './edition-text'
import { YanduError } from './errors'
import type { Brief, BriefBlock, BriefBlockContent, BriefSummary, BriefTemplate, RichTextDoc } from './types'

/** Block kinds by their stored code (brief_blocks.kind). Never reorder. */
const kindCodes = ['section', 'quotation', 'text', 'question'] as const

interface BriefRow {
  id: number
  report_id: number | null
  report_title: string
  title: string
  template: number
  created_at: string
  updated_at: string
  deleted_at: string | null
  block_count: number
}

export interface BlockRow {
  id: number
  brief_id: number
  position: number
  kind: number
  report_id: number | null
  section_id: number | null
  paragraph_id: number | null
  highlight_id: string | null
  level: number
  part: number
  paragraph: number
  heading: string
  text: string
  doc: string | null
  category: string
  comment: string
  source: string
  citation: string
  before_text: string
  after_text: string
}

export function toBlock(row: BlockRow): BriefBlock {
  const kind = kindCodes[row.kind]
  switch (kind) {
    case 'section':
      return {
        id: row.id,
        kind,
        reportId: row.report_id,
        sectionId: row.section_id,
        paragraphId: row.paragraph_id,
        level: row.level,
        part: row.part,
        paragraph: row.paragraph,
        heading: row.heading,
        text: row.text,
        source: row.source,
      }
    case 'quotation':
      return {
        id: row.id,
        kind,
        reportId: row.report_id,
        highlightId: row.highlight_id,
        category: row.category,
        text: row.text,
        citation: row.citation,
        source: row.source,
        comment: row.comment,
        part: row.part,
        paragraph: row.paragraph,
        before: row.before_text,
        after: row.after_text,
      }
    case 'text':
      return { id: row.id, kind, doc: row.doc ? (JSON.parse(row.doc) as RichTextDoc) : null, text: row.text }
    default:
      // A question, or a kind from a newer Yandu read as plain text.
      return { id: row.id, kind: 'question', text: row.text }
  }
}

/** Inserts blocks at `index` (the end by default), shifting those after it. */
export function insertBlocks(db: Db, briefId: number, blocks: readonly BriefBlockContent[], index?: number): number[] {
  const count = (db.prepare('SELECT COUNT(*) AS n FROM brief_blocks WHERE brief_id = ?').get(briefId) as { n: number }).n
  const at = index === undefined ? count : Math.max(0, Math.min(index, count))
  db.prepare('UPDATE brief_blocks SET position = position + ? WHERE brief_id = ? AND position >= ?').run(blocks.length, briefId, at)
  const now = new Date().toISOString()
  const insert = db.prepare(
    `INSERT INTO brief_blocks (brief_id, position, kind, report_id, section_id, paragraph_id, highlight_id, level, part,
       paragraph, heading, text, doc, category, comment, source, citation, before_text, after_text, created_at, updated_at)
     VALUES (@briefId, @position, @kind, @reportId, @sectionId, @paragraphId, @highlightId, @level, @part,
       @paragraph, @heading, @text, @doc, @category, @comment, @source, @citation, @before, @after, @now, @now)`,
  )
  return blocks.map((b, i) => {
    // Columns a kind does not use keep their defaults; named parameters
    // take the content's own keys (before, after, source …) as they are.
    const values = {
      ...blockDefaults,
      ...b,
      briefId,
      position: at + i,
      kind: kindCodes.indexOf(b.kind),
      doc: b.kind === 'text' && b.doc ? JSON.stringify(b.doc) : null,
      now,
    }
    return Number(insert.run(values).lastInsertRowid)
  })
}

const blockDefaults = {
  reportId: null,
  sectionId: null,
  paragraphId: null,
  highlightId: null,
  level: 0,
  part: 0,
  paragraph: 0,
  heading: '',
  category: '',
  comment: '',
  source: '',
  citation: '',
  before: '',
  after: '',
}

export function touchBrief(db: Db, briefId: number): void {
  db.prepare('UPDATE briefs SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), briefId)
}

const summaryQuery = `SELECT b.*, (SELECT COUNT(*) FROM brief_blocks k WHERE k.brief_id = b.id) AS block_count FROM briefs b`

function toSummary(row: BriefRow): BriefSummary {
  return {
    id: row.id,
    reportId: row.report_id,
    reportTitle: row.report_title,
    title: row.title,
    template: templateOfCode(row.template),
    blockCount: row.block_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  }
}

/** The briefs, most recently changed first; `deleted: true` lists the trash. */
export function listBriefs(db: Db, options: { deleted?: boolean } = {}): BriefSummary[] {
  const rows = db
    .prepare(`${summaryQuery} WHERE b.deleted_at IS ${options.deleted ? 'NOT NULL' : 'NULL'} ORDER BY b.updated_at DESC, b.id DESC`)
    .all() as BriefRow[]
  return rows.map(toSummary)
}

/** One brief with its blocks in order, in the trash or not. Throws YanduError('brief-not-found'). */
export function getBrief(db: Db, id: number): Brief {
  const row = db.prepare(`${summaryQuery} WHERE b.id = ?`).get(id) as BriefRow | undefined
  if (!row) throw new YanduError('brief-not-found', { id })
  const blocks = db.prepare('SELECT * FROM brief_blocks WHERE brief_id = ? ORDER BY position').all(id) as BlockRow[]
  return { ...toSummary(row), blocks: blocks.map(toBlock) }
}

export interface NewBrief {
  title: string
  template?: BriefTemplate
  /** The report it is made for (its title is kept with the brief). */
  reportId?: number | null
  /** Its title when the report is gone (a copy of an old brief); looked up otherwise. */
  reportTitle?: string
  blocks?: readonly BriefBlockContent[]
}

/** Creates a brief, empty or with the given blocks. Throws YanduError('report-not-found'). */
export function createBrief(db: Db, brief: NewBrief): Brief {
  const reportTitle = brief.reportTitle ?? (brief.reportId ? newestEdition(db, brief.reportId).title : '')
  const id = db.transaction(() => {
    const now = new Date().toISOString()
    const briefId = Number(
      db
        .prepare(
          `INSERT INTO briefs (report_id, report_title, title, template, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(brief.reportId ?? null, reportTitle, brief.title, templateCode(brief.template ?? 'outline'), now, now)
        .lastInsertRowid,
    )
    insertBlocks(db, briefId, brief.blocks ?? [])
    return briefId
  })()
  return getBrief(db, id)
}

/** A brief made from a report's highlights (see brief-from-highlights.ts),
 * titled 《报告》学习提纲 unless `title` is given. Throws YanduError('report-not-found'). */
export function createBriefFromHighlights(
  db: Db,
  input: { reportId: number; template?: BriefTemplate; title?: string },
): Brief {
  const template = input.template ?? 'outline'
  return db.transaction(() =>
    createBrief(db, {
      reportId: input.reportId,
      template,
      title: input.title?.trim() || defaultBriefTitle(newestEdition(db, input.reportId).title, template),
      blocks: blocksFromHighlights(db, input.reportId, template),
    }),
  )()
}

function update(db: Db, id: number, sql: string, ...params: unknown[]): Brief {
  const changed = db.prepare(sql).run(...params, new Date().toISOString(), id).changes
  if (!changed) throw new YanduError('brief-not-found', { id })
  return getBrief(db, id)
}

export function renameBrief(db: Db, id: number, title: string): Brief {
  return update(db, id, 'UPDATE briefs SET title = ?, updated_at = ? WHERE id = ?', title)
}

export function setBriefTemplate(db: Db, id: number, template: BriefTemplate): Brief {
  return update(db, id, 'UPDATE briefs SET template = ?, updated_at = ? WHERE id = ?', templateCode(template))
}

/** Moves a brief to the trash (restorable). Throws YanduError('brief-not-found'). */
export function deleteBrief(db: Db, id: number): Brief {
  const changed = db
    .prepare('UPDATE briefs SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
    .run(new Date().toISOString(), id).changes
  if (!changed && !db.prepare('SELECT 1 FROM briefs WHERE id = ?').get(id)) throw new YanduError('brief-not-found', { id })
  return getBrief(db, id)
}

/** Brings a brief back from the trash. Throws YanduError('brief-not-found'). */
export function restoreBrief(db: Db, id: number): Brief {
  const changed = db.prepare('UPDATE briefs SET deleted_at = NULL WHERE id = ?').run(id).changes
  if (!changed) throw new YanduError('brief-not-found', { id })
  return getBrief(db, id)
}

/** A copy of a brief and all its blocks, titled “… (副本)”. Throws YanduError('brief-not-found'). */
export function duplicateBrief(db: Db, id: number, title?: string): Brief {
  const original = getBrief(db, id)
  return db.transaction(() =>
    createBrief(db, {
      title: title ?? `${original.title}（副本）`,
      template: original.template,
      reportId: original.reportId !== null && reportExists(db, original.reportId) ? original.reportId : null,
      reportTitle: original.reportTitle,
      blocks: original.blocks.map(({ id: _id, ...content }) => content),
    }),
  )()
}

function reportExists(db: Db, reportId: number): boolean {
  return !!db.prepare('SELECT 1 FROM reports WHERE id = ? AND deleted_at IS NULL').get(reportId)
}
