import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { dailyBackup, migrate, openDatabase } from '../../../electron/core/database'
import { migrations, schemaVersion } from '../../../electron/core/migrations/index'
import { YanduError } from '../../../electron/core/errors'
import { importReportText } from '../../../electron/core/report-import'
import { tempDir } from '../../helpers/temp-dir'

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  )

describe('openDatabase', () => {
  it('creates the file with WAL, foreign keys and the newest schema', () => {
    const file = join(tempDir(), 'nested', 'y.sqlite')
    const db = openDatabase(file)
    expect(existsSync(file)).toBe(true)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion)
    expect(tables(db)).toEqual(expect.arrayContaining(['reports', 'editions', 'sections', 'paragraphs', 'notes', 'settings']))
    db.close()
  })

  it('refuses a file from a newer version and leaves it untouched', () => {
    const file = join(tempDir(), 'y.sqlite')
    const raw = new Database(file)
    raw.pragma(`user_version = ${schemaVersion + 5}`)
    raw.close()
    expect(() => openDatabase(file)).toThrowError(YanduError)
    const again = new Database(file)
    expect(again.pragma('user_version', { simple: true })).toBe(schemaVersion + 5)
    again.close()
  })
})

describe('migrate', () => {
  it('takes an empty database (version 0) to version 1', () => {
    const db = new Database(':memory:')
    migrate(db, ':memory:', migrations.slice(0, 1))
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    expect(tables(db)).toContain('paragraphs')
  })

  it('backs the file up before migrating a database that holds data', () => {
    const dir = tempDir()
    const file = join(dir, 'y.sqlite')
    const v1 = openDatabase(file, { migrations: migrations.slice(0, 1) })
    v1.prepare("INSERT INTO settings (key, value) VALUES ('k', '1')").run()
    v1.close()
    const next = [...migrations.slice(0, 1), ['CREATE TABLE extra (id INTEGER PRIMARY KEY)']]
    const db = openDatabase(file, { migrations: next })
    expect(db.pragma('user_version', { simple: true })).toBe(2)
    expect(existsSync(`${file}.v1.bak`)).toBe(true)
    const backup = new Database(`${file}.v1.bak`, { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(1)
    expect(backup.prepare("SELECT value FROM settings WHERE key = 'k'").get()).toEqual({ value: '1' })
    backup.close()
    db.close()
  })

  it('rolls a failing migration back and keeps the previous version', () => {
    const file = join(tempDir(), 'y.sqlite')
    openDatabase(file, { migrations: migrations.slice(0, 1) }).close()
    const broken = [...migrations.slice(0, 1), ['CREATE TABLE ok_table (id INTEGER)', 'THIS IS NOT SQL']]
    expect(() => openDatabase(file, { migrations: broken })).toThrow()
    const db = new Database(file)
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    expect(tables(db)).not.toContain('ok_table')
    db.close()
  })
})

describe('dailyBackup', () => {
  it('writes one copy a day and keeps the newest seven', async () => {
    const dir = tempDir()
    const file = join(dir, 'y.sqlite')
    const db = openDatabase(file)
    for (let day = 1; day <= 9; day++) {
      await dailyBackup(db, file, new Date(Date.UTC(2026, 0, day)))
    }
    expect(await dailyBackup(db, file, new Date(Date.UTC(2026, 0, 9)))).toBeNull()
    const copies = readdirSync(join(dir, 'backups')).sort()
    expect(copies).toHaveLength(7)
    expect(copies[0]).toBe('y.sqlite.2026-01-03')
    const copy = new Database(join(dir, 'backups', copies[6]), { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(schemaVersion)
    copy.close()
    db.close()
  })
})

describe('migration 2 (highlights)', () => {
  it('upgrades a version-1 library that holds a report and a note, keeping both', () => {
    const file = join(tempDir(), 'y.sqlite')
    const v1 = openDatabase(file, { migrations: migrations.slice(0, 1) })
    const { id } = importReportText(v1, '标题\n\n1 第一部分\n\n正文第一段。')
    v1.prepare("INSERT INTO notes (section_id, doc, text, updated_at) SELECT id, '{\"type\":\"doc\"}', '旧笔记', '2026-01-01' FROM sections").run()
    v1.close()
    const db = openDatabase(file, { migrations: migrations.slice(0, 2) })
    expect(db.pragma('user_version', { simple: true })).toBe(2)
    expect(db.prepare('SELECT title FROM reports WHERE id = ?').get(id)).toEqual({ title: '标题' })
    expect(db.prepare('SELECT text FROM notes').get()).toEqual({ text: '旧笔记' })
    expect((db.prepare('SELECT COUNT(*) AS n FROM categories').get() as { n: number }).n).toBe(4)
    expect(tables(db)).toEqual(expect.arrayContaining(['highlights', 'highlight_ranges', 'highlight_tags']))
    db.close()
  })
})
