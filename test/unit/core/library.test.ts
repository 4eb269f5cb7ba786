import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openLibrary } from '../../../electron/core/library'
import { listReports } from '../../../electron/core/report-queries'
import { seedFile, tempDir } from '../../helpers/temp-dir'

describe('openLibrary', () => {
  it('imports the shipped report on first start, and not on the second', () => {
    const dir = tempDir()
    const first = openLibrary(dir, { seedFile })
    expect(listReports(first.db)).toHaveLength(1)
    first.close()
    const second = openLibrary(dir, { seedFile })
    expect(listReports(second.db)).toHaveLength(1)
    second.close()
  })

  it('does not bring the shipped report back once it was imported', () => {
    const dir = tempDir()
    const library = openLibrary(dir, { seedFile })
    library.db.prepare("UPDATE reports SET deleted_at = '2026-01-01'").run()
    library.close()
    const again = openLibrary(dir, { seedFile })
    expect(listReports(again.db)).toHaveLength(0)
    again.close()
  })

  it('says clearly when the data folder cannot be written', () => {
    // A file where the folder should be fails for root and users alike.
    const blocker = join(tempDir(), 'file')
    writeFileSync(blocker, 'x')
    expect(() => openLibrary(join(blocker, 'data'), { seedFile })).toThrowError(
      expect.objectContaining({ code: 'data-dir-unwritable' }),
    )
  })

  it('leaves no report behind when the seed cannot be parsed', () => {
    const dir = tempDir()
    const empty = join(tempDir(), 'empty.txt')
    writeFileSync(empty, '\n\n')
    expect(() => openLibrary(dir, { seedFile: empty })).toThrowError(expect.objectContaining({ code: 'empty-report' }))
    const library = openLibrary(dir)
    expect(listReports(library.db)).toHaveLength(0)
    library.close()
  })
})
