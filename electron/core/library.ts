// Opens a data folder as a library: checks it can be written, opens the
// database, imports the shipped report on first start and takes the daily backup.
import { readFileSync } from 'node:fs'
import { databaseFile, ensureWritableDir } from './data-dir'
import { dailyBackup, openDatabase, type Db } from './database'
import { importReportText } from './report-import'

export interface Library {
  db: Db
  file: string
  close(): void
}

export interface LibraryOptions {
  /** The shipped report to import on first start; none for the command line. */
  seedFile?: string
  nativeBinding?: string
}

/** Throws YanduError('data-dir-unwritable') or ('database-newer'); a seed that
 * fails to parse throws too, leaving no half-imported report. */
export function openLibrary(dataDir: string, options: LibraryOptions = {}): Library {
  ensureWritableDir(dataDir)
  const file = databaseFile(dataDir)
  const db = openDatabase(file, { nativeBinding: options.nativeBinding })
  try {
    if (options.seedFile) ensureSeed(db, options.seedFile)
  } catch (error) {
    db.close()
    throw error
  }
  void dailyBackup(db, file).catch(() => {
    // A missed backup must not stop the app; tomorrow's start tries again.
  })
  return { db, file, close: () => db.close() }
}

/** Imports the shipped report once: a marker in settings remembers it, so a
 * user who deletes it does not get it back on every start. */
export function ensureSeed(db: Db, seedFile: string): void {
  const done = db.prepare("SELECT 1 FROM settings WHERE key = 'seed-imported'").get()
  if (done) return
  const result = importReportText(db, readFileSync(seedFile, 'utf8'), 'report.txt')
  db.prepare("INSERT INTO settings (key, value) VALUES ('seed-imported', ?)").run(JSON.stringify(result.id))
}
