// Search over a library of 200 generated reports (≈ 20 MB of text), each
// measure beside its peer on the same database in the same run: search() with
// 3–8 character queries against a bare FTS5 query, 1–2 character queries
// against a LIKE scan, and the peak memory of a process that imports a 1 MB
// report and then searches the library.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { openDatabase, type Db } from '../electron/core/database'
import { importReportText } from '../electron/core/report-import'
import { defaultSearchLimit, search } from '../electron/core/search'
import { generateLibrary } from './generate-library'
import { seededRandom } from './seeded-random'
import { seedText } from './generate-report'
import { round, type Measure } from './measure'

/** The library: 200 reports of ≈ 100 KB, the size DESIGN.md names. */
const reports = 200
const reportBytes = 100 * 1024
/** Queries per measure and rounds over them: 48 × 5 = 240 samples, so the
 * p95 is the 12th slowest and one GC pause or busy core does not decide it. */
const longQueries = 48
const shortQueries = 32
const rounds = 5
/** Short queries a user types; the rest are drawn from the text. */
const typicalShort = ['创新', '衡', '园区', '发展', '产业', '湘']

export function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]
}

/** Imports the library into `file`, one transaction per report; returns the
 * paragraphs' text to draw queries from. */
export function buildLibrary(root: string, file: string): string[] {
  const seed = seedText(join(root, 'resources', 'report.txt'))
  const db = openDatabase(file)
  const paragraphs: string[] = []
  try {
    for (const text of generateLibrary(seed, reports, reportBytes)) {
      if (importReportText(db, text, 'bench.txt').existing) throw new Error('the generator repeated a report')
      paragraphs.push(...text.split('\n').filter((line) => line.length > 40))
    }
  } finally {
    db.close()
  }
  return paragraphs
}

/** `count` distinct substrings of `min`..`max` characters without whitespace,
 * drawn from the paragraphs by a seeded PRNG. */
export function drawQueries(paragraphs: string[], count: number, min: number, max: number, seed: number): string[] {
  const random = seededRandom(seed)
  const found = new Set<string>()
  while (found.size < count) {
    const text = [...paragraphs[Math.floor(random() * paragraphs.length)]]
    const length = min + Math.floor(random() * (max - min + 1))
    const at = Math.floor(random() * Math.max(1, text.length - length))
    const query = text.slice(at, at + length).join('')
    if ([...query].length === length && /^\S+$/u.test(query)) found.add(query)
  }
  return [...found]
}

/** `count` distinct words of one or two Han characters, drawn evenly from the
 * distinct words (Intl.Segmenter) of a sample of the paragraphs, not by how
 * often they occur: a user looks up a term, not the commonest string. */
export function drawWords(paragraphs: string[], count: number, seed: number): string[] {
  const random = seededRandom(seed)
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
  const words = new Set<string>()
  for (let i = 0; i < 2000; i++) {
    for (const { segment, isWordLike } of segmenter.segment(paragraphs[Math.floor(random() * paragraphs.length)])) {
      if (isWordLike && /^\p{Script=Han}{1,2}$/u.test(segment)) words.add(segment)
    }
  }
  const pool = [...words].sort()
  const drawn: string[] = []
  while (drawn.length < count && pool.length) drawn.push(...pool.splice(Math.floor(random() * pool.length), 1))
  return drawn
}

function timeAll(queries: string[], run: (query: string) => unknown): number[] {
  for (const q of queries) run(q)
  const samples: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const start = performance.now()
      run(q)
      samples.push(performance.now() - start)
    }
  }
  return samples
}

const phrase = (q: string) => `"${q.replaceAll('"', '""')}"`

/** The peer for 3+ character queries: the plain way to search with FTS5 — one
 * trigram table holding the paragraphs' text, queried with FTS5's own
 * snippet() — so both sides return what a user sees, text with the match
 * marked. (A rowid-only query on our contentless index answers in ≈ 0.3 ms but
 * returns nothing to show.) */
function bareFts5(db: Db) {
  db.exec(`CREATE VIRTUAL TABLE bench_peer USING fts5(text, tokenize='trigram');
    INSERT INTO bench_peer (rowid, text) SELECT id, text FROM paragraphs;`)
  return db.prepare(
    "SELECT rowid, snippet(bench_peer, 0, '<mark>', '</mark>', '…', 24) AS snippet FROM bench_peer WHERE bench_peer MATCH ? LIMIT ?",
  )
}

function latency(db: Db, long: string[], short: string[]): Measure[] {
  const bare = bareFts5(db)
  const like = db.prepare('SELECT id FROM paragraphs WHERE text LIKE ? LIMIT ?')
  const ours = (q: string) => search(db, q)
  return [
    {
      name: 'search p95',
      value: round(p95(timeAll(long, ours))),
      unit: 'ms',
      bar: 30,
      peer: 'bare FTS5 (snippet())',
      peerValue: round(p95(timeAll(long, (q) => bare.all(phrase(q), defaultSearchLimit)))),
      peerFactor: 1.5,
    },
    {
      name: 'search p95 short',
      value: round(p95(timeAll(short, ours))),
      unit: 'ms',
      bar: 30,
      peer: 'LIKE scan',
      peerValue: round(p95(timeAll(short, (q) => like.all(`%${q}%`, defaultSearchLimit)))),
      peerFactor: 1,
    },
  ]
}

/** Peak RSS in a fresh process, so the bench's own heap (the library's text)
 * does not count. */
function peakMemory(root: string, library: string, queries: string[]): Measure {
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const child = spawnSync(
    process.execPath,
    [tsx, join(root, 'bench', 'search-memory.ts'), root, library, JSON.stringify(queries)],
    { encoding: 'utf8' },
  )
  if (child.status !== 0) throw new Error(`search-memory.ts failed: ${child.stderr}`)
  const { maxRssMb } = JSON.parse(child.stdout.trim().split('\n').pop()!) as { maxRssMb: number }
  return { name: 'peak RSS', value: round(maxRssMb), unit: 'MB', bar: 300 }
}

export async function searchBench(root: string, scratch: string): Promise<Measure[]> {
  const file = join(scratch, 'search-library.sqlite')
  if (existsSync(file)) throw new Error(`${file} exists: the bench builds its own library`)
  const paragraphs = buildLibrary(root, file)
  const long = drawQueries(paragraphs, longQueries, 3, 8, 1)
  const short = [
    ...typicalShort,
    ...drawWords(paragraphs, shortQueries - typicalShort.length, 2).filter((q) => !typicalShort.includes(q)),
  ]
  const db = openDatabase(file)
  let measures: Measure[]
  try {
    measures = latency(db, long, short)
  } finally {
    db.close()
  }
  return [...measures, peakMemory(root, file, [...long, ...short])]
}
