import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText, resolveEncoding } from '../../../electron/core/decode-text'

const sample = '今后怎么干？ 六个地方要给力\n——衡阳市第十二次党代会工作报告解读\n1 强创新，建设更高水平的国家创新型城市\n强化科技创新。“三高四新”战略，2025年达到3.5%。\n'
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'))
const encode = (text: string, encoding: string, addBOM = false) => new Uint8Array(iconv.encode(text, encoding, { addBOM }))
const codeOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return (error as { code?: string }).code
  }
  return 'no error'
}

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8(sample))).toEqual({ text: sample, encoding: 'utf-8' })
  })

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeText(utf8('\uFEFF' + sample))).toEqual({ text: sample, encoding: 'utf-8' })
  })

  it('reads UTF-16 LE and BE by their BOMs', () => {
    expect(decodeText(encode(sample, 'utf-16le', true))).toEqual({ text: sample, encoding: 'utf-16le' })
    expect(decodeText(encode(sample, 'utf-16be', true))).toEqual({ text: sample, encoding: 'utf-16be' })
  })

  it('reads UTF-16 LE and BE without a BOM', () => {
    expect(decodeText(encode(sample, 'utf-16le'))).toEqual({ text: sample, encoding: 'utf-16le' })
    expect(decodeText(encode(sample, 'utf-16be'))).toEqual({ text: sample, encoding: 'utf-16be' })
  })

  it('reads UTF-16 LE without a BOM even when it has no zero byte (no ASCII at all)', () => {
    const text = '强化科技创新，建设产业转型升级示范区。加快建设国家创新型城市。'
    expect(decodeText(encode(text, 'utf-16le'))).toEqual({ text, encoding: 'utf-16le' })
  })

  it('reads GB18030 (and GBK) text', () => {
    expect(decodeText(encode(sample, 'gb18030'))).toEqual({ text: sample, encoding: 'gb18030' })
    expect(decodeText(encode(sample, 'gbk'))).toEqual({ text: sample, encoding: 'gb18030' })
  })

  it('reads a GB18030 body behind a lying UTF-8 BOM as GB18030, not as mojibake', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(sample, 'gb18030')])
    expect(decodeText(bytes)).toEqual({ text: sample, encoding: 'gb18030' })
  })

  it('prefers GB18030 when the bytes are valid UTF-8 only by chance and read as Latin letters', () => {
    // 芦 is C2 AB in GB18030: valid UTF-8 for «.
    const text = '芦苇'
    expect(decodeText(encode(text, 'gb18030'))).toEqual({ text, encoding: 'gb18030' })
  })

  it('keeps valid UTF-8 in other scripts as UTF-8', () => {
    const text = 'Résumé, naïve café — Ελλάδα, Россия'
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8' })
  })

  it('decodes an empty input to an empty text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' })
  })

  it('refuses bytes that are no known encoding with bad-encoding', () => {
    expect(codeOf(() => decodeText(new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1])))).toBe('bad-encoding')
    expect(codeOf(() => decodeText(encode('café olé à la carte', 'latin1')))).toBe('bad-encoding')
  })

  it('refuses a GB18030 body behind a UTF-16 BOM with bad-encoding', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...encode('中华人民共和国国民经济和社会发展', 'gb18030')])
    expect(codeOf(() => decodeText(bytes))).toBe('bad-encoding')
  })

  it('refuses random bytes with NULs, and control characters, as binary-file', () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24)
    random[17] = 0
    expect(codeOf(() => decodeText(random))).toBe('binary-file')
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x07 : 0x41))
    expect(codeOf(() => decodeText(controls))).toBe('binary-file')
  })

  describe('with an explicit encoding', () => {
    it('uses it instead of the guess, whatever alias names it', () => {
      expect(decodeText(encode(sample, 'gb18030'), 'GBK')).toEqual({ text: sample, encoding: 'gb18030' })
      expect(decodeText(encode(sample, 'gb18030'), 'gb2312')).toEqual({ text: sample, encoding: 'gb18030' })
      expect(decodeText(utf8('\uFEFF' + sample), 'utf8')).toEqual({ text: sample, encoding: 'utf-8' })
      expect(decodeText(encode(sample, 'utf-16be'), 'UTF-16BE')).toEqual({ text: sample, encoding: 'utf-16be' })
    })

    it('takes the byte order of utf-16 from the BOM or the content', () => {
      expect(decodeText(encode(sample, 'utf-16be', true), 'utf-16')).toEqual({ text: sample, encoding: 'utf-16be' })
      expect(decodeText(encode(sample, 'utf-16le'), 'utf-16')).toEqual({ text: sample, encoding: 'utf-16le' })
    })

    it('skips a lying UTF-8 BOM when told the body is GB18030', () => {
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(sample, 'gb18030')])
      expect(decodeText(bytes, 'gb18030')).toEqual({ text: sample, encoding: 'gb18030' })
    })

    it('still refuses bytes that do not decode with bad-encoding', () => {
      expect(codeOf(() => decodeText(encode(sample, 'gb18030'), 'utf-8'))).toBe('bad-encoding')
      expect(codeOf(() => decodeText(new Uint8Array([0x41, 0x00, 0x42]), 'utf-16le'))).toBe('bad-encoding')
    })

    it('refuses a name it does not know with unknown-encoding', () => {
      expect(codeOf(() => decodeText(utf8(sample), 'ebcdic'))).toBe('unknown-encoding')
    })
  })

  describe('properties', () => {
    const alphabet = [
      ...'强创新建设城市中心衡阳党代会工作报告解读奋斗篇要给力芦苇',
      ...'。，；！？：“”…、（）—■',
      ...'Ax1 2.',
      '\n',
      '\r\n',
      '\u3000',
    ]
    const text = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 200 }).map((chars) => chars.join(''))

    it('round-trips any text encoded as UTF-8, GB18030 or UTF-16LE (with BOM)', () => {
      fc.assert(
        fc.property(text, fc.constantFrom('utf-8', 'gb18030', 'utf-16le'), (source, encoding) => {
          const bytes = encode(source, encoding, encoding === 'utf-16le')
          expect(decodeText(bytes).text).toBe(source)
        }),
        { numRuns: 1000 },
      )
    })

    it('round-trips any text under its explicit encoding', () => {
      fc.assert(
        fc.property(text, fc.constantFrom('utf-8', 'gb18030', 'utf-16le', 'utf-16be'), (source, encoding) => {
          expect(decodeText(encode(source, encoding), encoding).text).toBe(source)
        }),
        { numRuns: 500 },
      )
    })
  })
})

describe('resolveEncoding', () => {
  it('maps the usual aliases to one canonical name', () => {
    expect(['utf8', 'UTF-8', 'gbk', 'GB2312', 'cp936', 'utf_16le', 'UTF-16'].map(resolveEncoding)).toEqual([
      'utf-8',
      'utf-8',
      'gb18030',
      'gb18030',
      'gb18030',
      'utf-16le',
      'utf-16',
    ])
  })
})
