// `npm run bench`: every measure against its bar in ../shared/DESIGN.md, as a
// table; with --json, one JSON array as the last line of stdout.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { docxBench } from './docx-bench'
import { firstPaintBench } from './first-paint-bench'
import { importBench } from './import-bench'
import { meetsBar, type Measure } from './measure'
import { reanchorBench } from './reanchor-bench'
import { searchBench } from './search-bench'
import { sectionHighlightsBench } from './section-highlights-bench'

const root = resolve(import.meta.dirname, '..')
const json = process.argv.includes('--json')
const scratch = mkdtempSync(join(tmpdir(), 'yandu-bench-'))

const measures: Measure[] = []
try {
  measures.push(...(await importBench(root, scratch)))
  measures.push(...(await reanchorBench(root)))
  measures.push(...(await searchBench(root, scratch)))
  measures.push(...(await docxBench(root, scratch)))
  measures.push(...(await firstPaintBench()))
  measures.push(...(await sectionHighlightsBench(root)))
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

const rows = measures.map((m) => ({
  measure: m.name,
  value: `${m.value} ${m.unit}`,
  bar: `${m.better === 'higher' ? '≥' : '<'} ${m.bar} ${m.unit}${m.peerFactor ? ` and ${m.peerFactor === 1 ? 'beats' : `within ${m.peerFactor}× of`} peer` : ''}`,
  ok: meetsBar(m) ? '✓' : '✗',
  peer: m.peer ? `${m.peer}: ${m.peerValue} ${m.unit}` : '',
}))
console.table(rows)
if (json) console.log(JSON.stringify(measures.map(({ better: _better, peerFactor: _factor, ...m }) => m)))
