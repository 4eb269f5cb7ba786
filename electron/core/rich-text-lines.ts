// A TipTap (ProseMirror) document as plain lines, for exports: one line per
// paragraph, heading or list item, list items marked. Marks (bold, italic,
// links) are dropped: an official document sets its own faces.
import type { RichTextDoc } from './types'

interface Node {
  type?: string
  text?: string
  attrs?: Record<string, unknown>
  content?: Node[]
}

/** Block nodes whose inline content becomes one line. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'codeBlock'])

function inlineText(node: Node): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return '\n'
  return (node.content ?? []).map(inlineText).join('')
}

/** Walks block nodes; `pending.marker` (a list item's `• ` or `2. `) goes
 * on the first line written after it is set, then is spent. */
function walk(node: Node, lines: string[], pending: { marker: string }): void {
  if (TEXT_BLOCKS.has(node.type ?? '')) {
    const text = inlineText(node).trim()
    if (text) {
      lines.push(pending.marker + text)
      pending.marker = ''
    }
    return
  }
  const children = node.content ?? []
  if (node.type === 'bulletList' || node.type === 'orderedList') {
    const first = Number(node.attrs?.start ?? 1)
    children.forEach((item, i) => {
      pending.marker = node.type === 'orderedList' ? `${first + i}. ` : '• '
      walk(item, lines, pending)
      pending.marker = ''
    })
    return
  }
  for (const child of children) walk(child, lines, pending)
}

/** The lines of a rich-text document; `fallback` (its plain text, split at
 * line breaks) when the document is missing or holds no text. */
export function richTextLines(doc: RichTextDoc | null, fallback = ''): string[] {
  const lines: string[] = []
  if (doc && Array.isArray(doc.content)) walk(doc as Node, lines, { marker: '' })
  if (lines.length) return lines
  return fallback
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
}
