// The one window and the rules it lives by: isolated, sandboxed, no Node, a
// strict CSP, no new windows, no navigation away from the app's own page and no
// permissions. The settings follow Electron's security checklist; they are
// exported so the tests can hold them in place.
import { join } from 'node:path'
import { app, BrowserWindow, session, shell, type Session, type WebContents, type WebPreferences } from 'electron'
import { contentSecurityPolicy } from '../core/content-security-policy'

/** The app's root: the folder of package.json in development, app.asar when packaged. */
export const appRoot = app.getAppPath()
export const rendererDir = join(appRoot, 'out', 'renderer')
export const preloadFile = join(appRoot, 'out', 'preload', 'index.cjs')

export const webPreferences = Object.freeze({
  preload: preloadFile,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} satisfies WebPreferences)

/** The reading area's paper white, so the window does not flash another colour
 * before the page paints. */
export const backgroundColor = '#faf8f3'

export interface MainWindowOptions {
  /** Whether a URL is the app's own page (see createAppUrlCheck). */
  isAppUrl: (url: string) => boolean
  /** https URL prefixes that links may open in the system browser; none by default. */
  externalAllowList?: readonly string[]
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  hardenSession(session.defaultSession)
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: '研读 Yandu',
    backgroundColor,
    show: false,
    webPreferences: { ...webPreferences },
  })
  hardenWebContents(window.webContents, options.isAppUrl, options.externalAllowList ?? [])
  window.once('ready-to-show', () => window.show())
  return window
}

/** The CSP as a header (for the dev server; the built page also carries it in
 * a meta tag, since file:// responses have no headers) and no permissions. */
export function hardenSession(target: Session): void {
  target.webRequest.onHeadersReceived((details, callback) => {
    const others = Object.entries(details.responseHeaders ?? {}).filter(
      ([name]) => name.toLowerCase() !== 'content-security-policy',
    )
    const responseHeaders = Object.fromEntries(others)
    responseHeaders['Content-Security-Policy'] = [contentSecurityPolicy]
    callback({ responseHeaders })
  })
  // Only writing to the clipboard ("copy with citation") is granted.
  target.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowedPermissions.has(permission)),
  )
}

/** Permissions the page may have: writing the clipboard, nothing else (no
 * reading it, no camera, no notifications, no external protocols). */
export const allowedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write'])

/** No new windows, no webviews, no navigation but within the app's own page.
 * A link to an allow-listed https URL opens in the system browser instead. */
export function hardenWebContents(
  contents: WebContents,
  isAppUrl: (url: string) => boolean,
  externalAllowList: readonly string[],
): void {
  const openIfAllowed = (url: string) => {
    if (isAllowedExternal(url, externalAllowList)) void shell.openExternal(url)
  }
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return
    event.preventDefault()
    openIfAllowed(event.url)
  })
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** An https URL under one of the allow-listed prefixes, compared parsed (a
 * string prefix would let https://example.com.evil.test through). */
export function isAllowedExternal(url: string, allowList: readonly string[]): boolean {
  const target = parseHttps(url)
  if (!target || target.username || target.password) return false
  return allowList.some((entry) => {
    const allowed = parseHttps(entry)
    return !!allowed && allowed.origin === target.origin && target.pathname.startsWith(allowed.pathname)
  })
}

function parseHttps(url: string): URL | null {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' ? parsed : null
  } catch {
    return null
  }
}
