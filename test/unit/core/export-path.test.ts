import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultExportDir, exportFileName, suggestExportPath } from '../../../electron/core/export-path'
import { tempDir } from '../../helpers/temp-dir'

describe('exportFileName', () => {
  it('keeps a Chinese title and drops what file systems refuse', () => {
    expect(exportFileName('学习提纲：六个地方/要给力?', 'docx')).toBe('学习提纲：六个地方 要给力.docx')
    expect(exportFileName('  ', 'md')).toBe('yandu.md')
    expect(exportFileName('长'.repeat(200), 'pdf')).toBe('长'.repeat(60) + '.pdf')
  })
})

describe('defaultExportDir', () => {
  it('prefers Documents, else the home folder', () => {
    const home = tempDir()
    expect(defaultExportDir(home)).toBe(home)
    mkdirSync(join(home, 'Documents'))
    expect(defaultExportDir(home)).toBe(join(home, 'Documents'))
  })
})

describe('suggestExportPath', () => {
  it('is a suggestion, not a native choice', () => {
    const home = tempDir()
    expect(suggestExportPath('简报', 'html', home)).toEqual({ path: join(home, '简报.html'), native: false })
  })
})
