// Turns the bytes of a text file into a string, guessing the encoding the way
// Chinese office files need: UTF-8 (with or without BOM), UTF-16 LE/BE (with or
// without BOM) and GB18030/GBK, which Windows tools still write by default. A
// wrong guess would store mojibake that the user then annotates, so every
// decode is strict (`fatal`), the legacy guess must look like Chinese text, and
// a BOM is evidence, not proof: a GB18030 body behind a UTF-8 BOM is read as
// GB18030 or refused. Bytes that are not text at all are refused as binary.
import { YanduError } from './errors'

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

export interface DecodedText {
  /** The text, without its byte-order mark. */
  text: string
  encoding: TextEncodingName
}

/** Bytes (or characters) sampled by the statistics below; 64 KB is thousands
 * of characters, plenty to judge by, and keeps a 50 MB file fast. */
const SNIFF_BYTES = 64 * 1024

/** Largest share of control characters (C0 other than tab, newlines and form
 * feeds, DEL, C1) in a text. Real text has none; random bytes about 12 %.
 * Higher lets binary files through as bad-encoding, lower refuses texts with a
 * few stray control characters that Word exports sometimes leave. */
const BINARY_CONTROL_SHARE = 0.05

/** Share of characters (whitespace aside) that must be ones a Chinese report
 * uses: ASCII, CJK ideographs and punctuation, full-width forms and common
 * symbols. Real text scores above 0.99; bytes decoded with the wrong encoding
 * land all over the code space and score about 0.4. */
const PLAUSIBLE_SHARE = 0.9

/** For a GB18030 guess, the share of double-byte characters that must lie in
 * the GB2312 area (lead A1–F7, trail A1–FE: the 6,763 common hanzi and the
 * punctuation). Simplified Chinese stays above 0.95; UTF-16 or random bytes
 * read as GBK fall mostly in the rare GBK extension areas (about 0.34).
 * Lower accepts such misreadings, higher refuses texts rich in rare or
 * traditional characters. */
const GB2312_SHARE = 0.6

/** Share of the non-ASCII characters that must be CJK (ideographs, CJK and
 * full-width punctuation) for a reading to count as Chinese. Chinese reports
 * are far above it; GB18030 bytes misread as UTF-8 give Latin, Greek or
 * Cyrillic letters, far below. */
const HAN_SHARE = 0.5

/** Encoding names a user may give, lower-cased with `-`, `_` and spaces removed. */
const ALIASES: Record<string, TextEncodingName | 'utf-16'> = {
  utf8: 'utf-8',
  utf16: 'utf-16',
  ucs2: 'utf-16le',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  windows936: 'gb18030',
  euccn: 'gb18030',
  xgbk: 'gb18030',
}

/** Decodes a text file. With `encoding` (an alias such as utf8, utf-16, gbk,
 * gb2312, gb18030), uses it instead of guessing, skipping a BOM that matches.
 * Throws YanduError 'unknown-encoding' for a name it does not know,
 * 'bad-encoding' for bytes that do not decode (or decode to implausible text),
 * 'binary-file' for NUL bytes outside UTF-16 or many control characters.
 * An empty input decodes to '' (the parser then reports an empty report). */
export function decodeText(bytes: Uint8Array, encoding?: string): DecodedText {
  if (encoding !== undefined) return decodeAs(bytes, resolveEncoding(encoding))
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8Bom(bytes.subarray(3))
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'utf-16le')
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'utf-16be')
  if (bytes.includes(0)) {
    // Zero bytes: UTF-16 (ASCII, newlines and hanzi such as 一 U+4E00 have
    // one) or binary.
    const utf16 = bestUtf16(bytes)
    if (utf16) return utf16
    throw new YanduError('binary-file', { path: '' })
  }
  const controls = controlShare(bytes) > BINARY_CONTROL_SHARE
  if (!controls) {
    const best = utf8OrGb18030(bytes)
    if (best) return best
  }
  // UTF-16 of pure CJK text has no zero bytes at all, and its low bytes may
  // look like control characters; it is tried last.
  const utf16 = bestUtf16(bytes)
  if (utf16) return utf16
  throw controls ? new YanduError('binary-file', { path: '' }) : new YanduError('bad-encoding')
}

