// A brief's document as a Word file in official-document style (GB/T 9704,
// numbers in official-layout.ts): A4 with margins 37/35/28/26 mm; title in
// 方正小标宋简体 二号, centred; level-1 headings 黑体 三号, level-2 楷体 三号;
// body 仿宋 三号 on an exact 28 pt line, indented two characters; page
// numbers “— 1 —” centred at the foot; the quiz's answer key on a new page.
// Formatting is set on each paragraph and run, not only in styles, so what
// Word shows does not depend on a style the user's template redefines.
import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type IRunOptions } from 'docx'
import type { BriefDocument, DocNode } from './brief-document'
import {
  FIRST_LINE_INDENT_CHARS,
  FONT_PT,
  LINE_PITCH_PT,
  OFFICIAL_FACES,
  PAGE_MARGIN_MM,
  PAGE_MM,
  PAGE_NUMBER_GAP_MM,
  TITLE_LINE_PITCH_PT,
  mmToTwips,
  ptToHalfPoints,
  ptToMm,
  ptToTwips,
} from './official-layout'

type Face = (typeof OFFICIAL_FACES)[keyof typeof OFFICIAL_FACES]

/** Run fonts: the CJK face for Chinese, Times New Roman for Latin and
 * digits; the east-Asian hint puts ambiguous marks (“ ” — ……) in the CJK face. */
function run(text: string, face: Face, pt: number): TextRun {
  const options: IRunOptions = {
    text,
    font: { ascii: OFFICIAL_FACES.latin, hAnsi: OFFICIAL_FACES.latin, cs: OFFICIAL_FACES.latin, eastAsia: face, hint: 'eastAsia' },
    size: ptToHalfPoints(pt),
    sizeComplexScript: ptToHalfPoints(pt),
    // Chinese text as zh-CN: simplified glyphs and Chinese line-breaking rules.
    language: { value: 'en-US', eastAsia: 'zh-CN' },
  }
  return new TextRun(options)
}

const exactLine = (pt: number) => ({ line: ptToTwips(pt), lineRule: LineRuleType.EXACT, before: 0, after: 0 })
/** Two characters of the body size: firstLineChars for Word, firstLine (in
 * twips) for readers that ignore character units. */
const indent = {
  firstLineChars: FIRST_LINE_INDENT_CHARS * 100,
  firstLine: ptToTwips(FIRST_LINE_INDENT_CHARS * FONT_PT.body),
}

function body(runs: TextRun[], extra: { alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; noIndent?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: runs,
    alignment: extra.alignment ?? AlignmentType.JUSTIFIED,
    spacing: exactLine(LINE_PITCH_PT),
    indent: extra.noIndent ? undefined : indent,
  })
}

const fang = (text: string) => run(text, OFFICIAL_FACES.body, FONT_PT.body)
const kai = (text: string) => run(text, OFFICIAL_FACES.heading2, FONT_PT.body)

function heading(level: 1 | 2, text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    children: [run(text, level === 1 ? OFFICIAL_FACES.heading1 : OFFICIAL_FACES.heading2, FONT_PT.heading)],
    outlineLevel: level - 1,
    keepNext: true,
    pageBreakBefore,
    alignment: AlignmentType.JUSTIFIED,
    spacing: exactLine(LINE_PITCH_PT),
    indent,
  })
}

function title(text: string): Paragraph[] {
  return [
    new Paragraph({
      children: [run(text, OFFICIAL_FACES.title, FONT_PT.title)],
      alignment: AlignmentType.CENTER,
      spacing: exactLine(TITLE_LINE_PITCH_PT),
    }),
    // One empty line between the title and the text (标题下空一行).
    body([fang('')], { noIndent: true }),
  ]
}

function node(n: DocNode): Paragraph[] {
  switch (n.kind) {
    case 'heading':
      return [heading(n.level, n.text)]
    case 'paragraph':
      return [body([fang(n.text)])]
    case 'quotation': {
      const quoted = n.source && n.citation.endsWith(n.source) ? n.citation.slice(0, -n.source.length) : `“${n.text}”`
      return [body([fang(quoted), fang(n.source)])]
    }
    case 'source':
      return [body([fang(n.text)], { alignment: AlignmentType.RIGHT, noIndent: true })]
    case 'note':
      return [body([kai(`${n.label}：`), kai(n.text)])]
    case 'question':
      return [body([fang(`${n.inline ? '思考题 ' : ''}${n.number}. ${n.text}`)])]
    case 'blank':
      return [body([fang(`${n.number}. ${n.text}`)])]
    case 'answers':
      return [heading(1, n.heading, true), ...n.items.map((a) => body([fang(`${a.number}. ${a.text}`), fang(a.source)]))]
  }
}

function pageNumberFooter(): Footer {
  const face = OFFICIAL_FACES.pageNumber
  const size = ptToHalfPoints(FONT_PT.pageNumber)
  const font = { ascii: face, hAnsi: face, eastAsia: face, cs: face, hint: 'eastAsia' }
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size })],
      }),
    ],
  })
}

/** Fonts the document names, with the face Word substitutes when one is not
 * installed (w:altName): 宋体 for 方正小标宋简体, and the _GB2312 faces of
 * older Windows for 仿宋 and 楷体. charset 86 is GB2312. */
function fontTableXml(): string {
  const fonts: [string, string][] = [
    [OFFICIAL_FACES.title, OFFICIAL_FACES.titleFallback],
    [OFFICIAL_FACES.heading1, 'SimHei'],
    [OFFICIAL_FACES.heading2, '楷体_GB2312'],
    [OFFICIAL_FACES.body, '仿宋_GB2312'],
    [OFFICIAL_FACES.pageNumber, 'SimSun'],
  ]
  const entries = fonts
    .map(
      ([name, alt]) =>
        `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('')
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entries +
    `<w:font w:name="${OFFICIAL_FACES.latin}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>` +
    '</w:fonts>'
  )
}

/** The .docx file's bytes. */
export async function renderDocx(doc: BriefDocument): Promise<Buffer> {
  const document = new Document({
    title: doc.title,
    creator: '研读 Yandu',
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: OFFICIAL_FACES.latin, hAnsi: OFFICIAL_FACES.latin, eastAsia: OFFICIAL_FACES.body, cs: OFFICIAL_FACES.latin },
            size: ptToHalfPoints(FONT_PT.body),
            language: { value: 'en-US', eastAsia: 'zh-CN' },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwips(PAGE_MM.width), height: mmToTwips(PAGE_MM.height) },
            margin: {
              top: mmToTwips(PAGE_MARGIN_MM.top),
              bottom: mmToTwips(PAGE_MARGIN_MM.bottom),
              left: mmToTwips(PAGE_MARGIN_MM.left),
              right: mmToTwips(PAGE_MARGIN_MM.right),
              // Word measures the footer from the page's foot to the footer's
              // last line: the number's top then lies PAGE_NUMBER_GAP_MM under the text.
              footer: mmToTwips(PAGE_MARGIN_MM.bottom - PAGE_NUMBER_GAP_MM - ptToMm(FONT_PT.pageNumber)),
              header: mmToTwips(15),
              gutter: 0,
            },
          },
        },
        footers: { default: pageNumberFooter() },
        children: [...title(doc.title), ...doc.nodes.flatMap(node)],
      },
    ],
  })
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }])
}
