// Finds a paragraph's lead sentence, the topic the outline lists under its
// part. Chinese policy writing opens a paragraph with a short summary sentence
// (`强化科技创新，建设产业转型升级示范区。`) and then develops it. Newspaper pages
// also cut paragraphs mid-sentence, and the line that carries on a cut one has
// no topic of its own; this module holds both rules so they can be tuned together.

/** Longest lead, in UTF-16 units (one per CJK character). The seed's leads run
 * 9 to 19 characters; a first sentence much longer than a line of text is
 * argument, not a topic. Higher lets such sentences into the outline, lower
 * drops the long two-clause topics (`建设“五好”园区，促进优势产业集聚。`). */
export const MAX_LEAD_LENGTH = 40

/** Marks that end a sentence. ASCII ! and ? cover mixed texts; the ASCII full
 * stop does not, since it is mostly a decimal point or a list number. */
const SENTENCE_ENDS = new Set([...'。！？!?'])

/** Closing marks that belong to the sentence they follow (`…“好。”`). */
const CLOSERS = new Set([...'”’」』）)》'])

/** Endings after which the next line starts afresh. A colon counts: it
 * introduces what follows, it does not cut it. */
const CLOSED_ENDINGS = new Set([...'。！？；…”’」』）)》：!?;:.'])

/** True when `text` ends like a finished sentence or clause (trailing
 * whitespace ignored), false when it looks cut off (`…用好中`). */
function endsSentence(text: string): boolean {
  const trimmed = text.trimEnd()
  return trimmed.length > 0 && CLOSED_ENDINGS.has(trimmed[trimmed.length - 1])
}

/** The lead sentence of a paragraph: its first sentence, closing quotes
 * included, when that is at most MAX_LEAD_LENGTH long and the paragraph goes on
 * after it. `previous` is the paragraph just before, or null when a heading or
 * the front matter comes before; if it was cut mid-sentence this one continues
 * it and has no lead. Returns null when there is no lead; otherwise an exact
 * prefix of `text`. */
export function leadSentence(text: string, previous: string | null): string | null {
  if (previous !== null && !endsSentence(previous)) return null
  // The marks are all in the BMP, so a UTF-16 scan never splits a character.
  let end = 0
  while (end < text.length && !SENTENCE_ENDS.has(text[end])) end++
  if (end === 0 || end === text.length) return null
  end++
  while (end < text.length && (SENTENCE_ENDS.has(text[end]) || CLOSERS.has(text[end]))) end++
  if (end > MAX_LEAD_LENGTH) return null
  if (text.slice(end).trim() === '') return null
  return text.slice(0, end)
}

