/**
 * A document as a Word file for 下载 Word: title, metadata lines, headings
 * for chapters, one paragraph per clause with its printed label in bold,
 * the note of corrections, and page numbers in the footer.
 *
 * The docx package writes the frame (styles, header, footer, settings, the
 * title and the note). The clauses are written here as XML strings in its
 * place: the package holds an object tree of several kilobytes per
 * paragraph until it packs, so a law of 60,000 clauses took over 500 MB.
 * The strings are the package's own output for the same paragraphs (a test
 * compares them on every handout of the test corpus).
 */
import { AlignmentType, Document, Footer, Header, HeadingLevel, PageNumber, Paragraph, TextRun } from 'docx';
import type { Handout, HandoutBlock } from './handout-model';
import { packDocx } from './pack-docx';

const SERIF = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' };
const SANS = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei' };
/** Sizes are in half-points: 四号 14pt for the text, 二号 22pt for the title. */
const TEXT = 28;
const SMALL = 21;
const INDENT_CHARS = 2;

/** Stands in the frame for the clauses; the exact paragraph XML below is replaced once. */
const BODY_MARK = '\ue000handout-blocks\ue000';
const BODY_MARK_XML = `<w:p><w:r><w:t xml:space="preserve">${BODY_MARK}</w:t></w:r></w:p>`;

/** The handout's .docx bytes, the same for the same handout. */
export async function handoutDocx(h: Handout, site: string): Promise<Uint8Array> {
  return packDocx(documentDocx(h, site, [new Paragraph({ children: [new TextRun(BODY_MARK)] })]), (xml) => {
    const at = xml.indexOf(BODY_MARK_XML);
    if (at < 0 || xml.indexOf(BODY_MARK_XML, at + 1) >= 0) throw new Error('handoutDocx: the body mark is not in word/document.xml exactly once');
    return xml.slice(0, at) + h.blocks.map(blockXml).join('') + xml.slice(at + BODY_MARK_XML.length);
  });
}

/** The frame around `body` (the clauses' paragraphs): title, metadata, the note of corrections, header and footer. */
export function documentDocx(h: Handout, site: string, body: Paragraph[]): Document {
  return new Document({
    creator: site,
    title: h.title,
    description: `${h.title}（校订本）`,
    styles: {
      default: { document: { run: { font: SERIF, size: TEXT }, paragraph: { spacing: { line: 360 } } } },
      paragraphStyles: [
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: SANS, size: 30, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 240 }, keepNext: true } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: SANS, size: TEXT, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, keepNext: true } },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: h.title, size: 18, font: SANS })] })] }) },
        footers: { default: new Footer({ children: [pageNumbers()] }) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: h.title, font: SANS, size: 44, bold: true })] }),
          ...h.meta.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, size: SMALL })] })),
          ...body,
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('校订说明')] }),
          ...(h.corrections.length ? h.corrections : ['本文本未作文字校订；标点按中文规范显示。']).map((line) => new Paragraph({ children: [new TextRun({ text: line, size: SMALL })] })),
        ],
      },
    ],
  });
}

/** One block as WordprocessingML, as the docx package writes a Paragraph of it. */
function blockXml(b: HandoutBlock): string {
  if (b.kind === 'heading') return `<w:p><w:pPr><w:pStyle w:val="Heading${b.level}"/></w:pPr>${run('', b.text)}</w:p>`;
  // The first line is indented two characters, as printed law is; sub-clauses sit a little further in.
  const indent = `<w:ind w:left="${Math.min(b.depth, 2) * TEXT * 10}" w:firstLine="${INDENT_CHARS * TEXT * 10}"/>`;
  const label = b.label ? run(`<w:rPr><w:rFonts w:ascii="${SANS.ascii}" w:eastAsia="${SANS.eastAsia}" w:hAnsi="${SANS.hAnsi}"/><w:b/><w:bCs/></w:rPr>`, b.label) : '';
  return `<w:p><w:pPr><w:keepLines/>${indent}</w:pPr>${label}${run('', b.text)}</w:p>`;
}

function run(props: string, text: string): string {
  return `<w:r>${props}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** As the docx package escapes text: markup characters as entities, and the control characters XML 1.0 forbids (a scan's form feed) dropped. */
function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[&<>"'\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => XML_ESCAPES[c] ?? '');
}

function pageNumbers(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页，共 ', PageNumber.TOTAL_PAGES, ' 页'], size: 18 })],
  });
}