/** The canonical name for an encoding alias; 'utf-16' keeps its byte order open.
 * Throws YanduError('unknown-encoding'). */
export function resolveEncoding(name: string): TextEncodingName | 'utf-16' {
  const resolved = ALIASES[name.toLowerCase().replace(/[-_\s]/g, '')]
  if (!resolved) throw new YanduError('unknown-encoding', { encoding: name })
  return resolved
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName | 'utf-16'): DecodedText {
  let body = bytes
  let name: TextEncodingName
  if (encoding === 'utf-16') {
    if (startsWith(bytes, [0xfe, 0xff])) name = 'utf-16be'
    else if (startsWith(bytes, [0xff, 0xfe])) name = 'utf-16le'
    else name = bestUtf16(bytes)?.encoding ?? 'utf-16le'
  } else name = encoding
  // A UTF-8 BOM in front of a GB18030 body is the lying label the user is
  // overriding: skip it rather than decode it as 锘.
  if (name === 'gb18030' && startsWith(body, [0xef, 0xbb, 0xbf])) body = body.subarray(3)
  const text = attempt(body, name)
  if (text === null) throw new YanduError('bad-encoding')
  if (looksBinary(text)) throw new YanduError('binary-file', { path: '' })
  return { text, encoding: name }
}

function decodeUtf8Bom(body: Uint8Array): DecodedText {
  // The BOM may lie (an editor added it to a GBK file): the body decides.
  const best = utf8OrGb18030(body)
  if (!best) throw new YanduError('bad-encoding')
  if (looksBinary(best.text)) throw new YanduError('binary-file', { path: '' })
  return best
}

/** UTF-8 when the bytes are valid UTF-8 and read as Chinese (or ASCII);
 * GB18030 when they read as Chinese that way instead; valid UTF-8 in another
 * script next; null when neither fits. Short GB18030 texts can be valid UTF-8
 * by chance (Latin or Cyrillic letters), hence the Chinese-first order. */
function utf8OrGb18030(bytes: Uint8Array): DecodedText | null {
  const utf8 = attempt(bytes, 'utf-8')
  if (utf8 !== null && hanShare(utf8) >= HAN_SHARE) return { text: utf8, encoding: 'utf-8' }
  const gb = attemptGb18030(bytes)
  if (gb !== null && (utf8 === null || hanShare(gb) >= HAN_SHARE)) return { text: gb, encoding: 'gb18030' }
  return utf8 === null ? null : { text: utf8, encoding: 'utf-8' }
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const text = attempt(body, encoding)
  if (text === null || !plausible(text)) throw new YanduError('bad-encoding')
  if (looksBinary(text)) throw new YanduError('binary-file', { path: '' })
  return { text, encoding }
}

/** Strict decode without BOM handling; null when the bytes are not valid. */
function attempt(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: encoding === 'gb18030' }).decode(bytes)
  } catch {
    return null
  }
}

function attemptGb18030(bytes: Uint8Array): string | null {
  if (gb2312Share(bytes) < GB2312_SHARE) return null
  const text = attempt(bytes, 'gb18030')
  return text !== null && plausible(text) && !looksBinary(text) ? text : null
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte)
}

/** UTF-16 without a BOM: the byte order whose reading is plausible and has
 * more common characters (强 is 5F3A; read backwards, 3A5F is a rare hanzi;
 * `A` is 0041, read backwards 4100, a rare one too); null when neither reads
 * as text. */
