// Reads an HTML report (a saved web page, or what mammoth makes of a .docx)
// into lines with their heading levels, for the parser (parse-report.ts
// parseBlocks). HTML from outside may carry scripts, event handlers and remote
// images; the app only wants its text, so the markup is sanitised with
// DOMPurify in a jsdom window created with jsdom's defaults: `runScripts`
// unset (no script runs, no handler fires) and no `resources` option (nothing
// is fetched). jsdom and DOMPurify load on first use: a plain-text import
// should not pay for them.
import type { SourceLine } from './parse-report'

/** The class read-report-file.ts gives the DOCX Title style's paragraphs. */
export const DOCX_TITLE_CLASS = 'yandu-docx-title'

/** Elements that start and end a line of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
])

/** Elements whose content is not text a reader sees. DOMPurify drops most of
 * them already; this list keeps the walk safe should its defaults change. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'title', 'head', 'iframe', 'object', 'embed', 'svg', 'math', 'select',
  'option', 'textarea', 'button', 'img', 'video', 'audio', 'canvas',
])

const ELEMENT_NODE = 1
const TEXT_NODE = 3

interface Sanitiser {
  sanitize(html: string): DocumentFragment
}

let sanitiser: Promise<Sanitiser> | null = null

async function loadSanitiser(): Promise<Sanitiser> {
  const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')])
  // Defaults on purpose: no runScripts, no resources (see the header).
  const { window } = new JSDOM('')
  const purify = createDOMPurify(window)
  return {
    sanitize: (html) =>
      purify.sanitize(html, {
        USE_PROFILES: { html: true },
        FORBID_TAGS: ['style', 'noscript', 'template', 'title', 'img', 'video', 'audio', 'iframe'],
        RETURN_DOM_FRAGMENT: true,
      }),
  }
}

/** The text lines of an HTML document: h1–h6 as headings of that level, the
 * text of p, li, blockquote, div, td … as one line each (a `<br>` or a
 * newline inside `<pre>` starts a new one), whitespace collapsed as a browser
 * does. With `docxTitles`, an h1 of class DOCX_TITLE_CLASS is marked as the
 * title. Scripts, styles, images and forms contribute nothing. Never throws
 * for bad markup (HTML parsing always succeeds). */
export async function htmlLines(html: string, options: { docxTitles?: boolean } = {}): Promise<SourceLine[]> {
  sanitiser ??= loadSanitiser()
  const fragment = (await sanitiser).sanitize(html)
  const lines: SourceLine[] = []
  let buffer = ''
  const flush = () => {
    const text = collapse(buffer)
    if (text) lines.push({ text })
    buffer = ''
  }
  const walk = (node: Node, inPre: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data
        if (!inPre) buffer += data
        else {
          const [first, ...rest] = data.split(/\r\n|\r|\n/)
          buffer += first
          for (const piece of rest) {
            flush()
            buffer += piece
          }
        }
        continue
      }
      if (child.nodeType !== ELEMENT_NODE) continue
      const element = child as Element
      const tag = element.localName
      if (SKIPPED.has(tag)) continue
      const heading = /^h([1-6])$/.exec(tag)
      if (heading) {
        flush()
        const text = collapse(textOf(element))
        if (!text) continue
        if (options.docxTitles && element.classList.contains(DOCX_TITLE_CLASS)) lines.push({ text, isTitle: true })
        else lines.push({ text, headingLevel: Number(heading[1]) })
      } else if (tag === 'br') flush()
      else if (BLOCKS.has(tag)) {
        flush()
        walk(element, inPre || tag === 'pre')
        flush()
      } else walk(element, inPre)
    }
  }
  walk(fragment, false)
  flush()
  return lines
}

/** A heading's text: its text nodes, with a space for each `<br>`. */
function textOf(node: Node): string {
  let text = ''
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) text += (child as Text).data
    else if (child.nodeType === ELEMENT_NODE) {
      const tag = (child as Element).localName
      if (tag === 'br') text += ' '
      else if (!SKIPPED.has(tag)) text += textOf(child)
    }
  }
  return text
}

/** HTML whitespace collapsed to one space and trimmed; U+3000 and no-break
 * spaces inside the text are the author's and stay. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim()
}
