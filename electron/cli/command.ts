// What every command of the command line shares: its parsed context, the
// library it opens, and how it prints.
import type { ParseArgsConfig } from 'node:util'
import { YanduError } from '../core/errors'
import { openLibrary, type Library } from '../core/library'

/** A usage error: the usage is printed and the exit code is 2. */
export class UsageError extends Error {}

export interface Context {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
  json: boolean
  dataDir: string
}

export interface Command {
  options?: ParseArgsConfig['options']
  /** How many positionals the command takes (after its name). */
  positionals: number
  run(ctx: Context): Promise<void> | void
}

export const common: ParseArgsConfig['options'] = {
  data: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
}

export function withLibrary<T>(ctx: Context, fn: (library: Library) => T): T {
  const library = openLibrary(ctx.dataDir)
  try {
    return fn(library)
  } finally {
    library.close()
  }
}

export function reportId(value: string | undefined): number {
  const id = Number(value)
  if (!value || !Number.isInteger(id) || id <= 0) throw new YanduError('report-not-found', { id: value ?? '' })
  return id
}

export function print(ctx: Context, json: unknown, text: string) {
  process.stdout.write(ctx.json ? JSON.stringify(json) + '\n' : text.endsWith('\n') ? text : text + '\n')
}

