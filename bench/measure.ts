// Runs a measure several times and keeps the median: one slow run (a GC, the
// other core busy) should not decide a number.
export interface Measure {
  name: string
  value: number
  unit: 'ms' | 'MB'
  bar: number
  peer?: string
  peerValue?: number
  note?: string
}

export async function median(runs: number, fn: () => number | Promise<number>): Promise<number> {
  const values: number[] = []
  for (let i = 0; i < runs; i++) values.push(await fn())
  values.sort((a, b) => a - b)
  return values[Math.floor(values.length / 2)]
}

export function time(fn: () => void): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

export const round = (n: number) => Math.round(n * 100) / 100
