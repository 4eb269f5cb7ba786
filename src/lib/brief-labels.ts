// Names of brief templates that are part of the documents, not of the UI:
// a brief's default title is Chinese whatever the UI language, as the core
// makes it (core/brief-templates.ts defaultBriefTitle), because the exports
// are Chinese official documents. The glyphs mark a template in the list.
import type { BriefTemplate } from '@api'

export const documentTemplateNames: Record<BriefTemplate, string> = {
  outline: '学习提纲',
  speech: '发言素材',
  handout: '培训讲义',
  quiz: '测验',
}

/** One character for each template, shown on the brief's tile in the list. */
export const templateGlyphs: Record<BriefTemplate, string> = {
  outline: '纲',
  speech: '言',
  handout: '讲',
  quiz: '测',
}

/** The title the core gives a brief made for a report: 《报告》学习提纲. */
export function defaultBriefTitle(reportTitle: string, template: BriefTemplate): string {
  return `《${reportTitle}》${documentTemplateNames[template]}`
}
