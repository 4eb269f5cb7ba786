// `npm run bench`: every measure against its bar in ../shared/DESIGN.md, as a
// table; with --json, one JSON array as the last line of stdout.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { firstPaintBench } from './first-paint-bench'
import { importBench } from './import-bench'
import type { Measure } from './measure'

const root = resolve(import.meta.dirname, '..')
const json = process.argv.includes('--json')
const scratch = mkdtempSync(join(tmpdir(), 'yandu-bench-'))

const measures: Measure[] = []
try {
  measures.push(...(await importBench(root, scratch)))
  measures.push(...(await firstPaintBench()))
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

const rows = measures.map((m) => ({
  measure: m.name,
  value: `${m.value} ${m.unit}`,
  bar: `< ${m.bar} ${m.unit}`,
  ok: m.value < m.bar && (m.peerValue === undefined || m.note !== 'must beat peer' || m.value < m.peerValue) ? '✓' : '✗',
  peer: m.peer ? `${m.peer}: ${m.peerValue} ${m.unit}` : '',
}))
console.table(rows)
if (json) console.log(JSON.stringify(measures.map(({ note: _note, ...m }) => m)))
