// `yandu export`, `brief new`, `briefs`: study briefs from the command line.
// The database is read first and closed before anything is rendered, so a
// slow PDF print never holds the library open.
import { resolve } from 'node:path'
import type { BriefContent } from '../core/brief-document'
import { briefOfReport, exportBriefContent, parseFormat } from '../core/brief-export'
import { createBriefFromHighlights, getBrief, listBriefs } from '../core/brief-store'
import { parseTemplate } from '../core/brief-templates'
import { YanduError } from '../core/errors'
import type { BriefFormat, BriefRecord, BriefSummary, BriefTemplate } from '../core/types'
import { print, reportId, UsageError, withLibrary, type Command } from './command'

/** The command line's shape of a brief (see the briefs issue). */
export function toBriefRecord(b: BriefSummary): BriefRecord {
  return { id: b.id, title: b.title, report: b.reportId, template: b.template, blocks: b.blockCount }
}

function briefId(value: string): number {
  const id = Number(value)
  if (!Number.isInteger(id) || id <= 0) throw new YanduError('brief-not-found', { id: value })
  return id
}

/** --format, or else the extension of --out (.md .html .docx .pdf). */
function formatOf(format: string | undefined, out: string): BriefFormat {
  if (format !== undefined) return parseFormat(format)
  const extension = out.match(/\.([A-Za-z]+)$/)?.[1]
  if (!extension) throw new UsageError('export takes --format md|html|docx|pdf')
  return parseFormat(extension)
}

const text = (ctx: { values: Record<string, unknown> }, name: string) => ctx.values[name] as string | undefined

export const briefCommands: Record<string, Command> = {
  export: {
    positionals: 0,
    options: {
      brief: { type: 'string' },
      report: { type: 'string' },
      template: { type: 'string' },
      title: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
    async run(ctx) {
      const [brief, report, out] = [text(ctx, 'brief'), text(ctx, 'report'), text(ctx, 'out')]
      if ((brief === undefined) === (report === undefined)) throw new UsageError('export takes --brief ID or --report REPORT')
      if (!out) throw new UsageError('export takes --out FILE')
      const format = formatOf(text(ctx, 'format'), out)
      const name = text(ctx, 'template')
      const template: BriefTemplate | undefined = name === undefined ? undefined : parseTemplate(name)
      const content: BriefContent = withLibrary(ctx, ({ db }) =>
        brief !== undefined
          ? getBrief(db, briefId(brief))
          : briefOfReport(db, reportId(report), template ?? 'outline', text(ctx, 'title')),
      )
      const result = await exportBriefContent(content, format, resolve(out), {}, template)
      print(ctx, result, result.path)
    },
  },
  brief: {
    positionals: 2,
    options: { template: { type: 'string' }, title: { type: 'string' } },
    run(ctx) {
      const [sub, report] = ctx.positionals
      if (sub !== 'new') throw new UsageError(`unknown brief command: ${sub} (brief new REPORT)`)
      const name = text(ctx, 'template')
      withLibrary(ctx, ({ db }) => {
        const made = createBriefFromHighlights(db, {
          reportId: reportId(report),
          template: name === undefined ? undefined : parseTemplate(name),
          title: text(ctx, 'title'),
        })
        print(ctx, toBriefRecord(made), String(made.id))
      })
    },
  },
  briefs: {
    positionals: 0,
    run(ctx) {
      withLibrary(ctx, ({ db }) => {
        const records = listBriefs(db).map(toBriefRecord)
        print(ctx, records, records.map((b) => `${b.id}\t${b.template}\t${b.blocks}\t${b.report ?? '-'}\t${b.title}`).join('\n'))
      })
    },
  },
}
