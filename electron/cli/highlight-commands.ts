// `yandu highlight`, `highlights`, `delete-highlight`, `restore-highlight`.
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { findCategory } from '../core/categories'
import { loadEditionText, newestEdition } from '../core/edition-text'
import { YanduError } from '../core/errors'
import { findQuote } from '../core/find-quote'
import { createHighlights, deleteHighlight, getHighlight, listHighlights, restoreHighlight } from '../core/highlights'
import type { Db } from '../core/database'
import type { Highlight, HighlightRecord } from '../core/types'
import { print, reportId, UsageError, withLibrary, type Command } from './command'

const defaultCategory = '重点'

const quotesFile = z.array(
  z
    .object({
      exact: z.string().min(1),
      prefix: z.string().optional(),
      suffix: z.string().optional(),
      category: z.string().optional(),
      comment: z.string().optional(),
      tags: z.array(z.string()).optional(),
    })
    .strict(),
)

/** The command line's shape of a highlight (see the highlights issue). */
export function toRecord(h: Highlight): HighlightRecord {
  return {
    id: h.id,
    category: h.category.name,
    tags: h.tags,
    comment: h.comment,
    state: h.state,
    text: h.text,
    part: h.part,
    paragraph: h.paragraph,
    citation: h.citation,
  }
}

interface QuoteRequest {
  exact: string
  prefix?: string
  suffix?: string
  occurrence?: number
  category?: string
  comment?: string
  tags?: string[]
}

/** Locates every quote, then writes them all in one transaction: any quote
 * that is not found, or an unknown category, writes nothing. */
function highlightQuotes(db: Db, report: number, requests: QuoteRequest[]): string[] {
  const text = loadEditionText(db, newestEdition(db, report).id)
  const items = requests.map((q) => {
    const ranges = findQuote(text.texts, q.exact, q)
    if (!ranges) throw new YanduError('quote-not-found', { quote: q.exact })
    return {
      reportId: report,
      ranges: ranges.map((r) => ({ paragraphId: text.paragraphs[r.index].id, start: r.start, end: r.end })),
      categoryId: findCategory(db, q.category ?? defaultCategory).id,
      comment: q.comment,
      tags: q.tags,
    }
  })
  return createHighlights(db, items)
}

function readQuotesFile(path: string): QuoteRequest[] {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new YanduError('bad-quotes-file', { detail: (error as Error).message })
  }
  const parsed = quotesFile.safeParse(raw)
  if (!parsed.success) {
    throw new YanduError('bad-quotes-file', {
      detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    })
  }
  return parsed.data
}

export const highlightCommands: Record<string, Command> = {
  highlight: {
    positionals: 1,
    options: {
      quote: { type: 'string' },
      quotes: { type: 'string' },
      occurrence: { type: 'string' },
      category: { type: 'string' },
      comment: { type: 'string' },
      tag: { type: 'string', multiple: true },
    },
    run(ctx) {
      const { quote, quotes, occurrence, category, comment, tag } = ctx.values as Record<string, string | undefined> & {
        tag?: string[]
      }
      if ((quote === undefined) === (quotes === undefined)) throw new UsageError('highlight takes --quote TEXT or --quotes FILE.json')
      const nth = occurrence === undefined ? 1 : Number(occurrence)
      if (!Number.isInteger(nth) || nth < 1) throw new UsageError(`bad --occurrence ${occurrence}`)
      const report = reportId(ctx.positionals[0])
      withLibrary(ctx, ({ db }) => {
        if (quotes !== undefined) {
          const ids = highlightQuotes(db, report, readQuotesFile(quotes))
          print(ctx, ids, ids.join('\n'))
          return
        }
        const [id] = highlightQuotes(db, report, [{ exact: quote!, occurrence: nth, category, comment, tags: tag }])
        print(ctx, toRecord(getHighlight(db, id)), id)
      })
    },
  },
  highlights: {
    positionals: 1,
    run(ctx) {
      withLibrary(ctx, ({ db }) => {
        const records = listHighlights(db, reportId(ctx.positionals[0])).map(toRecord)
        print(
          ctx,
          records,
          records.map((h) => `${h.id}\t${h.category}\t${h.state}\t${h.part}.${h.paragraph}\t${h.text.replace(/\n/g, ' / ')}`).join('\n'),
        )
      })
    },
  },
  'delete-highlight': {
    positionals: 1,
    run(ctx) {
      withLibrary(ctx, ({ db }) => {
        const h = deleteHighlight(db, ctx.positionals[0])
        print(ctx, toRecord(h), h.id)
      })
    },
  },
  'restore-highlight': {
    positionals: 1,
    run(ctx) {
      withLibrary(ctx, ({ db }) => {
        const h = restoreHighlight(db, ctx.positionals[0])
        print(ctx, toRecord(h), h.id)
      })
    },
  },
}
