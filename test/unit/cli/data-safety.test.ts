// What the UI has shown as saved is in the SQLite file: a write through the
// browser host's API, then SIGKILL (no chance to flush or close), then the file
// reopened by another process.
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { databaseFile } from '../../../electron/core/data-dir'
import { openDatabase } from '../../../electron/core/database'
import { getHighlight } from '../../../electron/core/highlights'
import { getSectionNote } from '../../../electron/core/section-notes'
import type { ReaderDocument } from '../../../electron/core/types'
import { repoRoot, tempDir } from '../../helpers/temp-dir'

let child: ChildProcess | undefined
afterEach(() => {
  child?.kill('SIGKILL')
})

function serve(data: string): Promise<string> {
  child = spawn(process.execPath, [join(repoRoot, 'bin', 'yandu.js'), 'serve', '--data', data], { stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((resolve, reject) => {
    let out = ''
    child!.stdout!.on('data', (c) => {
      out += c
      const url = out.match(/http:\/\/\S+/)?.[0]
      if (url) resolve(url)
    })
    child!.on('exit', (code) => reject(new Error(`serve exited ${code}`)))
  })
}

async function call<T>(url: string, method: string, input: unknown): Promise<T> {
  const { origin, searchParams } = new URL(url)
  const response = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-yandu-token': searchParams.get('token')! },
    body: JSON.stringify(input),
  })
  const body = (await response.json()) as { result: T; error?: unknown }
  if (!response.ok) throw new Error(JSON.stringify(body.error))
  return body.result
}

function killed(process: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    process.once('exit', () => resolve())
    process.kill('SIGKILL')
  })
}

describe('data safety', () => {
  it('keeps a highlight, its comment and a note written just before the process is killed', async () => {
    const data = tempDir()
    const url = await serve(data)
    const [report] = await call<{ id: number }[]>(url, 'listReports', {})
    const reader = await call<ReaderDocument>(url, 'getReader', { reportId: report.id })
    const paragraph = reader.blocks.find((b) => b.kind === 'paragraph')!
    const [key] = await call<{ id: number }[]>(url, 'listCategories', {})
    const h = await call<{ id: string }>(url, 'createHighlight', {
      reportId: report.id,
      ranges: [{ paragraphId: paragraph.id, start: 0, end: 6 }],
      categoryId: key.id,
    })
    await call(url, 'updateHighlight', { id: h.id, comment: '开篇总纲' })
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '讨论要点' }] }] }
    await call(url, 'saveSectionNote', { sectionId: reader.sections[2].id, doc, text: '讨论要点' })

    await killed(child!)

    const db = openDatabase(databaseFile(data))
    expect(getHighlight(db, h.id)).toMatchObject({ text: '强化科技创新', comment: '开篇总纲', state: 'exact' })
    expect(getSectionNote(db, reader.sections[2].id)).toMatchObject({ text: '讨论要点', doc })
    db.close()
  })
})
