// Washes as class names: each distinct wash (a stack of category colours in
// a theme) gets one CSS rule in a constructed style sheet, and the marks carry
// only its class. Hundreds of marks then cost the browser no inline style to
// parse each, and a theme change is new classes, not new markup rules.
// (Constructed sheets are CSSOM, untouched by the page's style-src policy.)
import { edgeColor, stackedWash, type WashTheme } from './wash'

let sheet: CSSStyleSheet | null = null
const classes = new Map<string, string>()

function rule(css: string): void {
  if (!sheet) {
    sheet = new CSSStyleSheet()
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  }
  sheet.insertRule(css, sheet.cssRules.length)
}

function classFor(key: string, declarations: () => string): string {
  let name = classes.get(key)
  if (name === undefined) {
    name = `hlw${classes.size}`
    classes.set(key, name)
    rule(`mark.${name}{${declarations()}}`)
  }
  return name
}

/** The class of the wash of `colors` (bottom first) in `theme`. */
export function washClass(colors: readonly string[], theme: WashTheme): string {
  return classFor(`w|${theme}|${colors.join(',')}`, () => `background-color:${stackedWash(colors, theme)}`)
}

/** The class that draws the line of a highlight beneath an overlap. */
export function underClass(color: string, theme: WashTheme): string {
  return classFor(`u|${theme}|${color}`, () => `--hl-under:${edgeColor(color, theme)}`)
}
