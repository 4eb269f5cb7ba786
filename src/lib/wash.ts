// Highlight washes: a category's colour mixed into the paper of the theme, as
// a soft marker band the text stays readable on. Each wash is checked against
// every text colour drawn over it (WCAG 2.x contrast ratio, AA: 4.5:1) and
// made paler until it passes, so a user's own dark or saturated colour can
// never make the report hard to read. Overlaps stack: each further layer
// deepens the band, under the same check.
//
// Plain functions, no DOM: the renderer calls them per theme, the unit tests
// (test/unit/renderer/wash.test.ts) check every built-in colour in every theme.

export type WashTheme = 'light' | 'sepia' | 'dark'

/** The paper and the text colours of each theme, as in src/styles/theme.css
 * (--paper, --ink, --ink-strong). Keep the two in step. */
export const themeColors: Record<WashTheme, { paper: string; ink: readonly string[] }> = {
  light: { paper: '#fffefb', ink: ['#1d1b18', '#0f0e0c'] },
  sepia: { paper: '#f6eedb', ink: ['#3a2c1b', '#2a1f12'] },
  dark: { paper: '#1d1c1a', ink: ['#d8d2c6', '#ece6da'] },
}

/** WCAG 2.x AA for body text. */
export const MIN_TEXT_CONTRAST = 4.5

/** How much of the category colour goes into the paper. Stronger on sepia
 * (the paper is already tinted) and a little weaker on dark, where a colour
 * lifts the background towards the light text. A wash is paler than this
 * whenever the contrast check asks for it. */
const strength: Record<WashTheme, number> = { light: 0.3, sepia: 0.34, dark: 0.3 }
/** Each overlapping layer after the first adds this share of a full wash. */
const stackStrength = 0.6
/** Layers beyond this many add nothing visible; they are not drawn. */
export const MAX_STACK = 3

type Rgb = [number, number, number]

/** `#rrggbb` (or `#rgb`) to channels 0–255. Throws on anything else. */
export function parseHex(color: string): Rgb {
  let hex = color.trim().replace(/^#/, '')
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c)
  if (!/^[0-9a-f]{6}$/i.test(hex)) throw new Error(`not a hex colour: ${color}`)
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`
}

/** `amount` of `over` laid on `base` (0: base, 1: over). */
function mix(base: Rgb, over: Rgb, amount: number): Rgb {
  return base.map((c, i) => c + (over[i] - c) * amount) as Rgb
}

/** WCAG 2.x relative luminance of a colour. */
export function relativeLuminance(color: string): number {
  const [r, g, b] = parseHex(color).map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2.x contrast ratio of two colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** The lowest contrast of the theme's text colours over `background`. */
export function textContrast(background: string, theme: WashTheme): number {
  return Math.min(...themeColors[theme].ink.map((ink) => contrastRatio(ink, background)))
}

/** Lays the colours on the paper, the first at `scale` × a full wash, each
 * further one at `scale` × stackStrength × a full wash. */
function composite(colors: readonly Rgb[], theme: WashTheme, scale: number): string {
  let acc = parseHex(themeColors[theme].paper)
  colors.forEach((c, i) => {
    acc = mix(acc, c, strength[theme] * scale * (i === 0 ? 1 : stackStrength))
  })
  return toHex(acc)
}

/** The strongest composite (scale ≤ 1) whose text contrast passes AA. The
 * paper itself passes in every theme, so a pale enough wash always exists;
 * bisection finds it in a few steps, and the result is checked after
 * rounding to hex. */
function readable(colors: readonly Rgb[], theme: WashTheme): string {
  const full = composite(colors, theme, 1)
  if (textContrast(full, theme) >= MIN_TEXT_CONTRAST) return full
  let lo = 0
  let hi = 1
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2
    if (textContrast(composite(colors, theme, mid), theme) >= MIN_TEXT_CONTRAST) lo = mid
    else hi = mid
  }
  return composite(colors, theme, lo)
}

const cache = new Map<string, string>()

/** The wash of one category colour (`#rrggbb`) in a theme: an opaque colour
 * whose contrast with every text colour of the theme is at least 4.5:1.
 * Throws on a colour that is not hex. */
export function washColor(categoryColor: string, theme: WashTheme): string {
  return stackedWash([categoryColor], theme)
}

/** The wash where several highlights overlap, bottom layer first (at most
 * MAX_STACK are drawn: the top ones). Same guarantee as washColor. */
export function stackedWash(colors: readonly string[], theme: WashTheme): string {
  const layers = colors.slice(-MAX_STACK)
  const key = `${theme}|${layers.join(',')}`
  let wash = cache.get(key)
  if (wash === undefined) {
    wash = layers.length ? readable(layers.map(parseHex), theme) : themeColors[theme].paper
    cache.set(key, wash)
  }
  return wash
}

/** The category colour as a thin line or swatch on the theme's paper (the
 * colour bar of a card, the underline of an overlap): the colour itself,
 * a little softened on dark paper so it does not glare. */
export function edgeColor(categoryColor: string, theme: WashTheme): string {
  if (theme !== 'dark') return toHex(parseHex(categoryColor))
  return toHex(mix(parseHex(categoryColor), parseHex(themeColors.dark.ink[0]), 0.15))
}
