/** The downloads: plain text and Word, built from one handout model. */
import { describe, expect, it, vi } from 'vitest';
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { realCorpus } from '../helpers/corpus';
import { buildHandout, type HandoutBlock } from '../../lib/study/handout-model';
import { documentText } from '../../lib/study/document-text';
import { documentDocx, handoutDocx } from '../../lib/study/document-docx';
import { packDocx } from '../../lib/study/pack-docx';

const { corpus } = realCorpus();
const handoutOf = (id: string) =>
  buildHandout(
    corpus.documents.find((d) => d.id === id)!,
    corpus.clauses.filter((c) => c.documentId === id),
    corpus.corrections.filter((c) => c.documentId === id),
  );

describe('handout', () => {
  it('as text: title, metadata, chapters, labelled clauses, a note of corrections', () => {
    const text = documentText(handoutOf('xinfang-zerenzhi-xize'), '知识库');
    const lines = text.split('\n');
    expect(lines[0]).toBe('重庆市信访工作责任制实施细则');
    expect(text).toContain('施行日期：2017年5月23日');
    expect(lines).toContain('第一章\u3000总 则');
    expect(lines).toContain('\u3000\u3000第十九条\u3000本细则具体解释工作由市信访办承担。');
    expect(lines).toContain('\u3000\u3000（一）阅批群众来信和网上信访，定期接访下访群众，并跟踪督促办理；');
    expect(text).toMatch(/校订说明\n本文本据网页转载的原文整理，共校订 \d+ 处：\n〔1〕第一条：原文作“血流成河 ”，校订为“信访”。依据：/);
    expect(text).not.toContain('血流成河 工作');
  });

  it('as text: says so when nothing was corrected, and skips compilation title lines', () => {
    const text = documentText(handoutOf('zongzhi-zerenzhi-2016'), '知识库');
    expect(text).toContain('本文本未作文字校订');
    expect(text).not.toContain('三、中共中央办公厅');
    expect(text.match(/第二十四条/g)).toHaveLength(1);
  });

  it('as Word: the same bytes whenever it is packed (no build time in the file)', async () => {
    const packAt = async (time: string) => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(time));
      try {
        return Buffer.from(await handoutDocx(handoutOf('xinfang-zerenzhi-xize'), '知识库'));
      } finally {
        vi.useRealTimers();
      }
    };
    const first = await packAt('2026-01-02T03:04:05Z');
    const second = await packAt('2027-06-07T08:09:10Z');
    expect(first.subarray(0, 2).toString()).toBe('PK');
    expect(first.equals(second)).toBe(true);
  });

  it('as Word: a valid .docx (a zip with the document part) holding the clauses', async () => {
    const body = documentXml(await handoutDocx(handoutOf('zongzhi-zerenzhi-2016'), '知识库'));
    expect(body).toMatch(/^<\?xml[^>]*\?><w:document [^>]*><w:body>.*<\/w:body><\/w:document>$/);
    expect(body).toContain('<w:t xml:space="preserve">第二十四条　</w:t>');
    expect(body).not.toContain('handout-blocks');
  });

  it('as Word: every clause written as the docx package writes the same paragraph', async () => {
    for (const doc of corpus.documents) {
      const h = handoutOf(doc.id);
      const ours = documentXml(await handoutDocx(h, '知识库'));
      const theirs = documentXml(await packDocx(documentDocx(h, '知识库', h.blocks.map(packageParagraph))));
      expect(ours, doc.id).toBe(theirs);
    }
  });

  it('as Word: markup characters in a clause stay text; control characters XML forbids are dropped', async () => {
    const h = { title: 'T', meta: [], corrections: [], blocks: [{ kind: 'clause', id: 'a', label: '第一条　', text: `<w:p>&"'\f\x01\x0B\t`, depth: 3 }] as HandoutBlock[] };
    const ours = documentXml(await handoutDocx(h, '知识库'));
    expect(ours).toBe(documentXml(await packDocx(documentDocx(h, '知识库', h.blocks.map(packageParagraph)))));
    expect(ours).toContain('&lt;w:p&gt;&amp;&quot;&apos;\t</w:t>');
  });
});

function documentXml(docx: Uint8Array): string {
  return strFromU8(unzipSync(docx)['word/document.xml']);
}

/** The reference: one block as a Paragraph of the docx package, as the Word download was first written. */
function packageParagraph(b: HandoutBlock): Paragraph {
  if (b.kind === 'heading') return new Paragraph({ heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(b.text)] });
  return new Paragraph({
    indent: { firstLine: 2 * 28 * 10, left: Math.min(b.depth, 2) * 28 * 10 },
    keepLines: true,
    children: [...(b.label ? [new TextRun({ text: b.label, bold: true, font: { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei' } })] : []), new TextRun(b.text)],
  });
}
