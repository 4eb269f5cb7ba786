import { describe, expect, it } from 'vitest'
import {
  contrastRatio,
  edgeColor,
  MIN_TEXT_CONTRAST,
  parseHex,
  relativeLuminance,
  stackedWash,
  textContrast,
  themeColors,
  washColor,
  type WashTheme,
} from '../../../src/lib/wash'

const themes: WashTheme[] = ['light', 'sepia', 'dark']
/** The built-in categories (core migration 002) and the colours offered for new ones (stores/categories.ts). */
const builtins = ['#e0a526', '#d9534f', '#3d7fd9', '#4f9d4a']
const suggested = ['#8e6cc8', '#d9730d', '#2a9d8f', '#c2549d', '#7a8c3a', '#5b7fa6', '#b5651d', '#6d6875']
/** Colours a user might pick that would spoil the text if used as they are. */
const hostile = ['#000000', '#ffffff', '#ffff00', '#1a1a80', '#00ff00', '#ff00ff', '#202020', '#f0f0f0', '#800000']

describe('contrastRatio', () => {
  it('gives 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#3d7fd9', '#3d7fd9')).toBeCloseTo(1, 5)
  })

  it('matches the WCAG worked value for #767676 on white (4.54:1)', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })

  it('does not depend on the order of its arguments', () => {
    expect(contrastRatio('#1d1b18', '#f6e3bb')).toBe(contrastRatio('#f6e3bb', '#1d1b18'))
  })
})

describe('relativeLuminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance('#000')).toBe(0)
    expect(relativeLuminance('#ffffff')).toBe(1)
  })
})

describe('parseHex', () => {
  it('throws on a colour that is not hex', () => {
    expect(() => parseHex('red')).toThrow(/not a hex colour/)
  })
})

describe('washColor', () => {
  it('keeps the theme text at AA contrast over every built-in category in every theme', () => {
    for (const theme of themes) {
      for (const color of builtins) {
        const wash = washColor(color, theme)
        expect(textContrast(wash, theme), `${color} in ${theme}`).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST)
      }
    }
  })

  it('keeps AA for the suggested colours and for colours chosen to be hard', () => {
    for (const theme of themes) {
      for (const color of [...suggested, ...hostile]) {
        for (const ink of themeColors[theme].ink) {
          expect(contrastRatio(ink, washColor(color, theme)), `${ink} on ${color} in ${theme}`).toBeGreaterThanOrEqual(4.5)
        }
      }
    }
  })

  it('is a visible wash: not the paper itself, for each built-in in each theme', () => {
    for (const theme of themes) {
      for (const color of builtins) {
        expect(contrastRatio(washColor(color, theme), themeColors[theme].paper), `${color} in ${theme}`).toBeGreaterThan(1.1)
      }
    }
  })

  it('gives distinct washes for the four built-ins in each theme', () => {
    for (const theme of themes) expect(new Set(builtins.map((c) => washColor(c, theme))).size).toBe(4)
  })

  it('leans towards the category colour: a blue wash is bluer than it is red', () => {
    for (const theme of themes) {
      const [r, , b] = parseHex(washColor('#3d7fd9', theme))
      expect(b).toBeGreaterThan(r)
    }
  })

  it('returns a #rrggbb colour', () => {
    expect(washColor('#e0a526', 'light')).toMatch(/^#[0-9a-f]{6}$/)
  })
})

describe('stackedWash', () => {
  it('is the single wash for one colour', () => {
    for (const theme of themes) expect(stackedWash(['#d9534f'], theme)).toBe(washColor('#d9534f', theme))
  })

  it('differs visibly from either wash where two overlap, and stays at AA', () => {
    for (const theme of themes) {
      const one = washColor('#e0a526', theme)
      const both = stackedWash(['#e0a526', '#3d7fd9'], theme)
      expect(both).not.toBe(one)
      expect(contrastRatio(both, themeColors[theme].paper)).toBeGreaterThan(contrastRatio(one, themeColors[theme].paper))
      expect(textContrast(both, theme)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST)
    }
  })

  it('stays at AA however deep the stack', () => {
    for (const theme of themes) {
      const deep = stackedWash([...builtins, ...builtins, '#000000'], theme)
      expect(textContrast(deep, theme)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST)
    }
  })

  it('is the paper for no colour', () => {
    expect(stackedWash([], 'sepia')).toBe(themeColors.sepia.paper)
  })
})

describe('edgeColor', () => {
  it('is the colour itself on light paper and softened on dark', () => {
    expect(edgeColor('#3d7fd9', 'light')).toBe('#3d7fd9')
    expect(edgeColor('#3d7fd9', 'dark')).not.toBe('#3d7fd9')
  })
})
