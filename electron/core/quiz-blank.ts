// The sentence around a highlighted phrase, for a fill-in-the-blank item:
// `before` + ______ + `after`. Captured with the quotation when it is added
// to a brief, so the quiz does not need the report afterwards.

/** Ends a sentence for a quiz item. The semicolon counts: the report's long
 * sentences are lists of clauses joined by ；, each a sentence on its own. */
const SENTENCE_END = '。！？；!?;'
/** Closing marks that stay with the sentence they follow: 。” 。） */
const CLOSERS = '”’）)》」』】'
/** The most context kept on either side of the blank, in characters. Longer
 * context is cut at a comma and marked with …… : an item should read in one
 * breath, and the cue that matters is next to the blank. */
export const MAX_CONTEXT = 60
/** What the highlighted words are replaced by. */
export const BLANK = '______'

export interface QuizContext {
  before: string
  after: string
}

const isEnd = (c: string) => SENTENCE_END.includes(c)
/** Context of punctuation only gives no cue: an item needs words around it. */
const hasWords = (s: string) => /[\p{L}\p{N}]/u.test(s)

function sentenceStart(text: string, at: number): number {
  let i = at
  while (i > 0 && !isEnd(text[i - 1])) i--
  while (i < at && CLOSERS.includes(text[i])) i++
  return i
}

function sentenceEnd(text: string, at: number): number {
  let i = at
  while (i < text.length && !isEnd(text[i])) i++
  if (i < text.length) i++
  while (i < text.length && CLOSERS.includes(text[i])) i++
  return i
}

function clipBefore(s: string): string {
  if (s.length <= MAX_CONTEXT) return s
  const tail = s.slice(-MAX_CONTEXT)
  const comma = tail.search(/[，、,]/)
  return '……' + (comma >= 0 && comma < tail.length - 1 ? tail.slice(comma + 1) : tail)
}

function clipAfter(s: string): string {
  if (s.length <= MAX_CONTEXT) return s
  const head = s.slice(0, MAX_CONTEXT)
  const comma = Math.max(head.lastIndexOf('，'), head.lastIndexOf('、'), head.lastIndexOf(','))
  return (comma > 0 ? head.slice(0, comma) : head) + '……'
}

/** The rest of the sentence around a quotation that starts at `start` in
 * `firstText` and ends at `end` in `lastText` (the same paragraph, or the
 * first and last of a highlight across paragraphs). When the quotation is a
 * whole sentence, the next sentence (or else the previous one) is the cue.
 * Offsets outside the text are clamped. */
export function quizContext(firstText: string, start: number, lastText: string, end: number): QuizContext {
  start = Math.max(0, Math.min(start, firstText.length))
  end = Math.max(0, Math.min(end, lastText.length))
  const from = sentenceStart(firstText, start)
  const to = sentenceEnd(lastText, end)
  let before = firstText.slice(from, start)
  let after = lastText.slice(end, to)
  if (!hasWords(before + after)) {
    const next = lastText.slice(to, sentenceEnd(lastText, to))
    if (hasWords(next)) after += next
    else before = firstText.slice(sentenceStart(firstText, Math.max(0, from - 1)), from) + before
  }
  return { before: clipBefore(before.trimStart()), after: clipAfter(after.trimEnd()) }
}

/** The item's text: the context with the quotation replaced by the blank. */
export function blankOut(context: QuizContext): string {
  return `${context.before}${BLANK}${context.after}`
}
