// The four templates that shape a brief's export, by the names a user may
// type (Chinese or English) and the integer codes the database stores.
import { YanduError } from './errors'
import type { BriefTemplate } from './types'

/** In database order: briefs.template holds the index. Never reorder. */
export const briefTemplates: readonly BriefTemplate[] = ['outline', 'speech', 'handout', 'quiz']

/** The Chinese name of each template, as the documents and menus show it. */
export const templateLabels: Record<BriefTemplate, string> = {
  outline: '学习提纲',
  speech: '发言素材',
  handout: '培训讲义',
  quiz: '测验',
}

/** Every name accepted for a template, English or Chinese. */
export const templateNames: readonly string[] = [...briefTemplates, ...Object.values(templateLabels)]

/** The template for `name` (`outline` or `学习提纲` …), case and spaces
 * ignored. Throws YanduError('unknown-template'). */
export function parseTemplate(name: string): BriefTemplate {
  const wanted = name.trim().toLowerCase()
  const found = briefTemplates.find((t) => t === wanted || templateLabels[t] === wanted)
  if (!found) throw new YanduError('unknown-template', { template: name })
  return found
}

export function templateCode(template: BriefTemplate): number {
  return briefTemplates.indexOf(template)
}

/** The template stored as `code`; an unknown code (a newer Yandu) reads as the outline. */
export function templateOfCode(code: number): BriefTemplate {
  return briefTemplates[code] ?? 'outline'
}

/** The title a brief made from a report's highlights gets: 《报告》学习提纲. */
export function defaultBriefTitle(reportTitle: string, template: BriefTemplate): string {
  return `《${reportTitle}》${templateLabels[template]}`
}
