// The preload bridge: window.yandu holds exactly the contract's methods, each a
// call on its own channel, and failures come back as errors with their code.
import { describe, expect, it, vi } from 'vitest'
import { apiMethods, ipcPrefix } from '../../../electron/api'
import { createBridge } from '../../../electron/preload/bridge'

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, result: [] })), send: vi.fn(), on: vi.fn() },
}))

vi.mock('electron', () => electron)

describe('preload', () => {
  it('exposes exactly the contract under window.yandu, and nothing else', async () => {
    await import('../../../electron/preload/index')
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
    const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [
      string,
      Record<string, unknown>,
    ]
    expect(key).toBe('yandu')
    expect(Object.keys(api).sort()).toEqual([...apiMethods].sort())
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
    expect(Object.values(api)).not.toContain(electron.ipcRenderer)
    expect(Object.values(api)).not.toContain(electron.ipcRenderer.invoke)

    await expect((api.listReports as () => Promise<unknown>)()).resolves.toEqual({ ok: true, result: [] })
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(`${ipcPrefix}listReports`, {})
  })
})

describe('createBridge', () => {
  it('calls each method on its own prefixed channel and passes the reply through', async () => {
    const invoke = vi.fn(async (channel: string) => ({ ok: true, result: channel }))
    const bridge = createBridge(invoke)
    for (const method of apiMethods) {
      await expect((bridge[method] as (input: unknown) => Promise<unknown>)({ reportId: 1 })).resolves.toEqual({
        ok: true,
        result: ipcPrefix + method,
      })
    }
    expect(invoke).toHaveBeenCalledTimes(apiMethods.length)
    expect(invoke).toHaveBeenCalledWith(`${ipcPrefix}getOutline`, { reportId: 1 })
    expect(Object.isFrozen(bridge)).toBe(true)
  })

  it('passes a failure through as data, keeping its code (contextBridge would drop it from an Error)', async () => {
    const failure = { ok: false, error: { code: 'report-not-found', message: '找不到报告：9', params: { id: 9 } } }
    const bridge = createBridge(async () => failure)
    await expect(bridge.getOutline({ reportId: 9 })).resolves.toEqual(failure)
  })

  it('treats a reply that is not an envelope as an internal error', async () => {
    const bridge = createBridge(async () => 'surprise')
    await expect(bridge.listReports({})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } })
  })

  it('turns an IPC failure into an internal error reply', async () => {
    const bridge = createBridge(async () => {
      throw new Error('No handler registered')
    })
    await expect(bridge.listReports({})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'No handler registered' },
    })
  })
})
