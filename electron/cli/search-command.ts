// `yandu search QUERY [--report REPORT] [--json]`: the search box on the
// command line. --json prints [{"report", "part", "paragraph", "kind",
// "snippet"}], exactly those keys (the snippet is HTML: the match in
// <mark>…</mark>, the rest escaped); without it, one hit a line.
import { search } from '../core/search'
import type { SearchHit } from '../core/types'
import { print, reportId, withLibrary, type Command } from './command'

/** The command line's shape of a hit (see the library issue, "Search"). */
export function toSearchRecord(hit: SearchHit) {
  return { report: hit.report, part: hit.part, paragraph: hit.paragraph, kind: hit.kind, snippet: hit.snippet }
}

export const searchCommands: Record<string, Command> = {
  search: {
    positionals: 1,
    options: { report: { type: 'string' } },
    run(ctx) {
      const report = ctx.values.report === undefined ? undefined : reportId(String(ctx.values.report))
      withLibrary(ctx, ({ db }) => {
        const records = search(db, ctx.positionals[0], { reportId: report }).map(toSearchRecord)
        print(ctx, records, records.map((h) => `${h.report}\t${h.part}.${h.paragraph}\t${h.kind}\t${h.snippet}`).join('\n'))
      })
    },
  },
}
