// The blocks of a brief: add (a part or topic, a highlight, free text, a
// question), edit, remove, move and reorder. Positions stay 0..n-1 in every
// brief; each change is one transaction and returns the whole brief, which
// is what the Briefs view shows next.
import { captureHighlight, captureSection, captureTopic } from './brief-capture'
import { getBrief, insertBlocks, touchBrief, toBlock, type BlockRow } from './brief-store'
import type { Db } from './database'
import { YanduError } from './errors'
import type { Brief, BriefBlockContent, RichTextDoc } from './types'

/** What to add: a source to capture from, or content written in the brief. */
export type BlockSource =
  | { kind: 'section'; sectionId: number }
  | { kind: 'topic'; paragraphId: number }
  | { kind: 'quotation'; highlightId: string }
  | { kind: 'text'; doc: RichTextDoc | null; text: string }
  | { kind: 'question'; text: string }

function capture(db: Db, source: BlockSource): BriefBlockContent {
  switch (source.kind) {
    case 'section':
      return captureSection(db, source.sectionId)
    case 'topic':
      return captureTopic(db, source.paragraphId)
    case 'quotation':
      return captureHighlight(db, source.highlightId)
    case 'text':
      return { kind: 'text', doc: source.doc, text: source.text }
    case 'question':
      return { kind: 'question', text: source.text }
  }
}

function liveBrief(db: Db, briefId: number): void {
  if (!db.prepare('SELECT 1 FROM briefs WHERE id = ?').get(briefId)) throw new YanduError('brief-not-found', { id: briefId })
}

function blockRow(db: Db, blockId: number): BlockRow {
  const row = db.prepare('SELECT * FROM brief_blocks WHERE id = ?').get(blockId) as BlockRow | undefined
  if (!row) throw new YanduError('brief-block-not-found', { id: blockId })
  return row
}

/** Adds a block at `index` (the end by default; clamped). Throws
 * YanduError('brief-not-found'), or what capturing throws
 * ('section-not-found', 'paragraph-not-found', 'highlight-not-found'). */
export function addBlock(db: Db, briefId: number, source: BlockSource, index?: number): Brief {
  liveBrief(db, briefId)
  const content = capture(db, source)
  db.transaction(() => {
    insertBlocks(db, briefId, [content], index)
    touchBrief(db, briefId)
  })()
  return getBrief(db, briefId)
}

export interface BlockChanges {
  /** A question's text, or a free-text block's plain text. */
  text?: string
  /** A free-text block's TipTap document. */
  doc?: RichTextDoc | null
  /** A quotation's comment (the highlight's own comment is left alone). */
  comment?: string
}

/** Edits a block: a question's text, free text (doc and text) or a
 * quotation's comment. Captured sections and quoted text do not change.
 * Throws YanduError('brief-block-not-found') or ('brief-block-not-editable'). */
export function updateBlock(db: Db, blockId: number, changes: BlockChanges): Brief {
  const row = blockRow(db, blockId)
  const block = toBlock(row)
  const allowed = block.kind === 'text' ? ['text', 'doc'] : block.kind === 'question' ? ['text'] : block.kind === 'quotation' ? ['comment'] : []
  const refused = Object.keys(changes).filter((k) => changes[k as keyof BlockChanges] !== undefined && !allowed.includes(k))
  if (refused.length) throw new YanduError('brief-block-not-editable', { detail: `${block.kind}: ${refused.join(', ')}` })
  db.transaction(() => {
    const now = new Date().toISOString()
    if (changes.text !== undefined) db.prepare('UPDATE brief_blocks SET text = ?, updated_at = ? WHERE id = ?').run(changes.text, now, blockId)
    if (changes.doc !== undefined) {
      db.prepare('UPDATE brief_blocks SET doc = ?, updated_at = ? WHERE id = ?').run(changes.doc ? JSON.stringify(changes.doc) : null, now, blockId)
    }
    if (changes.comment !== undefined) db.prepare('UPDATE brief_blocks SET comment = ?, updated_at = ? WHERE id = ?').run(changes.comment, now, blockId)
    touchBrief(db, row.brief_id)
  })()
  return getBrief(db, row.brief_id)
}

/** Removes a block for good (the brief itself is what goes to the trash).
 * Throws YanduError('brief-block-not-found'). */
export function removeBlock(db: Db, blockId: number): Brief {
  const row = blockRow(db, blockId)
  db.transaction(() => {
    db.prepare('DELETE FROM brief_blocks WHERE id = ?').run(blockId)
    db.prepare('UPDATE brief_blocks SET position = position - 1 WHERE brief_id = ? AND position > ?').run(row.brief_id, row.position)
    touchBrief(db, row.brief_id)
  })()
  return getBrief(db, row.brief_id)
}

function writeOrder(db: Db, briefId: number, ids: readonly number[]): void {
  const set = db.prepare('UPDATE brief_blocks SET position = ? WHERE id = ?')
  ids.forEach((id, position) => set.run(position, id))
  touchBrief(db, briefId)
}

function orderOf(db: Db, briefId: number): number[] {
  return (db.prepare('SELECT id FROM brief_blocks WHERE brief_id = ? ORDER BY position').all(briefId) as { id: number }[]).map(
    (r) => r.id,
  )
}

/** Moves a block to `toIndex` among its brief's blocks (clamped): what a
 * drag and drop or Alt+↑/↓ does. Throws YanduError('brief-block-not-found'). */
export function moveBlock(db: Db, blockId: number, toIndex: number): Brief {
  const row = blockRow(db, blockId)
  db.transaction(() => {
    const ids = orderOf(db, row.brief_id).filter((id) => id !== blockId)
    ids.splice(Math.max(0, Math.min(toIndex, ids.length)), 0, blockId)
    writeOrder(db, row.brief_id, ids)
  })()
  return getBrief(db, row.brief_id)
}

/** Puts the blocks in the given order, which must list each block of the
 * brief exactly once. Throws YanduError('brief-not-found') or ('bad-block-order'). */
export function reorderBlocks(db: Db, briefId: number, blockIds: readonly number[]): Brief {
  liveBrief(db, briefId)
  db.transaction(() => {
    const current = orderOf(db, briefId)
    const same = blockIds.length === current.length && new Set(blockIds).size === current.length && blockIds.every((id) => current.includes(id))
    if (!same) throw new YanduError('bad-block-order', { id: briefId })
    writeOrder(db, briefId, blockIds)
  })()
  return getBrief(db, briefId)
}
