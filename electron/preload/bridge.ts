// The object the preload script hands to the page as window.yandu, built from
// the contract alone so that it has exactly one function per API method and
// nothing else. Pure (the IPC call is passed in) so it can be tested in Node.
import { apiMethods, ipcPrefix, type ApiMethod, type ApiReply, type YanduBridge } from '../api'

/** What main replies on every IPC call (see ApiReply: failures travel as data). */
export type IpcEnvelope = ApiReply<unknown>

/** `ipcRenderer.invoke`, narrowed to the one argument the contract uses. */
export type Invoke = (channel: string, input: unknown) => Promise<unknown>

export function createBridge(invoke: Invoke): YanduBridge {
  const bridge = {} as Record<ApiMethod, (input?: unknown) => Promise<IpcEnvelope>>
  for (const method of apiMethods) {
    bridge[method] = async (input) => {
      try {
        return checked(await invoke(ipcPrefix + method, input ?? {}))
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: (error as Error).message ?? String(error) } }
      }
    }
  }
  return Object.freeze(bridge) as unknown as YanduBridge
}

function checked(reply: unknown): IpcEnvelope {
  return isEnvelope(reply) ? reply : { ok: false, error: { code: 'internal', message: 'Malformed IPC reply' } }
}

function isEnvelope(value: unknown): value is IpcEnvelope {
  if (typeof value !== 'object' || value === null) return false
  const reply = value as Record<string, unknown>
  if (reply.ok === true) return 'result' in reply
  if (reply.ok !== false) return false
  const error = reply.error as Record<string, unknown> | null | undefined
  return typeof error?.code === 'string' && typeof error.message === 'string'
}
