import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/core/database'
import {
  defaultPreferences,
  getPreferences,
  getReadingPosition,
  setPreferences,
  setReadingPosition,
} from '../../../electron/core/preferences'

describe('getPreferences', () => {
  it('gives the defaults on a new library', () => {
    expect(getPreferences(openDatabase(':memory:'))).toEqual(defaultPreferences)
  })
})

describe('setPreferences', () => {
  it('merges a change into what is stored', () => {
    const db = openDatabase(':memory:')
    setPreferences(db, { theme: 'dark' })
    setPreferences(db, { fontSize: 24 })
    expect(getPreferences(db)).toEqual({ ...defaultPreferences, theme: 'dark', fontSize: 24 })
  })
})

describe('setReadingPosition', () => {
  it('remembers the last place read', () => {
    const db = openDatabase(':memory:')
    expect(getReadingPosition(db)).toBeNull()
    const place = { reportId: 1, sectionId: 3, paragraphId: 9, offset: 12.5 }
    setReadingPosition(db, place)
    expect(getReadingPosition(db)).toEqual(place)
  })
})
