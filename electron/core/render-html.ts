// A brief's document as one self-contained HTML file: inline CSS, no script,
// no URL of any kind (a Content-Security-Policy of 'none' keeps it that way
// if it is opened in a browser), every text escaped. Its print stylesheet
// sets the page as GB/T 9704 does (A4, margins 37/35/28/26 mm, 仿宋 三号 on
// a 28 pt line, page numbers “— 1 —”), so the PDF printed from it by
// Chromium matches the DOCX. Also the live preview of the Briefs view.
import type { BriefDocument, DocNode } from './brief-document'
import { PAGE_MARGIN_MM, FONT_PT, LINE_PITCH_PT } from './official-layout'

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Font stacks: the official face first (on the users' machines), then the
 * name fontconfig aliases (resources/fonts/fonts.conf), then a face that
 * exists here, so CJK never falls to a Latin face. */
const FACES = {
  title: `"方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋", "SimSun", "宋体", "Noto Serif CJK SC", serif`,
  hei: `"SimHei", "黑体", "Noto Sans CJK SC", sans-serif`,
  kai: `"KaiTi", "楷体", "楷体_GB2312", "AR PL UKai CN", serif`,
  fang: `"FangSong", "仿宋", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", serif`,
  song: `"SimSun", "宋体", "Noto Serif CJK SC", serif`,
}

const m = PAGE_MARGIN_MM
const STYLE = `
html { background: #f4f1ea; }
body { margin: 0; font-family: ${FACES.fang}; font-size: ${FONT_PT.body}pt; line-height: ${LINE_PITCH_PT}pt; color: #000; }
main { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 12px auto; padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
h1, h2, h3, p { margin: 0; font-weight: normal; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
cite { font-style: normal; }
h1 { font-family: ${FACES.title}; font-size: ${FONT_PT.title}pt; line-height: 1.5; text-align: center; margin-bottom: ${LINE_PITCH_PT}pt; }
h2 { font-family: ${FACES.hei}; font-size: ${FONT_PT.heading}pt; text-indent: 2em; }
h3 { font-family: ${FACES.kai}; font-size: ${FONT_PT.heading}pt; text-indent: 2em; }
p { text-indent: 2em; text-align: justify; }
.source { text-align: right; text-indent: 0; }
.note, .note .label { font-family: ${FACES.kai}; }
.number { font-family: ${FACES.fang}; }
.answers { break-before: page; page-break-before: always; }
@page {
  size: A4;
  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @bottom-center { content: "— " counter(page) " —"; font-family: ${FACES.song}; font-size: ${FONT_PT.pageNumber}pt; }
}
@media print {
  html { background: none; }
  main { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
`

function quotationHtml(n: Extract<DocNode, { kind: 'quotation' }>): string {
  const quoted = n.source && n.citation.endsWith(n.source) ? n.citation.slice(0, -n.source.length) : `“${n.text}”`
  return `<p class="quotation">${escapeHtml(quoted)}<cite class="cite">${escapeHtml(n.source)}</cite></p>`
}

function node(n: DocNode): string {
  switch (n.kind) {
    case 'heading':
      return n.level === 1 ? `<h2>${escapeHtml(n.text)}</h2>` : `<h3>${escapeHtml(n.text)}</h3>`
    case 'paragraph':
      return `<p>${escapeHtml(n.text)}</p>`
    case 'quotation':
      return quotationHtml(n)
    case 'source':
      return `<p class="source">${escapeHtml(n.text)}</p>`
    case 'note':
      return `<p class="note"><span class="label">${escapeHtml(n.label)}：</span>${escapeHtml(n.text)}</p>`
    case 'question':
      return `<p class="question"><span class="number">${n.inline ? '思考题 ' : ''}${n.number}.</span> ${escapeHtml(n.text)}</p>`
    case 'blank':
      return `<p class="blank"><span class="number">${n.number}.</span> ${escapeHtml(n.text)}</p>`
    case 'answers':
      return [
        `<section class="answers"><h2>${escapeHtml(n.heading)}</h2>`,
        ...n.items.map((a) => `<p class="answer"><span class="number">${a.number}.</span> ${escapeHtml(a.text)}${escapeHtml(a.source)}</p>`),
        '</section>',
      ].join('\n')
  }
}

/** The whole HTML file. */
export function renderHtml(doc: BriefDocument): string {
  const titleHtml = escapeHtml(doc.title)
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="研读 Yandu">
<title>${titleHtml}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${titleHtml}</h1>
${doc.nodes.map(node).join('\n')}
</main>
</body>
</html>
`
}
