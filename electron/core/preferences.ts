// The user's preferences and reading position, kept in the settings table so
// they come back on the next start, in Electron and in the browser host alike.
import type { Db } from './database'
import type { Preferences, ReadingPosition } from './types'

export const defaultPreferences: Preferences = {
  locale: 'zh-CN',
  theme: 'light',
  fontSize: 19,
  lineHeight: 1.8,
  outlineWidth: 280,
  notesWidth: 340,
}

function readSetting<T>(db: Db, key: string): T | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined
  return row ? (JSON.parse(row.value) as T) : null
}

function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value))
}

export function getPreferences(db: Db): Preferences {
  return { ...defaultPreferences, ...readSetting<Partial<Preferences>>(db, 'preferences') }
}

/** Merges `changes` into the stored preferences and returns the result. */
export function setPreferences(db: Db, changes: Partial<Preferences>): Preferences {
  const next = { ...getPreferences(db), ...changes }
  writeSetting(db, 'preferences', next)
  return next
}

export function getReadingPosition(db: Db): ReadingPosition | null {
  return readSetting<ReadingPosition>(db, 'reading-position')
}

export function setReadingPosition(db: Db, position: ReadingPosition): ReadingPosition {
  writeSetting(db, 'reading-position', position)
  return position
}
