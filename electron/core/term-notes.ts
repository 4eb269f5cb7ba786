// Finds the term notes at the end of a report: a 名词解释 (or 注释, 术语解释 …)
// line followed by numbered explanations, `1. “三高四新”：指……`. Their numbers
// look like headings to the scheme detector (and Markdown or Word may even mark
// the line a heading), but they are not parts of the report: counting them as
// parts would add bogus entries to the outline and shift the part numbers that
// citations use. See issue 4, "Headings".
//
// Decision: the notes line becomes a section nested in the last part (level
// 2), so the outline still leads to it, and the notes are its paragraphs, with
// no lead sentences (they are not topics). With no part before it, the notes
// line is a paragraph like the rest.
import { headingTitle } from './heading-scheme'

/** The notes line, without its number (`七、名词解释` counts), optional
 * brackets or a leading 附：, and an optional colon. */
const NOTES_HEADING = /^(?:附[:：]?\s*)?[【[〔]?\s*(?:名词解释|名词注释|名词解读|名词释义|术语解释|术语说明|注释|注解|释义|附注|注)\s*[】\]〕]?\s*[:：]?$/

/** The first note: numbered 1 in any of the usual ways (1. 1、 （1） [1] ①). */
const FIRST_NOTE = /^(?:[（(〔[【]\s*1\s*[)）〕\]】]|1\s*[.．、:：\s]|①)/

/** A line numbered with Arabic digits or circled numbers: a note, never the
 * next part. */
const NUMBERED_NOTE = /^(?:[（(〔[【]\s*\d|\d|[①-⑳])/

export interface TermNotes {
  /** Index of the 名词解释 line. */
  heading: number
  /** Index after the last note: the end of the text, or the next part that
   * is not numbered like a note. */
  end: number
}

/** Finds the last term-notes block among trimmed lines, searching from `from`
 * (after the front matter). `isPart(i)` tells whether line i is a top-level
 * heading; a top-level heading that is not numbered like a note ends the
 * block. Returns null when there is no 名词解释 line followed by a note
 * numbered 1. Never throws. */
export function findTermNotes(
  lines: readonly string[],
  isPart: (index: number) => boolean,
  from = 0,
): TermNotes | null {
  for (let i = lines.length - 2; i >= from; i--) {
    if (!isTermNotesHeading(lines[i]) || !FIRST_NOTE.test(lines[i + 1])) continue
    let end = i + 1
    while (end < lines.length && !(isPart(end) && !NUMBERED_NOTE.test(lines[end]))) end++
    return { heading: i, end }
  }
  return null
}

/** True for a line that introduces term notes: `名词解释`, `【名词解释】`,
 * `七、名词解释`, `注释：`. */
export function isTermNotesHeading(line: string): boolean {
  return NOTES_HEADING.test(headingTitle(line.trim()))
}
