// A brief's document as Markdown (CommonMark): the form that pastes into
// anything. The quiz's blanks stay literal ______, and the answer key follows
// a heading 答案.
import type { BriefDocument, DocNode } from './brief-document'

/** Escapes what CommonMark would read as markup inside a line, and what
 * would start a block at the beginning of one. The blank ______ is inserted
 * after escaping, so it stays literal. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+-]|\d+[.)])/u, (_, space: string, mark: string) => `${space}${mark.replace(/([#>+\-.)])$/, '\\$1')}`)
}

function node(n: DocNode): string {
  switch (n.kind) {
    case 'heading':
      return `${n.level === 1 ? '##' : '###'} ${escapeMarkdown(n.text)}`
    case 'paragraph':
      return escapeMarkdown(n.text)
    case 'quotation':
      return `> ${escapeMarkdown(n.citation)}`
    case 'source':
      return `*${escapeMarkdown(n.text)}*`
    case 'note':
      return `> **${escapeMarkdown(n.label)}：**${escapeMarkdown(n.text)}`
    case 'question':
      return n.inline ? `**思考题 ${n.number}.** ${escapeMarkdown(n.text)}` : `${n.number}. ${escapeMarkdown(n.text)}`
    case 'blank':
      return `${n.number}. ${n.text.split('______').map(escapeMarkdown).join('______')}`
    case 'answers':
      return [`## ${escapeMarkdown(n.heading)}`, ...n.items.map((a) => `${a.number}. ${escapeMarkdown(a.text)}${escapeMarkdown(a.source)}`)].join('\n\n')
  }
}

/** The Markdown text, ending in a newline. */
export function renderMarkdown(doc: BriefDocument): string {
  return [`# ${escapeMarkdown(doc.title)}`, ...doc.nodes.map(node)].join('\n\n') + '\n'
}
