// Where an export goes when the user has not said: a file named after the
// brief in the Documents folder (or the home folder). The desktop app asks
// with a native save dialog instead (electron/main); the browser host and the
// command line have none, so the renderer shows this path for the user to edit.
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { ExportPathChoice } from './types'

/** Characters no common file system takes in a name, and control characters. */
// eslint-disable-next-line no-control-regex
const unsafeInName = /[\u0000-\u001f<>:"/\\|?*]/g

/** Longest file name stem kept: most file systems allow 255 bytes, and a CJK
 * character takes three in UTF-8. */
const maxStemLength = 60

export function exportFileName(title: string, extension: string): string {
  const stem = [...title.replace(unsafeInName, ' ').trim()].slice(0, maxStemLength).join('').trim() || 'yandu'
  return `${stem}.${extension}`
}

export function defaultExportDir(home = homedir()): string {
  for (const name of ['Documents', '文档']) {
    const dir = join(home, name)
    if (existsSync(dir)) return dir
  }
  return home
}

export function suggestExportPath(title: string, extension: string, home = homedir()): ExportPathChoice {
  return { path: join(defaultExportDir(home), exportFileName(title, extension)), native: false }
}
