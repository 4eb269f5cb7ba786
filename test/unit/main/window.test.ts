// The window's security settings, held in place: isolation and sandbox, the CSP
// header, no new windows, no navigation away, no permissions.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy } from '../../../electron/core/content-security-policy'

const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown
  const listeners = new Map<string, Listener>()
  const webContents = {
    listeners,
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, listener)
    }),
    setWindowOpenHandler: vi.fn(),
  }
  class BrowserWindow {
    webContents = webContents
    readyHandlers = new Map<string, Listener>()
    show = vi.fn()
    constructor(public options: Record<string, unknown>) {
      windows.push(this)
    }
    once(name: string, listener: Listener) {
      this.readyHandlers.set(name, listener)
    }
  }
  const windows: BrowserWindow[] = []
  const session = {
    defaultSession: {
      webRequest: { onHeadersReceived: vi.fn() },
      setPermissionRequestHandler: vi.fn(),
    },
  }
  return {
    BrowserWindow,
    windows,
    webContents,
    session,
    shell: { openExternal: vi.fn(async (_url: string) => {}) },
    app: { getAppPath: () => '/opt/yandu' },
  }
})

vi.mock('electron', () => ({
  app: electron.app,
  BrowserWindow: electron.BrowserWindow,
  session: electron.session,
  shell: electron.shell,
}))

const { createMainWindow, isAllowedExternal, preloadFile, rendererDir, webPreferences } = await import(
  '../../../electron/main/window'
)
const { createAppUrlCheck } = await import('../../../electron/main/ipc')

const isAppUrl = createAppUrlCheck({ rendererDir })
const appPageUrl = pathToFileURL(join(rendererDir, 'index.html')).href

function open(externalAllowList: string[] = []) {
  electron.windows.length = 0
  electron.webContents.listeners.clear()
  vi.clearAllMocks()
  const window = createMainWindow({ isAppUrl, externalAllowList })
  return { window, record: electron.windows[0]! }
}

function navigation(name: string, url: string) {
  const event = { url, preventDefault: vi.fn() }
  electron.webContents.listeners.get(name)!(event, url)
  return event
}

describe('webPreferences', () => {
  it('isolates and sandboxes the page, with no Node', () => {
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      webviewTag: false,
    })
    expect(webPreferences.preload).toBe(preloadFile)
    expect(preloadFile).toBe(join('/opt/yandu', 'out', 'preload', 'index.cjs'))
  })

  it('is what the window is created with', () => {
    const { record } = open()
    expect(record.options.webPreferences).toEqual(webPreferences)
    expect(record.options).toMatchObject({ width: 1440, height: 900, minWidth: 960, minHeight: 600, show: false })
    expect(record.options.title).toBe('研读 Yandu')
  })
})

describe('createMainWindow', () => {
  beforeEach(() => {
    open()
  })

  it('shows the window once it is ready to show', () => {
    const { record } = open()
    expect(record.show).not.toHaveBeenCalled()
    record.readyHandlers.get('ready-to-show')!()
    expect(record.show).toHaveBeenCalled()
  })

  it('sets the CSP header to the shared policy, replacing any other', () => {
    const listener = electron.session.defaultSession.webRequest.onHeadersReceived.mock.calls[0]![0] as (
      details: unknown,
      callback: (response: { responseHeaders: Record<string, string[]> }) => void,
    ) => void
    const callback = vi.fn()
    listener({ responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } }, callback)
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy])
    expect(headers['content-security-policy']).toBeUndefined()
    expect(headers['X-Other']).toEqual(['1'])
    expect(contentSecurityPolicy).not.toMatch(/https?:|wss?:|\*/)
  })

  it('denies every permission request but writing the clipboard', () => {
    const handler = electron.session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as (
      ...args: unknown[]
    ) => void
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn()
      handler({}, permission, callback, {})
      expect(callback).toHaveBeenCalledWith(false)
    }
    const copy = vi.fn()
    handler({}, 'clipboard-sanitized-write', copy, {})
    expect(copy).toHaveBeenCalledWith(true)
  })

  it('prevents navigation and redirects away from the app page', () => {
    expect(navigation('will-navigate', 'https://evil.example/').preventDefault).toHaveBeenCalled()
    expect(navigation('will-navigate', 'file:///etc/passwd').preventDefault).toHaveBeenCalled()
    expect(navigation('will-redirect', 'https://evil.example/').preventDefault).toHaveBeenCalled()
    expect(navigation('will-navigate', appPageUrl).preventDefault).not.toHaveBeenCalled()
    expect(electron.shell.openExternal).not.toHaveBeenCalled()
  })

  it('denies window.open, opening nothing when the allow list is empty', () => {
    const handler = electron.webContents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => unknown
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(handler({ url: appPageUrl })).toEqual({ action: 'deny' })
    expect(electron.shell.openExternal).not.toHaveBeenCalled()
  })

  it('opens only allow-listed https links in the system browser', () => {
    open(['https://docs.example.org/help/'])
    const handler = electron.webContents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => unknown
    expect(handler({ url: 'https://docs.example.org/help/a' })).toEqual({ action: 'deny' })
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://docs.example.org/help/a')
    handler({ url: 'https://docs.example.org.evil.test/help/a' })
    expect(navigation('will-navigate', 'https://docs.example.org/help/b').preventDefault).toHaveBeenCalled()
    expect(electron.shell.openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://docs.example.org/help/a',
      'https://docs.example.org/help/b',
    ])
  })

  it('refuses webviews', () => {
    const event = { preventDefault: vi.fn() }
    electron.webContents.listeners.get('will-attach-webview')!(event)
    expect(event.preventDefault).toHaveBeenCalled()
  })
})

describe('isAllowedExternal', () => {
  const list = ['https://docs.example.org/help/']
  it('needs https, the same origin and the path prefix', () => {
    expect(isAllowedExternal('https://docs.example.org/help/x', list)).toBe(true)
    expect(isAllowedExternal('http://docs.example.org/help/x', list)).toBe(false)
    expect(isAllowedExternal('https://docs.example.org/other', list)).toBe(false)
    expect(isAllowedExternal('https://user:pw@docs.example.org/help/x', list)).toBe(false)
    expect(isAllowedExternal('https://docs.example.org/help/x', [])).toBe(false)
    expect(isAllowedExternal('nonsense', list)).toBe(false)
  })
})
