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
  'unknown-encoding': {
    'zh-CN': '不支持的编码：{encoding}（可用：UTF-8、UTF-16、UTF-16LE、UTF-16BE、GB18030、GBK）',
    en: 'Unknown encoding: {encoding} (available: UTF-8, UTF-16, UTF-16LE, UTF-16BE, GB18030, GBK)',
  },
  'bad-docx': {
    'zh-CN': '这个 Word 文件已损坏或不是 .docx 格式，无法导入：{path}',
    en: 'This Word file is damaged or not in .docx format and cannot be imported: {path}',
  },
  'data-dir-unwritable': {
    'zh-CN': '数据文件夹不可写：{path}（{detail}）',
    en: 'The data folder cannot be written: {path} ({detail})',
  },
  'database-newer': {
    'zh-CN': '数据文件来自更新版本的研读（版本 {found}，本程序支持到 {supported}），请升级程序',
    en: 'The data file comes from a newer Yandu (version {found}; this one supports up to {supported}): please upgrade',
  },
  'quote-not-found': {
    'zh-CN': '报告里找不到这段文字：{quote}',
    en: 'This text is not in the report: {quote}',
  },
  'unknown-category': {
    'zh-CN': '没有这个划线类别：{category}（可用：{known}）',
    en: 'No such highlight category: {category} (available: {known})',
  },
  'highlight-not-found': { 'zh-CN': '找不到划线：{id}', en: 'No such highlight: {id}' },
  'empty-selection': { 'zh-CN': '没有选中任何文字', en: 'Nothing is selected' },
  'bad-range': {
    'zh-CN': '选区超出了段落范围（段落 {paragraph}）',
    en: 'The selection lies outside its paragraph (paragraph {paragraph})',
  },
  'category-exists': { 'zh-CN': '已有同名类别：{name}', en: 'A category with this name exists: {name}' },
  'category-builtin': {
    'zh-CN': '内置类别不能删除：{name}',
    en: 'A built-in category cannot be deleted: {name}',
  },
  'bad-quotes-file': {
    'zh-CN': '划线清单文件无效：{detail}',
    en: 'The quotes file is not valid: {detail}',
  },
  'edition-not-found': {
    'zh-CN': '报告 {id} 没有第 {edition} 版',
    en: 'Report {id} has no edition {edition}',
  },
  'brief-not-found': { 'zh-CN': '找不到材料：{id}', en: 'No such brief: {id}' },
  'brief-block-not-found': { 'zh-CN': '找不到材料中的这一块：{id}', en: 'No such block in a brief: {id}' },
  'paragraph-not-found': { 'zh-CN': '找不到段落：{id}', en: 'No such paragraph: {id}' },
  'brief-block-not-editable': {
    'zh-CN': '这一块不能这样修改：{detail}',
    en: 'This block cannot be changed this way: {detail}',
  },
  'bad-block-order': {
    'zh-CN': '排序必须恰好列出材料 {id} 的每一块',
    en: 'The new order must list every block of brief {id} exactly once',
  },
  'unknown-template': {
    'zh-CN': '没有这个模板：{template}（可用：学习提纲、发言素材、培训讲义、测验，或 outline、speech、handout、quiz）',
    en: 'No such template: {template} (available: outline, speech, handout, quiz, or 学习提纲, 发言素材, 培训讲义, 测验)',
  },
  'unknown-export-format': {
    'zh-CN': '不支持的导出格式：{format}（可用：md、html、docx、pdf）',
    en: 'Unknown export format: {format} (available: md, html, docx, pdf)',
  },
  'export-folder-unwritable': {
    'zh-CN': '无法写入导出文件夹：{path}（{detail}）',
    en: 'Cannot write to the export folder: {path} ({detail})',
  },
  'export-bad-name': {
    'zh-CN': '文件系统不接受这个文件名：{name}',
    en: 'The file system does not accept this file name: {name}',
  },
  'pdf-unavailable': {
    'zh-CN': '无法生成 PDF：没有可用的 Chromium（{detail}）',
    en: 'Cannot make the PDF: no usable Chromium ({detail})',
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
