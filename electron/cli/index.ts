// The command line, `yandu …`: the contract scripts and checks use. Each
// command is a thin wrapper over the core; with --json it prints exactly one
// JSON value on stdout. Errors a user can cause print one line and exit 1;
// usage errors print the usage and exit 2.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { defaultDataDir } from '../core/data-dir'
import { processLocale, toErrorPayload, YanduError } from '../core/errors'
import { openLibrary, type Library } from '../core/library'
import { importReportText } from '../core/report-import'
import { getOutline, getReportText, listReports } from '../core/report-queries'
import { createHandlers } from '../core/service'
import { startWebHost } from '../web/server'
import { openInBrowser } from './open-browser'
import { usage } from './usage'

/** The repository (or installed package) root: out/main/cli.js → ../.. */
const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

class UsageError extends Error {}

interface Context {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
  json: boolean
  dataDir: string
}

interface Command {
  options?: ParseArgsConfig['options']
  /** How many positionals the command takes (after its name). */
  positionals: number
  run(ctx: Context): Promise<void> | void
}

const common: ParseArgsConfig['options'] = {
  data: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
}

function withLibrary<T>(ctx: Context, fn: (library: Library) => T): T {
  const library = openLibrary(ctx.dataDir)
  try {
    return fn(library)
  } finally {
    library.close()
  }
}

function reportId(value: string | undefined): number {
  const id = Number(value)
  if (!value || !Number.isInteger(id) || id <= 0) throw new YanduError('report-not-found', { id: value ?? '' })
  return id
}

function print(ctx: Context, json: unknown, text: string) {
  process.stdout.write(ctx.json ? JSON.stringify(json) + '\n' : text.endsWith('\n') ? text : text + '\n')
}

const commands: Record<string, Command> = {
  import: {
    positionals: 1,
    run(ctx) {
      const file = resolve(ctx.positionals[0])
      if (!existsSync(file) || !statSync(file).isFile()) throw new YanduError('file-not-found', { path: file })
      const source = readFileSync(file, 'utf8')
      withLibrary(ctx, ({ db }) => {
        const { existing, ...result } = importReportText(db, source, file)
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
    positionals: 1,
    run(ctx) {
      withLibrary(ctx, ({ db }) => {
        const text = getReportText(db, reportId(ctx.positionals[0]))
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