function bestUtf16(bytes: Uint8Array): DecodedText | null {
  const readings: DecodedText[] = []
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = attempt(bytes, encoding)
    if (text !== null && plausible(text) && !looksBinary(text)) readings.push({ text, encoding })
  }
  readings.sort((a, b) => commonShare(b.text) - commonShare(a.text))
  return readings[0] ?? null
}

const isControl = (c: number) =>
  (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)

/** Share of control bytes in the first SNIFF_BYTES (bytes 0x80–0x9F are lead
 * or trail bytes in UTF-8 and GBK, so only C0 and DEL count here). */
function controlShare(bytes: Uint8Array): number {
  const end = Math.min(bytes.length, SNIFF_BYTES)
  let controls = 0
  for (let i = 0; i < end; i++) if (bytes[i] < 0x80 && isControl(bytes[i])) controls++
  return end === 0 ? 0 : controls / end
}

function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true
  const end = Math.min(text.length, SNIFF_BYTES)
  let controls = 0
  for (let i = 0; i < end; i++) if (isControl(text.charCodeAt(i))) controls++
  return end > 0 && controls / end > BINARY_CONTROL_SHARE
}

/** Share of GB double-byte characters in the GB2312 area; 1 when there are none. */
function gb2312Share(bytes: Uint8Array): number {
  let multi = 0
  let common = 0
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]
    if (lead < 0x80) {
      i++
      continue
    }
    const trail = bytes[i + 1]
    multi++
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4 // a four-byte GB18030 sequence
      continue
    }
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) common++
    i += 2
  }
  return multi === 0 ? 1 : common / multi
}

/** Code point ranges a Chinese report is made of, besides ASCII. */
const PLAUSIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00a0, 0x024f], // Latin-1 and Latin Extended: ·, é, ü
  [0x0370, 0x04ff], // Greek and Cyrillic (both in GB2312)
  [0x2000, 0x27bf], // punctuation, letterlike, numbers, arrows, math, ①, box, ■, ★, ❶
  [0x2e80, 0x33ff], // CJK radicals, symbols and punctuation, kana, bopomofo, enclosed CJK
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe6f], // vertical and small forms
  [0xff00, 0xffef], // full-width forms
  [0x20000, 0x3134f], // CJK extensions B–G
]

/** CJK ideographs and the punctuation Chinese text uses (“” — … are General Punctuation). */
const HAN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x2000, 0x206f],
  [0x2e80, 0x9fff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
  [0x20000, 0x3134f],
]

/** Share of CJK characters among the non-ASCII ones (of at most SNIFF_BYTES);
 * 1 for pure ASCII. */
function hanShare(text: string): number {
  let other = 0
  let han = 0
  for (const char of text.slice(0, SNIFF_BYTES)) {
    const c = char.codePointAt(0)!
    if (c < 0x80) continue
    if (HAN_RANGES.some(([from, to]) => c >= from && c <= to)) han++
    else other++
  }
  return han + other === 0 ? 1 : han / (han + other)
}

/** Share of characters among the common ones: ASCII, the CJK Unified block,
 * CJK and full-width punctuation. Tells UTF-16 LE from BE without a BOM. */
function commonShare(text: string): number {
  let common = 0
  const sample = text.slice(0, SNIFF_BYTES)
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) common++
  }
  return sample.length === 0 ? 0 : common / sample.length
}

/** True when at least PLAUSIBLE_SHARE of the characters (whitespace aside, at
 * most SNIFF_BYTES of them) are ones a Chinese report uses. */
function plausible(text: string): boolean {
  let total = 0
  let good = 0
  for (const char of text.slice(0, SNIFF_BYTES)) {
    const c = char.codePointAt(0)!
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b || c === 0x3000) continue
    total++
    if ((c > 0x20 && c < 0x7f) || PLAUSIBLE_RANGES.some(([from, to]) => c >= from && c <= to)) good++
  }
  return total === 0 || good / total >= PLAUSIBLE_SHARE
}
