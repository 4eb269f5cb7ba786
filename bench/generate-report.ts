// Generates large reports from the seed for the bench: the seed's parts
// repeated with running part numbers, so the parser sees a real heading scheme.
import { readFileSync } from 'node:fs'

export function seedText(file: string): string {
  return readFileSync(file, 'utf8')
}

/** A report of about `bytes` UTF-8 bytes made of the seed's parts, renumbered 1, 2, 3… */
export function reportOfSize(seed: string, bytes: number): string {
  const lines = seed.split('\n')
  const firstPart = lines.findIndex((l) => /^1 /.test(l))
  const front = lines.slice(0, firstPart).join('\n')
  const body = lines.slice(firstPart)
  const out: string[] = [front]
  let size = Buffer.byteLength(front)
  let part = 0
  while (size < bytes) {
    for (const line of body) {
      const renumbered = /^\d \S/.test(line) ? line.replace(/^\d/, String(++part)) : line
      out.push(renumbered)
      size += Buffer.byteLength(renumbered) + 1
      if (size >= bytes) break
    }
  }
  return out.join('\n')
}
