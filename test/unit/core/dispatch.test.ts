import { describe, expect, it, vi } from 'vitest'
import { apiMethods, type YanduHandlers } from '../../../electron/api'
import { openDatabase } from '../../../electron/core/database'
import { dispatch } from '../../../electron/core/dispatch'
import { createHandlers } from '../../../electron/core/service'

function spied(): YanduHandlers {
  const real = createHandlers(openDatabase(':memory:'))
  return Object.fromEntries(apiMethods.map((m) => [m, vi.fn(real[m])])) as unknown as YanduHandlers
}

describe('dispatch', () => {
  it('calls the handler with the validated input', async () => {
    const handlers = spied()
    expect(await dispatch(handlers, 'setPreferences', { theme: 'sepia' })).toMatchObject({ theme: 'sepia' })
    expect(handlers.setPreferences).toHaveBeenCalledWith({ theme: 'sepia' })
  })

  it('refuses malformed input before the core runs', async () => {
    const handlers = spied()
    await expect(dispatch(handlers, 'getOutline', { reportId: 'x' })).rejects.toMatchObject({ code: 'bad-input' })
    await expect(dispatch(handlers, 'setPreferences', { theme: 'neon' })).rejects.toMatchObject({ code: 'bad-input' })
    await expect(dispatch(handlers, 'setPreferences', { theme: 'dark', extra: 1 })).rejects.toMatchObject({ code: 'bad-input' })
    expect(handlers.getOutline).not.toHaveBeenCalled()
    expect(handlers.setPreferences).not.toHaveBeenCalled()
  })

  it('refuses a method that is not in the contract', async () => {
    await expect(dispatch(spied(), 'dropTables', {})).rejects.toMatchObject({ code: 'unknown-method' })
    await expect(dispatch(spied(), 'constructor', {})).rejects.toMatchObject({ code: 'unknown-method' })
  })

  it('passes the core’s own errors through with their code', async () => {
    await expect(dispatch(spied(), 'getReader', { reportId: 7 })).rejects.toMatchObject({ code: 'report-not-found' })
  })
})
