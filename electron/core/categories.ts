// Highlight categories: the four built in and the user's own, in order. The
// position decides the shortcut digit that picks a category after a selection.
import type { Db } from './database'
import { YanduError } from './errors'
import type { Category } from './types'

interface CategoryRow {
  id: number
  key: string
  name: string
  color: string
  builtin: number
}

/** Names a script may use for the built-ins besides their Chinese names. */
const englishNames: Record<string, string> = {
  'key point': 'key',
  keypoint: 'key',
  quotable: 'quote',
  'quotable line': 'quote',
  figure: 'figure',
  data: 'figure',
  target: 'figure',
  question: 'question',
}

export function listCategories(db: Db): Category[] {
  const rows = db
    .prepare('SELECT id, key, name, color, builtin FROM categories WHERE deleted_at IS NULL ORDER BY position, id')
    .all() as CategoryRow[]
  return rows.map((row, i) => ({
    id: row.id,
    key: row.key,
    name: row.name,
    color: row.color,
    builtin: row.builtin === 1,
    shortcut: i < 9 ? i + 1 : null,
  }))
}

/** Finds a category by its name (重点), key (key) or English name (figure).
 * Throws YanduError('unknown-category') listing the names that exist. */
export function findCategory(db: Db, nameOrKey: string): Category {
  const all = listCategories(db)
  const wanted = nameOrKey.trim()
  const key = englishNames[wanted.toLowerCase()] ?? wanted
  const found = all.find((c) => c.name === wanted || c.key === key || String(c.id) === wanted)
  if (!found) throw new YanduError('unknown-category', { category: nameOrKey, known: all.map((c) => c.name).join('、') })
  return found
}

/** Adds a category of the user's own at the end. Throws 'category-exists'. */
export function createCategory(db: Db, name: string, color: string): Category {
  const trimmed = name.trim()
  if (listCategories(db).some((c) => c.name === trimmed)) throw new YanduError('category-exists', { name: trimmed })
  return db.transaction(() => {
    const position = (db.prepare('SELECT COALESCE(MAX(position), 0) + 1 AS p FROM categories').get() as { p: number }).p
    const id = Number(
      db
        .prepare("INSERT INTO categories (key, name, color, position) VALUES ('', ?, ?, ?)")
        .run(trimmed, color, position).lastInsertRowid,
    )
    db.prepare('UPDATE categories SET key = ? WHERE id = ?').run(`c${id}`, id)
    return listCategories(db).find((c) => c.id === id)!
  })()
}

/** Renames or recolours a category (built-ins may be recoloured and renamed too). */
export function updateCategory(db: Db, id: number, changes: { name?: string; color?: string }): Category {
  const current = listCategories(db).find((c) => c.id === id)
  if (!current) throw new YanduError('unknown-category', { category: id, known: '' })
  const name = changes.name?.trim() ?? current.name
  if (name !== current.name && listCategories(db).some((c) => c.name === name)) {
    throw new YanduError('category-exists', { name })
  }
  db.prepare('UPDATE categories SET name = ?, color = ? WHERE id = ?').run(name, changes.color ?? current.color, id)
  return listCategories(db).find((c) => c.id === id)!
}

/** Retires a category of the user's own; its highlights keep it (shown as
 * before) until recoloured. Built-ins cannot be deleted. */
export function deleteCategory(db: Db, id: number): void {
  const current = listCategories(db).find((c) => c.id === id)
  if (!current) throw new YanduError('unknown-category', { category: id, known: '' })
  if (current.builtin) throw new YanduError('category-builtin', { name: current.name })
  db.prepare('UPDATE categories SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), id)
}
