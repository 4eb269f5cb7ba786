// The IPC boundary: every contract method and nothing else is registered, a
// foreign frame and malformed input are both refused before the core runs, and
// results and errors come back as envelopes.
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { apiMethods, ipcPrefix, type YanduHandlers } from '../../../electron/api'
import { YanduError } from '../../../electron/core/errors'
import {
  createAppUrlCheck,
  createTrustedFrameCheck,
  registerApi,
  type AppPage,
  type FrameLike,
} from '../../../electron/main/ipc'

// The real package throws on import without its binary; ipc.ts must not need it.
vi.mock('electron', () => ({}))

const rendererDir = resolve('/opt/yandu/out/renderer')
const page: AppPage = { rendererDir }
const appPageUrl = pathToFileURL(join(rendererDir, 'index.html')).href + '#/reader/1'

type Listener = (event: { senderFrame: FrameLike | null }, input?: unknown) => Promise<unknown>

function fakeIpcMain() {
  const listeners = new Map<string, Listener>()
  return {
    listeners,
    handle: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, listener)
    }),
    removeHandler: vi.fn((channel: string) => {
      listeners.delete(channel)
    }),
  }
}

function spyHandlers(): YanduHandlers {
  const handlers = Object.fromEntries(apiMethods.map((m) => [m, vi.fn(() => `${m} result`)]))
  return handlers as unknown as YanduHandlers
}

function setup(handlers: YanduHandlers = spyHandlers(), locale?: () => 'zh-CN' | 'en') {
  const ipcMain = fakeIpcMain()
  const dispose = registerApi(ipcMain as never, handlers, createTrustedFrameCheck(page), locale)
  const call = (method: string, input: unknown, url = appPageUrl, parent: FrameLike['parent'] = null) => {
    const listener = ipcMain.listeners.get(ipcPrefix + method)
    if (!listener) throw new Error(`no handler for ${method}`)
    return listener({ senderFrame: { url, parent } }, input)
  }
  return { ipcMain, handlers, call, dispose }
}

describe('registerApi', () => {
  it('words errors in the language the user chose', async () => {
    const { call } = setup(spyHandlers(), () => 'en')
    const reply = (await call('getOutline', { reportId: 'x' })) as { ok: false; error: { message: string } }
    expect(reply.error.message).toMatch(/^Invalid input/)
  })

  it('registers every contract method under the prefix, and nothing else', () => {
    const { ipcMain, dispose } = setup()
    const channels = ipcMain.handle.mock.calls.map(([channel]) => channel)
    expect(channels.sort()).toEqual(apiMethods.map((m) => ipcPrefix + m).sort())
    dispose()
    expect(ipcMain.listeners.size).toBe(0)
  })

  it('returns the handler result for a good call from the app page', async () => {
    const { call, handlers } = setup()
    await expect(call('getOutline', { reportId: 3 })).resolves.toEqual({ ok: true, result: 'getOutline result' })
    expect(handlers.getOutline).toHaveBeenCalledWith({ reportId: 3 })
    await expect(call('listReports', undefined)).resolves.toEqual({ ok: true, result: 'listReports result' })
  })

  it.each([
    ['a remote page', 'https://evil.example/'],
    ['a file outside the renderer folder', pathToFileURL(resolve('/opt/yandu/out/evil.html')).href],
    ['a sibling folder sharing the prefix', pathToFileURL(resolve('/opt/yandu/out/renderer-evil/index.html')).href],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['about:blank', 'about:blank'],
  ])('refuses a call from %s without reaching the core', async (_, url) => {
    const { call, handlers } = setup()
    const reply = (await call('listReports', {}, url)) as { ok: boolean; error: { code: string } }
    expect(reply.ok).toBe(false)
    expect(reply.error.code).toBe('untrusted-sender')
    expect(handlers.listReports).not.toHaveBeenCalled()
  })

  it('refuses a call from a subframe or a frame that is gone', async () => {
    const { ipcMain, call, handlers } = setup()
    const sub = await call('listReports', {}, appPageUrl, { url: appPageUrl } as FrameLike['parent'])
    expect(sub).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } })
    const gone = await ipcMain.listeners.get(ipcPrefix + 'listReports')!({ senderFrame: null }, {})
    expect(gone).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } })
    expect(handlers.listReports).not.toHaveBeenCalled()
  })

  it.each([
    ['a string id', 'getOutline', { reportId: 'x' }],
    ['an extra key', 'getOutline', { reportId: 1, extra: true }],
    ['a missing key', 'getReader', {}],
    ['input for a method that takes none', 'listReports', { anything: 1 }],
    ['a negative id', 'getSectionNote', { sectionId: -1 }],
  ])('refuses %s with bad-input before the core runs', async (_, method, input) => {
    const { call, handlers } = setup()
    const reply = (await call(method, input)) as { ok: boolean; error: { code: string; message: string } }
    expect(reply.ok).toBe(false)
    expect(reply.error.code).toBe('bad-input')
    expect(reply.error.message).not.toBe('')
    expect(handlers[method as keyof YanduHandlers]).not.toHaveBeenCalled()
  })

  it('carries a core error across as its code and message', async () => {
    const handlers = spyHandlers()
    handlers.getOutline = () => {
      throw new YanduError('report-not-found', { id: 9 })
    }
    const { call } = setup(handlers)
    const reply = await call('getOutline', { reportId: 9 })
    expect(reply).toMatchObject({ ok: false, error: { code: 'report-not-found', params: { id: 9 } } })
  })

  it('reports an unexpected error as internal, keeping its message', async () => {
    const handlers = spyHandlers()
    handlers.listReports = () => {
      throw new TypeError('boom')
    }
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { call } = setup(handlers)
    await expect(call('listReports', {})).resolves.toEqual({ ok: false, error: { code: 'internal', message: 'boom' } })
    quiet.mockRestore()
  })
})

