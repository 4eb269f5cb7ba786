// Validates a call against the contract before any handler runs: what every
// boundary (IPC, HTTP) does with input it did not make itself.
import { apiContract, isApiMethod, type YanduHandlers } from '../api'
import { YanduError } from './errors'

/** Calls `method` with `input`. Throws YanduError('unknown-method') or
 * YanduError('bad-input') before the core is reached; rethrows what the handler throws. */
export async function dispatch(handlers: YanduHandlers, method: string, input: unknown): Promise<unknown> {
  if (!isApiMethod(method)) throw new YanduError('unknown-method', { method })
  const parsed = apiContract[method].input.safeParse(input ?? {})
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; ')
    throw new YanduError('bad-input', { detail })
  }
  const handler = handlers[method] as (value: unknown) => unknown
  return await handler(parsed.data)
}
