// The command line, `yandu …`: the contract scripts and checks use. Each
// command is a thin wrapper over the core; with --json it prints exactly one
// JSON value on stdout. Errors a user can cause print one line and exit 1;
// usage errors print the usage and exit 2.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { defaultDataDir } from '../core/data-dir'
import { processLocale, toErrorPayload } from '../core/errors'
import { openLibrary } from '../core/library'
import { importEdition } from '../core/editions'
import { importLoadedReport, loadReportFile } from '../core/import-file'
import { getOutline, getReportText, listReports } from '../core/report-queries'
import { getPreferences } from '../core/preferences'
import { createHandlers } from '../core/service'
import { startWebHost } from '../web/server'
import { common, print, reportId, UsageError, withLibrary, type Command, type Context } from './command'
import { briefCommands } from './brief-commands'
import { highlightCommands } from './highlight-commands'
import { searchCommands } from './search-command'
import { openInBrowser } from './open-browser'
import { usage } from './usage'

/** The repository (or installed package) root: out/main/cli.js → ../.. */
const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

const commands: Record<string, Command> = {
  ...highlightCommands,
  ...briefCommands,
  ...searchCommands,
  import: {
    options: { encoding: { type: 'string' }, 'as-edition-of': { type: 'string' } },
    positionals: 1,
    async run(ctx) {
      const file = resolve(ctx.positionals[0])
      // Read and parse before opening the library: a bad file changes nothing.
      const loaded = await loadReportFile(file, { encoding: ctx.values.encoding as string | undefined })
      const editionOf = ctx.values['as-edition-of'] as string | undefined
      if (editionOf !== undefined) {
        const report = reportId(editionOf)
        withLibrary(ctx, ({ db }) => {
          const { existing, notesUnplaced, ...outcome } = importEdition(db, report, loaded, file)
          const result = {
            id: outcome.id,
            edition: outcome.edition,
            exact: outcome.exact,
            moved: outcome.moved,
            approximate: outcome.approximate,
            orphaned: outcome.orphaned,
          }
          if (existing && !ctx.json) {
            process.stderr.write(
              processLocale() === 'en'
                ? `This text is already edition ${result.edition} of report ${result.id}.\n`
                : `这份文字已是报告 ${result.id} 的第 ${result.edition} 版，未重复导入。\n`,
            )
          }
          const summary =
            processLocale() === 'en'
              ? `edition ${result.edition}: ${result.exact} exact, ${result.moved} moved, ${result.approximate} approximate (to review), ${result.orphaned} unplaced; ${notesUnplaced} notes unplaced`
              : `第 ${result.edition} 版：原位 ${result.exact}，移位 ${result.moved}，近似 ${result.approximate}（待核对），未能定位 ${result.orphaned}；未能定位的笔记 ${notesUnplaced}`
          print(ctx, result, summary)
        })
        return
      }
      withLibrary(ctx, ({ db }) => {
        const { existing, ...result } = importLoadedReport(db, loaded, file)
        if (existing && !ctx.json) {
          process.stderr.write(
            processLocale() === 'en'
              ? `Already in the library as report ${result.id}.\n`
              : `文库里已有这份报告（编号 ${result.id}），未重复导入。\n`,
          )
        }
        print(ctx, result, String(result.id))
      })
    },
  },
  list: {
    positionals: 0,
    run(ctx) {
      withLibrary(ctx, ({ db }) => {
        const reports = listReports(db).map(({ id, title, importedAt, notes, highlights }) => ({
          id,
          title,
          importedAt,
          notes,
          highlights,
        }))
        print(ctx, reports, reports.map((r) => `${r.id}\t${r.title}\t${r.importedAt}\t${r.notes}\t${r.highlights}`).join('\n'))
      })
    },
  },
  outline: {
    positionals: 1,
    run(ctx) {
      withLibrary(ctx, ({ db }) => {
        const outline = getOutline(db, reportId(ctx.positionals[0]))
        const lines = [outline.title, outline.subtitle, outline.byline].filter(Boolean) as string[]
        const walk = (sections: typeof outline.parts, depth: number) => {
          for (const s of sections) {
            lines.push('  '.repeat(depth) + s.heading)
            for (const t of s.topics) lines.push('  '.repeat(depth + 1) + `${t.paragraph}. ${t.text}`)
            walk(s.sections, depth + 1)
          }
        }
        walk(outline.parts, 0)
        print(ctx, outline, lines.join('\n'))
      })
    },
  },
  text: {
    options: { edition: { type: 'string' } },
    positionals: 1,
    run(ctx) {
      const edition = ctx.values.edition === undefined ? undefined : Number(ctx.values.edition)
      if (edition !== undefined && (!Number.isInteger(edition) || edition < 1)) {
        throw new UsageError(`bad --edition ${ctx.values.edition}`)
      }
      withLibrary(ctx, ({ db }) => {
        const text = getReportText(db, reportId(ctx.positionals[0]), edition)
        print(ctx, text, text)
      })
    },
  },
  serve: {
    options: { port: { type: 'string' }, open: { type: 'boolean' } },
    positionals: 0,
    async run(ctx) {
      const port = ctx.values.port === undefined ? 0 : Number(ctx.values.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`bad --port ${ctx.values.port}`)
      const library = openLibrary(ctx.dataDir, { seedFile: resolve(appRoot, 'resources', 'report.txt') })
      const host = await startWebHost({
        handlers: createHandlers(library.db),
        rendererDir: resolve(appRoot, 'out', 'renderer'),
        port,
        locale: () => getPreferences(library.db).locale,
      })
      process.stdout.write(host.url + '\n')
      if (ctx.values.open) openInBrowser(host.url)
      const stop = () => {
        void host.close().then(() => {
          library.close()
          process.exit(0)
        })
      }
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
    },
  },
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  const command = name ? commands[name] : undefined
  if (!command) {
    process.stderr.write((name && name !== '--help' && name !== '-h' ? `yandu: unknown command: ${name}\n` : '') + usage)
    return name === '--help' || name === '-h' ? 0 : 2
  }
  let ctx: Context
  try {
    const parsed = parseArgs({ args: rest, options: { ...common, ...command.options }, allowPositionals: true, strict: true })
    if (parsed.values.help) {
      process.stdout.write(usage)
      return 0
    }
    if (parsed.positionals.length !== command.positionals) {
      throw new UsageError(`${name} takes ${command.positionals} argument(s)`)
    }
    ctx = {
      values: parsed.values as Context['values'],
      positionals: parsed.positionals,
      json: Boolean(parsed.values.json),
      dataDir: resolve((parsed.values.data as string | undefined) ?? defaultDataDir()),
    }
  } catch (error) {
    process.stderr.write(`yandu: ${(error as Error).message}\n${usage}`)
    return 2
  }
  try {
    await command.run(ctx)
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`yandu: ${error.message}\n${usage}`)
      return 2
    }
    process.stderr.write(`yandu: ${toErrorPayload(error).message}\n`)
    return 1
  }
}

const code = await main(process.argv.slice(2))
if (code !== 0 || !['serve'].includes(process.argv[2] ?? '')) process.exitCode = code