describe('createAppUrlCheck', () => {
  it('accepts the built page and files inside the renderer folder', () => {
    const isAppUrl = createAppUrlCheck(page)
    expect(isAppUrl(appPageUrl)).toBe(true)
    expect(isAppUrl(pathToFileURL(join(rendererDir, 'assets', 'index.js')).href)).toBe(true)
  })

  it('refuses the renderer folder itself, escapes and non-file schemes', () => {
    const isAppUrl = createAppUrlCheck(page)
    expect(isAppUrl(pathToFileURL(rendererDir).href)).toBe(false)
    expect(isAppUrl(pathToFileURL(rendererDir).href + '/../../secret.html')).toBe(false)
    expect(isAppUrl('http://localhost:5173/')).toBe(false)
    expect(isAppUrl('not a url')).toBe(false)
  })

  it('accepts the dev server origin only when one is given, and only over http(s)', () => {
    const isAppUrl = createAppUrlCheck({ rendererDir, devServerUrl: 'http://localhost:5173/' })
    expect(isAppUrl('http://localhost:5173/#/reader/2')).toBe(true)
    expect(isAppUrl('http://localhost:5174/')).toBe(false)
    expect(isAppUrl('https://localhost:5173/')).toBe(false)
    const opaque = createAppUrlCheck({ rendererDir, devServerUrl: 'data:text/html,x' })
    expect(opaque('data:text/html,y')).toBe(false)
  })
})

const { openDatabase } = await import('../../../electron/core/database')

describe('registerApi over the real core', () => {
  it('answers listReports and refuses a bad getOutline', async () => {
    const { createHandlers } = await import('../../../electron/core/service')
    const db = openDatabase(':memory:')
    try {
      const { call } = setup(createHandlers(db))
      await expect(call('listReports', {})).resolves.toEqual({ ok: true, result: [] })
      const bad = await call('getOutline', { reportId: 'x' })
      expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input' } })
      await expect(call('getOutline', { reportId: 1 })).resolves.toMatchObject({ ok: false })
    } finally {
      db.close()
    }
  })
})
