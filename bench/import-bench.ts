// Import + parse + index of the seed and of a 1 MB report, into a real SQLite
// file on disk (WAL, as the app uses it).
import { join } from 'node:path'
import { openDatabase } from '../electron/core/database'
import { importReportText } from '../electron/core/report-import'
import { reportOfSize, seedText } from './generate-report'
import { median, round, time, type Measure } from './measure'

export async function importBench(root: string, scratch: string): Promise<Measure[]> {
  const seed = seedText(join(root, 'resources', 'report.txt'))
  const big = reportOfSize(seed, 1024 * 1024)
  let n = 0
  const importOnce = (text: string) => {
    const db = openDatabase(join(scratch, `import-${n++}.sqlite`))
    const ms = time(() => importReportText(db, text, 'bench.txt'))
    db.close()
    return ms
  }
  return [
    { name: 'import seed', value: round(await median(9, () => importOnce(seed))), unit: 'ms', bar: 300 },
    { name: 'import 1 MB', value: round(await median(5, () => importOnce(big))), unit: 'ms', bar: 300 },
  ]
}
