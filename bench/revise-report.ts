// A revised edition of a report, from a seeded generator, for the re-anchoring
// bench (issue 3, "Bench"): about 5% of sentences deleted, changed or followed
// by an inserted sentence, some paragraphs split and some moved far. Every
// character of the old edition is tracked to where it went, or to nowhere, so
// the bench knows the right answer for each highlight.
import { seededRandom } from './seeded-random'

/** Share of sentences edited: a third deleted, a third changed in a few
 * characters, a third followed by a new sentence. */
const SENTENCE_EDIT_RATE = 0.05
/** Paragraphs cut in two at a sentence end. */
const SPLIT_PARAGRAPHS = 10
/** Paragraphs taken out and put back at a random place. */
const MOVED_PARAGRAPHS = 30

/** A report's paragraphs as the app numbers them: its non-empty lines, trimmed. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
}

/** A paragraph under construction: its text and, per character, the index of
 * the old character it came from in the old edition's joined text, or -1. */
interface Piece {
  text: string
  origin: number[]
}

export interface Revision {
  paragraphs: string[]
  /** Where old paragraph `paragraph`'s character `offset` is now, or null if it
   * was deleted or replaced. */
  whereNow(paragraph: number, offset: number): { paragraph: number; offset: number } | null
  stats: { sentences: number; deleted: number; changed: number; inserted: number; split: number; moved: number }
}

function sentencesOf(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    if ('。！？；'.includes(text[i])) {
      spans.push([start, i + 1])
      start = i + 1
    }
  }
  if (start < text.length) spans.push([start, text.length])
  return spans
}

/** Revises `old` with the PRNG seeded by `seed`. */
export function reviseReport(old: readonly string[], seed: number): Revision {
  const random = seededRandom(seed)
  const pick = (n: number) => Math.floor(random() * n)
  const pool = [...new Set(old.join('').replace(/[\s，。；！？、“”：（）]/g, ''))]
  const newText = (length: number) => Array.from({ length }, () => pool[pick(pool.length)]).join('')
  const stats = { sentences: 0, deleted: 0, changed: 0, inserted: 0, split: 0, moved: 0 }
  const base: number[] = []
  let at = 0
  for (const p of old) {
    base.push(at)
    at += p.length
  }

  let pieces: Piece[] = old.map((text, p) => {
    const piece: Piece = { text: '', origin: [] }
    const keep = (from: number, to: number) => {
      piece.text += text.slice(from, to)
      for (let i = from; i < to; i++) piece.origin.push(base[p] + i)
    }
    const add = (fresh: string) => {
      piece.text += fresh
      for (let i = 0; i < fresh.length; i++) piece.origin.push(-1)
    }
    for (const [from, to] of sentencesOf(text)) {
      stats.sentences++
      const r = random()
      if (r < SENTENCE_EDIT_RATE / 3) {
        stats.deleted++
      } else if (r < (2 * SENTENCE_EDIT_RATE) / 3) {
        // A few characters substituted, inserted or deleted inside the sentence.
        stats.changed++
        const where = from + pick(to - from)
        const length = 1 + pick(3)
        const kind = pick(3)
        keep(from, where)
        if (kind === 0) add(newText(Math.min(length, to - where)))
        if (kind === 1) add(newText(length + 1))
        keep(kind === 1 ? where : Math.min(to, where + length), to)
      } else if (r < SENTENCE_EDIT_RATE) {
        stats.inserted++
        keep(from, to)
        add(newText(10 + pick(30)) + '。')
      } else {
        keep(from, to)
      }
    }
    return piece
  })
  pieces = pieces.filter((piece) => piece.text.length > 0)

  for (let k = 0; k < SPLIT_PARAGRAPHS; k++) {
    const i = pick(pieces.length)
    const cut = sentencesOf(pieces[i].text)[1]?.[0]
    if (cut === undefined) continue
    const { text, origin } = pieces[i]
    pieces.splice(i, 1, { text: text.slice(0, cut), origin: origin.slice(0, cut) }, { text: text.slice(cut), origin: origin.slice(cut) })
    stats.split++
  }
  for (let k = 0; k < MOVED_PARAGRAPHS; k++) {
    const [piece] = pieces.splice(pick(pieces.length), 1)
    pieces.splice(pick(pieces.length + 1), 0, piece)
    stats.moved++
  }

  const nowParagraph = new Int32Array(at).fill(-1)
  const nowOffset = new Int32Array(at).fill(-1)
  pieces.forEach((piece, q) =>
    piece.origin.forEach((o, i) => {
      if (o < 0) return
      nowParagraph[o] = q
      nowOffset[o] = i
    }),
  )
  return {
    paragraphs: pieces.map((piece) => piece.text),
    whereNow(paragraph, offset) {
      const o = base[paragraph] + offset
      return nowParagraph[o] === -1 ? null : { paragraph: nowParagraph[o], offset: nowOffset[o] }
    },
    stats,
  }
}
