// Prints a brief's HTML to PDF. Behind a small interface: the command line
// and the browser host use the system Chromium, headless, through
// playwright-core; the desktop app can pass Electron's printToPDF instead.
// Chromium gets the shipped fontconfig file (resources/fonts/fonts.conf) so
// the official faces the HTML names map to CJK faces that exist here.
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { YanduError } from './errors'

export interface PdfPrinter {
  /** The PDF of a self-contained HTML document (the page size and margins
   * come from its @page rule). */
  printHtml(html: string): Promise<Buffer>
}

/** The flags Chromium runs with here: no sandbox (containers), no GPU, and
 * nothing that phones home or updates. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const

export const DEFAULT_CHROMIUM = '/usr/bin/chromium'
const PLAYWRIGHT = 'playwright-core'
/** How long one print may take before it is given up, in ms. */
const PRINT_TIMEOUT_MS = 60_000

/** The shipped fontconfig file: $YANDU_FONTCONFIG, else resources/fonts/fonts.conf
 * found walking up from this module (electron/core/ in the sources, out/main/
 * when built); null when there is none. */
export function shippedFontConfig(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.YANDU_FONTCONFIG && existsSync(env.YANDU_FONTCONFIG)) return env.YANDU_FONTCONFIG
  let dir = import.meta.dirname
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'resources', 'fonts', 'fonts.conf')
    if (existsSync(candidate)) return candidate
    dir = dirname(dir)
  }
  return null
}

export interface ChromiumPrinterOptions {
  /** The Chromium to run: $YANDU_CHROMIUM, else /usr/bin/chromium. */
  executablePath?: string
  /** FONTCONFIG_FILE for Chromium: the shipped file by default. */
  fontConfigFile?: string | null
}

/** Prints with a headless system Chromium started for each document (a
 * second or so; exports are rare). Throws YanduError('pdf-unavailable') when
 * Chromium or playwright-core is missing or fails to start. */
export function chromiumPdfPrinter(options: ChromiumPrinterOptions = {}): PdfPrinter {
  return {
    async printHtml(html) {
      const executablePath = resolve(options.executablePath ?? process.env.YANDU_CHROMIUM ?? DEFAULT_CHROMIUM)
      if (!existsSync(executablePath)) throw new YanduError('pdf-unavailable', { detail: executablePath })
      const fontConfig = options.fontConfigFile === undefined ? shippedFontConfig() : options.fontConfigFile
      // Loaded on demand: playwright-core is a tool of the command line and
      // the browser host, never loaded by the desktop app. The name is a
      // variable so the bundler leaves it to Node: bundled, playwright-core
      // cannot find its own package.json.
      let chromium: typeof import('playwright-core').chromium
      try {
        ;({ chromium } = (await import(/* @vite-ignore */ PLAYWRIGHT)) as typeof import('playwright-core'))
      } catch (error) {
        throw new YanduError('pdf-unavailable', { detail: (error as Error).message })
      }
      const env: Record<string, string> = {}
      for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value
      if (fontConfig) env.FONTCONFIG_FILE = fontConfig
      let browser: Awaited<ReturnType<typeof chromium.launch>>
      try {
        browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS], env, timeout: PRINT_TIMEOUT_MS })
      } catch (error) {
        throw new YanduError('pdf-unavailable', { detail: (error as Error).message.split('\n')[0] })
      }
      try {
        const page = await browser.newPage()
        // The document is self-contained; anything it asked for would be a bug.
        await page.route('**/*', (route) => route.abort())
        await page.setContent(html, { waitUntil: 'load', timeout: PRINT_TIMEOUT_MS })
        // outline and tagged: bookmarks from the headings, and a PDF screen readers can follow.
        return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, outline: true, tagged: true })
      } finally {
        await browser.close()
      }
    },
  }
}
