import { describe, expect, it } from 'vitest'
import { createCategory, deleteCategory, findCategory, listCategories, updateCategory } from '../../../electron/core/categories'
import { openDatabase } from '../../../electron/core/database'

describe('listCategories', () => {
  it('gives the four built-ins in order with shortcuts 1–4', () => {
    const list = listCategories(openDatabase(':memory:'))
    expect(list.map((c) => [c.name, c.key, c.shortcut, c.builtin])).toEqual([
      ['重点', 'key', 1, true],
      ['金句', 'quote', 2, true],
      ['数据', 'figure', 3, true],
      ['疑问', 'question', 4, true],
    ])
  })
})

describe('findCategory', () => {
  it('finds by Chinese name, key or English name', () => {
    const db = openDatabase(':memory:')
    expect(findCategory(db, '金句').key).toBe('quote')
    expect(findCategory(db, 'figure').name).toBe('数据')
    expect(findCategory(db, 'Question').name).toBe('疑问')
  })

  it('throws unknown-category listing the names that exist', () => {
    expect(() => findCategory(openDatabase(':memory:'), '紫色')).toThrowError(/重点、金句、数据、疑问/)
  })
})

describe('createCategory', () => {
  it('adds a category of the user’s own with the next shortcut', () => {
    const db = openDatabase(':memory:')
    const mine = createCategory(db, '案例', '#8e44ad')
    expect(mine).toMatchObject({ name: '案例', color: '#8e44ad', builtin: false, shortcut: 5, key: `c${mine.id}` })
    expect(() => createCategory(db, '案例', '#000000')).toThrowError(expect.objectContaining({ code: 'category-exists' }))
  })
})

describe('updateCategory', () => {
  it('recolours a built-in', () => {
    const db = openDatabase(':memory:')
    const key = findCategory(db, '重点')
    expect(updateCategory(db, key.id, { color: '#ffcc00' }).color).toBe('#ffcc00')
  })
})

describe('deleteCategory', () => {
  it('retires a user category but refuses a built-in', () => {
    const db = openDatabase(':memory:')
    const mine = createCategory(db, '案例', '#8e44ad')
    deleteCategory(db, mine.id)
    expect(listCategories(db).map((c) => c.name)).not.toContain('案例')
    expect(() => deleteCategory(db, findCategory(db, '重点').id)).toThrowError(expect.objectContaining({ code: 'category-builtin' }))
  })
})
