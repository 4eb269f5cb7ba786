// Runs a measure several times and keeps the median: one slow run (a GC, the
// other core busy) should not decide a number.
export interface Measure {
  name: string
  value: number
  unit: 'ms' | 'MB' | 'count' | '%'
  bar: number
  peer?: string
  peerValue?: number
  /** 'higher' where more is better (a count of correct results); 'lower' by default. */
  better?: 'lower' | 'higher'
  /** When the bar also asks for a comparison with the peer: the value must
   * be better than peerValue × peerFactor (1: beat the peer; 1.5: within 1.5×). */
  peerFactor?: number
}

/** Whether a measure meets its bar (and its peer comparison, if any). */
export function meetsBar(m: Measure): boolean {
  const higher = m.better === 'higher'
  const barOk = higher ? m.value >= m.bar : m.value < m.bar
  if (m.peerFactor === undefined || m.peerValue === undefined) return barOk
  const limit = m.peerValue * m.peerFactor
  return barOk && (higher ? m.value >= limit : m.value <= limit)
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
