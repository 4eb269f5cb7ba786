// Wires the API contract to Electron IPC. Every call is checked twice before the
// core runs: the sending frame must be the app's own page (a page that got into
// the window some other way must not reach the library), and the input must
// match the contract (dispatch). Replies are data envelopes, because Electron
// passes only the message of a thrown Error, not its code.
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron'
import { apiMethods, ipcPrefix, type ErrorPayload, type YanduHandlers } from '../api'
import { dispatch } from '../core/dispatch'
import { processLocale, toErrorPayload } from '../core/errors'
import type { ApiReply } from '../api'
import type { Locale } from '../core/types'

/** Where the app's own page comes from. */
export interface AppPage {
  /** The built renderer folder (out/renderer); any file:// URL inside it is ours. */
  rendererDir: string
  /** The dev server (ELECTRON_RENDERER_URL) in development; its origin is ours. */
  devServerUrl?: string
}

export type FrameLike = Pick<WebFrameMain, 'url' | 'parent'>
export type TrustedFrameCheck = (frame: FrameLike | null | undefined) => boolean

/** Whether a URL is the app's own page: used for IPC senders and navigation. */
export function createAppUrlCheck(page: AppPage): (url: string) => boolean {
  const root = resolve(page.rendererDir)
  const devOrigin = httpOrigin(page.devServerUrl)
  return (url) => {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return false
    }
    if (parsed.protocol === 'file:') return isInside(root, parsed)
    // Comparing origins of http(s) URLs only: data:, blob: and friends all
    // have the origin 'null', which must never match anything.
    return devOrigin !== undefined && httpOrigin(url) === devOrigin
  }
}

/** The sender check for IPC: a top-level frame showing the app's own page.
 * The app has no iframes, so a subframe calling in is not ours. */
export function createTrustedFrameCheck(page: AppPage): TrustedFrameCheck {
  const isAppUrl = createAppUrlCheck(page)
  return (frame) => !!frame && !frame.parent && isAppUrl(frame.url)
}

/** Registers one handler per contract method under the IPC prefix, and nothing
 * else: a channel outside the contract has no handler, so Electron refuses it.
 * Returns a function that unregisters them. */
export function registerApi(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: YanduHandlers,
  isTrustedFrame: TrustedFrameCheck,
  /** The user's language for error messages (their preference, not the OS's). */
  locale: () => Locale = processLocale,
): () => void {
  for (const method of apiMethods) {
    ipcMain.handle(ipcPrefix + method, async (event: IpcMainInvokeEvent, input: unknown): Promise<ApiReply<unknown>> => {
      if (!isTrustedFrame(event.senderFrame)) return { ok: false, error: untrustedSender() }
      try {
        return { ok: true, result: await dispatch(handlers, method, input) }
      } catch (error) {
        const payload = toErrorPayload(error, locale())
        // Errors the user caused carry their own code; anything else is a bug
        // whose stack only main can show.
        if (payload.code === 'internal') console.error(`[yandu] ${method} failed:`, error)
        return { ok: false, error: payload }
      }
    })
  }
  return () => {
    for (const method of apiMethods) ipcMain.removeHandler(ipcPrefix + method)
  }
}

function untrustedSender(): ErrorPayload {
  const english = processLocale() === 'en'
  const message = english ? 'Refused a call from a page outside the app' : '已拒绝来自应用以外页面的调用'
  return { code: 'untrusted-sender', message }
}

function isInside(root: string, url: URL): boolean {
  let file: string
  try {
    file = fileURLToPath(url)
  } catch {
    // A file URL with a host (file://server/share) on a platform without UNC paths.
    return false
  }
  const rel = relative(root, file)
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..'
}

function httpOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined
  } catch {
    return undefined
  }
}
