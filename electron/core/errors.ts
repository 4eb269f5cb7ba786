// Errors a user can cause, with a stable code and a message in the user's
// language. The code crosses IPC and HTTP; the renderer may show the message
// as is, and the command line prints it on one line.
import type { ErrorPayload, Locale } from './types'

type Params = Record<string, string | number>

const messages = {
  'bad-input': { 'zh-CN': '输入无效：{detail}', en: 'Invalid input: {detail}' },
  'unknown-method': { 'zh-CN': '未知的接口方法：{method}', en: 'Unknown API method: {method}' },
  'report-not-found': { 'zh-CN': '找不到报告：{id}', en: 'No such report: {id}' },
  'section-not-found': { 'zh-CN': '找不到章节：{id}', en: 'No such section: {id}' },
  'empty-report': { 'zh-CN': '文件是空的，没有可导入的文字', en: 'The file is empty: there is no text to import' },
  'file-not-found': { 'zh-CN': '找不到文件：{path}', en: 'File not found: {path}' },
  'file-unreadable': { 'zh-CN': '无法读取文件：{path}', en: 'Cannot read the file: {path}' },
  'binary-file': {
    'zh-CN': '这不是文本文件，无法导入：{path}',
    en: 'This is not a text file and cannot be imported: {path}',
  },
  'file-too-large': {
    'zh-CN': '文件太大（{size} MB），上限是 {limit} MB',
    en: 'The file is too large ({size} MB); the limit is {limit} MB',
  },
  'bad-encoding': {
    'zh-CN': '无法识别文件的编码，请确认它是 UTF-8、UTF-16 或 GB18030 文本',
    en: 'Cannot decode the file: make sure it is UTF-8, UTF-16 or GB18030 text',
  },
  'data-dir-unwritable': {
    'zh-CN': '数据文件夹不可写：{path}（{detail}）',
    en: 'The data folder cannot be written: {path} ({detail})',
  },
  'database-newer': {
    'zh-CN': '数据文件来自更新版本的研读（版本 {found}，本程序支持到 {supported}），请升级程序',
    en: 'The data file comes from a newer Yandu (version {found}; this one supports up to {supported}): please upgrade',
  },
} as const satisfies Record<string, Record<Locale, string>>

export type ErrorCode = keyof typeof messages

/** The locale for messages outside the renderer: YANDU_LANG, then LANG; zh-CN by default. */
export function processLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const lang = env.YANDU_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return /^en/i.test(lang) ? 'en' : 'zh-CN'
}

export function formatMessage(code: ErrorCode, params: Params = {}, locale: Locale = processLocale()): string {
  return messages[code][locale].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''))
}

export class YanduError extends Error {
  readonly code: ErrorCode
  readonly params: Params

  constructor(code: ErrorCode, params: Params = {}) {
    super(formatMessage(code, params))
    this.name = 'YanduError'
    this.code = code
    this.params = params
  }

  toPayload(locale: Locale = processLocale()): ErrorPayload {
    return { code: this.code, message: formatMessage(this.code, this.params, locale), params: this.params }
  }
}

/** Turns anything thrown into the payload a boundary sends; unexpected errors
 * keep their message but get the code `internal`. */
export function toErrorPayload(error: unknown, locale: Locale = processLocale()): ErrorPayload {
  if (error instanceof YanduError) return error.toPayload(locale)
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'internal', message }
}
