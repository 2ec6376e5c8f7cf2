/**
 * A document as a Word file for 下载 Word: title, metadata lines, headings
 * for chapters, one paragraph per clause with its printed label in bold,
 * the note of corrections, and page numbers in the footer. Returns the
 * docx Document; the caller packs and writes it.
 */
import { AlignmentType, Document, Footer, Header, HeadingLevel, PageNumber, Paragraph, TextRun } from 'docx';
import type { Handout, HandoutBlock } from './handout-model';

const SERIF = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' };
const SANS = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei' };
/** Sizes are in half-points: 四号 14pt for the text, 二号 22pt for the title. */
const TEXT = 28;
const SMALL = 21;
const INDENT_CHARS = 2;

export function documentDocx(h: Handout, site: string): Document {
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
          ...h.blocks.map(block),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('校订说明')] }),
          ...(h.corrections.length ? h.corrections : ['本文本未作文字校订；标点按中文规范显示。']).map((line) => new Paragraph({ children: [new TextRun({ text: line, size: SMALL })] })),
        ],
      },
    ],
  });
}

function block(b: HandoutBlock): Paragraph {
  if (b.kind === 'heading') return new Paragraph({ heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(b.text)] });
  return new Paragraph({
    // The first line is indented two characters, as printed law is; sub-clauses sit a little further in.
    indent: { firstLine: INDENT_CHARS * TEXT * 10, left: Math.min(b.depth, 2) * TEXT * 10 },
    keepLines: true,
    children: [...(b.label ? [new TextRun({ text: b.label, bold: true, font: SANS })] : []), new TextRun(b.text)],
  });
}

function pageNumbers(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页，共 ', PageNumber.TOTAL_PAGES, ' 页'], size: 18 })],
  });
}
