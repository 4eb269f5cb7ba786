// Opens the one SQLite file that is the source of truth: WAL, foreign keys,
// versioned migrations with a backup of the file before each one.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { YanduError } from './errors'
import { migrations, schemaVersion } from './migrations/index'

export type Db = Database.Database

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for another runtime (Electron's ABI). */
  nativeBinding?: string
  /** Migrations to apply; the shipped list by default (tests pass older prefixes). */
  migrations?: readonly (readonly string[])[]
}

/** How many daily copies of the data file to keep: a week of "yesterday's
 * version" at the cost of a few megabytes each. */
const dailyBackupsKept = 7

/** Opens (creating it if needed) the database at `file` and brings it to the
 * newest schema. Throws YanduError('database-newer') for a file written by a
 * newer Yandu, rather than touching it. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const steps = options.migrations ?? migrations
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('synchronous = NORMAL')
    db.pragma('busy_timeout = 5000')
    migrate(db, file, steps)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/** Applies the missing migrations, each in its own transaction, after copying
 * the file aside (`<file>.v<N>.bak`) when it already holds data. */
export function migrate(db: Db, file: string, steps: readonly (readonly string[])[] = migrations): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > steps.length) {
    throw new YanduError('database-newer', { found: current, supported: steps.length })
  }
  if (current === steps.length) return
  if (current > 0 && file !== ':memory:') {
    db.pragma('wal_checkpoint(TRUNCATE)')
    backupFile(file, `${file}.v${current}.bak`)
  }
  for (let version = current + 1; version <= steps.length; version++) {
    db.transaction(() => {
      for (const statement of steps[version - 1]) db.exec(statement)
      db.pragma(`user_version = ${version}`)
    })()
  }
}

/** Keeps a copy of the data file per day in `backups/`, the newest
 * `dailyBackupsKept`. Uses SQLite's online backup, safe while the file is open. */
export async function dailyBackup(db: Db, file: string, now = new Date()): Promise<string | null> {
  if (file === ':memory:') return null
  const folder = join(dirname(file), 'backups')
  mkdirSync(folder, { recursive: true })
  const day = now.toISOString().slice(0, 10)
  const target = join(folder, `${basename(file)}.${day}`)
  if (existsSync(target)) return null
  await db.backup(target)
  const copies = readdirSync(folder)
    .filter((name) => name.startsWith(`${basename(file)}.`))
    .sort()
  for (const old of copies.slice(0, Math.max(0, copies.length - dailyBackupsKept))) {
    rmSync(join(folder, old), { force: true })
  }
  return target
}

function backupFile(from: string, to: string): void {
  if (!existsSync(from) || statSync(from).size === 0) return
  copyFileSync(from, to)
}

export { schemaVersion }
