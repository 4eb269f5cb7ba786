// vue-i18n in composition mode: zh-CN first, English second. The message
// schema comes from zh-CN.ts, so `t('…')` keys are checked at compile time.
import { createI18n, useI18n } from 'vue-i18n'
import type { Locale } from '@api'
import zhCN, { type MessageSchema } from './zh-CN'
import en from './en'

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})

/** Switches the UI language at once, and the document's `lang` with it. */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
}

/** Every message key, as a dotted path: `'notes.saved'`. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]
export type MessageKey = Leaves<MessageSchema>

/** `t` restricted to the keys of the base locale, so an unknown key fails the type check. */
export interface Translate {
  (key: MessageKey, named?: Record<string, unknown>): string
  (key: MessageKey, plural: number): string
}

/** vue-i18n's `useI18n` with checked keys. */
export function useT() {
  const { t, locale } = useI18n()
  return { t: t as unknown as Translate, locale }
}

/** Each language named in itself, for the language picker. */
export const languageNames: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' }
