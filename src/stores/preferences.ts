// The user's preferences: applied to the page the moment they change (theme,
// reading size, line spacing, language, pane widths) and saved shortly after,
// so a slider drag becomes one write, not fifty.
import { defineStore } from 'pinia'
import { reactive } from 'vue'
import type { Preferences } from '@api'
import { api } from '../api/client'
import { setLocale } from '../i18n'
import { useAppStore } from './app'

/** The defaults of the core (electron/core/preferences.ts), for before the first load. */
export const defaultPreferences: Preferences = {
  locale: 'zh-CN',
  theme: 'light',
  fontSize: 19,
  lineHeight: 1.8,
  outlineWidth: 280,
  notesWidth: 340,
}

/** Ranges the UI offers (the contract accepts wider ones). */
export const limits = {
  fontSize: { min: 14, max: 32 },
  lineHeight: { min: 1.4, max: 2.4 },
  outlineWidth: { min: 180, max: 520 },
  notesWidth: { min: 240, max: 640 },
} as const

/** How long to wait for more changes before writing them. */
const saveDelayMs = 300

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

export const usePreferencesStore = defineStore('preferences', () => {
  const prefs = reactive<Preferences>({ ...defaultPreferences })
  let pending: Partial<Preferences> = {}
  let timer: ReturnType<typeof setTimeout> | undefined
  let writing: Promise<unknown> = Promise.resolve()

  function apply(): void {
    const root = document.documentElement
    root.dataset.theme = prefs.theme
    root.style.setProperty('--reading-size', `${prefs.fontSize}px`)
    root.style.setProperty('--reading-leading', String(prefs.lineHeight))
    setLocale(prefs.locale)
  }

  /** Loads the saved preferences and applies them; on failure keeps the
   * defaults and reports the error. */
  async function load(): Promise<void> {
    try {
      Object.assign(prefs, await api.getPreferences({}))
    } catch (error) {
      useAppStore().report(error)
    }
    apply()
  }

  /** Changes some preferences: clamped, applied at once, saved after a short pause. */
  function update(changes: Partial<Preferences>): void {
    const next = { ...changes }
    if (next.fontSize !== undefined) next.fontSize = clamp(Math.round(next.fontSize), limits.fontSize.min, limits.fontSize.max)
    if (next.lineHeight !== undefined) {
      next.lineHeight = Math.round(clamp(next.lineHeight, limits.lineHeight.min, limits.lineHeight.max) * 10) / 10
    }
    if (next.outlineWidth !== undefined) {
      next.outlineWidth = Math.round(clamp(next.outlineWidth, limits.outlineWidth.min, limits.outlineWidth.max))
    }
    if (next.notesWidth !== undefined) {
      next.notesWidth = Math.round(clamp(next.notesWidth, limits.notesWidth.min, limits.notesWidth.max))
    }
    Object.assign(prefs, next)
    Object.assign(pending, next)
    apply()
    clearTimeout(timer)
    timer = setTimeout(() => void flush(), saveDelayMs)
  }

  /** Puts back the defaults for everything but the language. */
  function reset(): void {
    const { locale: _locale, ...rest } = defaultPreferences
    update(rest)
  }

  /** Writes the changes not yet saved now. Writes are chained to land in
   * order, except when the page is going away (`leaving`): then the request
   * starts at once, before the page is gone. */
  function flush(leaving = false): Promise<unknown> {
    clearTimeout(timer)
    const changes = pending
    pending = {}
    if (Object.keys(changes).length === 0) return writing
    const request = leaving ? api.setPreferences(changes) : null
    request?.catch(() => undefined) // handled in the chain below
    writing = writing
      .then(() => request ?? api.setPreferences(changes))
      .catch((error: unknown) => useAppStore().report(error))
    return writing
  }

  return { prefs, load, update, reset, flush }
})
