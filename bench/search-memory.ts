// The child process of the `peak RSS` measure (search-bench.ts): imports a
// 1 MB report into the library, then runs every query over it, and prints its
// own peak resident set size as JSON on the last line. A fresh process, so
// nothing the bench itself holds is counted.
//   tsx bench/search-memory.ts ROOT LIBRARY.sqlite '["query", …]'
import { join } from 'node:path'
import { openDatabase } from '../electron/core/database'
import { importReportText } from '../electron/core/report-import'
import { search } from '../electron/core/search'
import { reportOfSize, seedText } from './generate-report'

const [root, library, queriesJson] = process.argv.slice(2)
const queries = JSON.parse(queriesJson) as string[]
const db = openDatabase(library)
try {
  const seed = seedText(join(root, 'resources', 'report.txt'))
  importReportText(db, reportOfSize(seed, 1024 * 1024), 'memory.txt')
  for (const query of queries) search(db, query)
} finally {
  db.close()
}
// maxRSS is in kilobytes.
console.log(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 }))
