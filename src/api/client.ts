// The renderer's one way to the core: Electron's preload bridge when present,
// else the browser host's HTTP API. Both expose exactly the contract.
import { apiMethods, type ApiMethod, type ApiReply, type ErrorPayload, type YanduApi, type YanduBridge } from '@api'

declare global {
  interface Window {
    yandu?: YanduBridge
  }
}

/** An error from the core, with its stable code and a message in the user's language. */
export class ApiError extends Error {
  readonly code: string
  constructor(payload: ErrorPayload) {
    super(payload.message)
    this.name = 'ApiError'
    this.code = payload.code
  }
}

function httpClient(token: string): YanduApi {
  const call = async (method: ApiMethod, input: unknown) => {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-yandu-token': token },
      body: JSON.stringify(input ?? {}),
    })
    const body = (await response.json().catch(() => ({}))) as { result?: unknown; error?: ErrorPayload }
    if (!response.ok || body.error) {
      throw new ApiError(body.error ?? { code: 'http', message: `HTTP ${response.status}` })
    }
    return body.result
  }
  return Object.fromEntries(apiMethods.map((m) => [m, (input: unknown) => call(m, input)])) as unknown as YanduApi
}

/** Electron's preload bridge answers with replies (see ApiReply); unwrap them
 * into results and ApiErrors, as the HTTP client does. */
function bridgeClient(bridge: YanduBridge): YanduApi {
  const call = async (method: ApiMethod, input: unknown) => {
    const reply = (await (bridge[method] as (input: unknown) => Promise<ApiReply<unknown>>)(input ?? {}))
    if (!reply.ok) throw new ApiError(reply.error)
    return reply.result
  }
  return Object.fromEntries(apiMethods.map((m) => [m, (input: unknown) => call(m, input)])) as unknown as YanduApi
}

function createClient(): YanduApi {
  if (window.yandu) return bridgeClient(window.yandu)
  const token = document.querySelector<HTMLMetaElement>('meta[name="yandu-token"]')?.content ?? ''
  return httpClient(token)
}

export const api: YanduApi = createClient()
