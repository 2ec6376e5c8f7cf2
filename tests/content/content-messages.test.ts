/**
 * Every rule reports one message shape — file, line (column where the parser
 * gives one), documentId where there is a document, rule, severity — with a
 * Chinese text. Lines come from the parsers' positions: the frontmatter below
 * mentions `level:`, `source:`, `lines:` and the parent's id in a note on
 * line 2, so a text search for them would point there instead.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus, type ContentFiles } from '../../lib/corpus/build-corpus';
import { formatMessage } from '../../lib/content/message';

const SOURCE = ['甲办法', '第一条　总则。', '第二条　约谈。', '乙办法', '第一条　其他。'].join('\n') + '\n';

/** A document's frontmatter, one field a line; `edit` replaces lines by number (1-based, the opening --- is line 1). */
function documentText(id: string, lines: string, title: number, edit: Record<number, string> = {}, body = '编者按。\n'): string {
  const rows = [
    '---',
    `title: { value: ${id}办法, basis: inferred, note: "编者注：不是 level: city，也不是 source: lines: 之类；上位依据 no-such-rule、yi 见下" }`,
    `shortTitle: { value: ${id}办法, basis: stated }`,
    'issuer: { value: null, basis: unknown }',
    'docNumber: { value: null, basis: unknown }',
    'region: { value: null, basis: unknown }',
    'level: { value: central, basis: stated }',
    'issued: { value: null, basis: unknown }',
    'effective: { value: null, basis: unknown }',
    'status: { value: null, basis: unknown }',
    'docType: regulation',
    'parents: []',
    `source: { file: s.txt, lines: "${lines}", titleLines: [${title}] }`,
    '---',
  ];
  for (const [n, text] of Object.entries(edit)) rows[Number(n) - 1] = text;
  return rows.join('\n') + '\n' + body;
}

const ERRATUM = ['- id: zongze', '  line: 2', '  find: "总则"', '  replace: "总则一"', '  kind: insertion', '  evidence: 测试', '  confidence: high'].join('\n') + '\n';

type Variant = { jia?: Record<number, string>; jiaBody?: string; yiLines?: string; errata?: string; errataFor?: string; manifest?: string; noFrontmatter?: boolean; twin?: boolean; topic?: string; glossary?: string };

function files(v: Variant = {}): ContentFiles {
  const jia = v.noFrontmatter ? '只有正文。\n' : documentText('jia', '1-3', 1, v.jia, v.jiaBody);
  const documents = [
    { path: 'content/documents/jia.mdx', id: 'jia', text: jia },
    { path: 'content/documents/yi.mdx', id: 'yi', text: documentText('yi', v.yiLines ?? '4-5', 4) },
  ];
  if (v.twin) documents.push({ path: 'content/documents/copy/jia.mdx', id: 'jia', text: jia });
  return {
    sources: [{ file: 's.txt', path: 'content/sources/s.txt', text: SOURCE, manifest: v.manifest ? { path: 'content/sources/s.txt.yaml', text: v.manifest } : undefined }],
    documents,
    topics: v.topic ? [{ path: 'content/topics/t.mdx', slug: 't', text: v.topic }] : [],
    glossary: v.glossary ? { path: 'content/glossary.yaml', text: v.glossary } : undefined,
    errata: v.errata ? [{ path: `content/errata/${v.errataFor ?? 'jia'}.yaml`, documentId: v.errataFor ?? 'jia', text: v.errata }] : [],
  };
}

type Expected = { file: string; line: number; column?: number; documentId?: string; message: RegExp };

const JIA = 'content/documents/jia.mdx';
const YI = 'content/documents/yi.mdx';
const ERRATA = 'content/errata/jia.yaml';

const cases: [rule: string, variant: Variant, expected: Expected][] = [
  ['schema', { jia: { 7: 'level: { value: city, basis: stated }' } }, { file: JIA, line: 7, column: 17, documentId: 'jia', message: /^level\.value：只能是 central、provincial、prefecture、county 之一$/ }],
  ['schema', { jia: { 8: 'issued: { value: 2020/1/1, basis: stated }' } }, { file: JIA, line: 8, column: 18, documentId: 'jia', message: /^issued\.value：日期写作 YYYY-MM-DD$/ }],
  ['schema', { jia: { 4: 'issuer: { value: 某机关, basis: inferred }' } }, { file: JIA, line: 4, column: 9, documentId: 'jia', message: /^issuer：编辑推定（inferred）的值须在 note 中写明理由$/ }],
  ['schema', { jia: { 12: 'parents: []\nextra: 1' } }, { file: JIA, line: 13, column: 1, documentId: 'jia', message: /^不认识的字段 extra$/ }],
  ['yaml-syntax', { jia: { 12: 'parents: []\ndocType: notice' } }, { file: JIA, line: 13, column: 1, documentId: 'jia', message: /^YAML 写法有误：字段重复$/ }],
  ['missing-frontmatter', { noFrontmatter: true }, { file: JIA, line: 1, documentId: 'jia', message: /^缺少 frontmatter/ }],
  ['duplicate-id', { twin: true }, { file: 'content/documents/copy/jia.mdx', line: 1, documentId: 'jia', message: /^文件编号 jia 重复（另见 content\/documents\/jia\.mdx）$/ }],
  ['mdx-forbidden', { jiaBody: '编者按。\n\n<b>加粗</b>\n' }, { file: JIA, line: 17, column: 1, documentId: 'jia', message: /^不允许 HTML 标签 <b>/ }],
  ['unknown-parent', { jia: { 12: 'parents: [{ citation: 《乙》, documentId: no-such-rule, basis: stated }]' } }, { file: JIA, line: 12, column: 40, documentId: 'jia', message: /^声明的上位文件 no-such-rule 不在库中$/ }],
  ['unknown-source', { jia: { 13: 'source: { file: gone.txt, lines: "1-3", titleLines: [1] }' } }, { file: JIA, line: 13, column: 17, documentId: 'jia', message: /^原文 gone\.txt 不在 content\/sources\/ 中$/ }],
  ['overlap', { yiLines: '3-5' }, { file: YI, line: 13, documentId: 'yi', message: /^文件 yi 的行范围 3-5 与文件 jia 重叠，重叠处在 s\.txt:3$/ }],
  ['lines-outside-source', { jia: { 13: 'source: { file: s.txt, lines: "1-99", titleLines: [1] }' } }, { file: JIA, line: 13, documentId: 'jia', message: /^文件 jia 声明的行范围 1-99 超出了原文 s\.txt（共 5 行）$/ }],
  ['title-outside-lines', { jia: { 13: 'source: { file: s.txt, lines: "1-3", titleLines: [4] }' } }, { file: JIA, line: 13, documentId: 'jia', message: /^文件 jia 的标题行 4 不在其行范围 1-3 之内$/ }],
  ['lines-outside-source', { manifest: 'exclusions:\n  - { lines: "9", kind: chrome, reason: 页面框架 }\n' }, { file: 'content/sources/s.txt.yaml', line: 1, message: /^排除内容的行范围 9 超出了原文 s\.txt/ }],
  ['schema', { manifest: 'exclusions:\n  - { lines: "1", kind: menu, reason: 页面框架 }\n' }, { file: 'content/sources/s.txt.yaml', line: 2, column: 25, message: /^exclusions\.0\.kind：只能是 / }],
  ['unclaimed-text', { yiLines: '4-4' }, { file: 'content/sources/s.txt', line: 5, message: /^这一行文字不属于任何文件，也没有声明为排除内容：“第一条　其他。”$/ }],
  ['stale-erratum', { errata: ERRATUM.replace('line: 2', 'line: 3') }, { file: ERRATA, line: 1, documentId: 'jia', message: /^zongze：已失效——原文第 3 行应有“总则”恰好 1 处，实有 0 处$/ }],
  ['erratum-line', { errata: ERRATUM.replace('line: 2', 'line: 5') }, { file: ERRATA, line: 1, documentId: 'jia', message: /^zongze：原文第 5 行不在本文件之内$/ }],
  ['erratum-kind', { errata: ERRATUM.replace('kind: insertion', 'kind: deletion') }, { file: ERRATA, line: 1, documentId: 'jia', message: /^zongze：声明为 deletion（删字），但“总则”→“总则一”实际是 insertion（补字）$/ }],
  ['duplicate-id', { errata: ERRATUM + ERRATUM.replace('总则', '约谈').replace('line: 2', 'line: 3') }, { file: ERRATA, line: 8, documentId: 'jia', message: /^zongze：编号重复（第 1 行已用过）$/ }],
  ['schema', { errata: ERRATUM.replace('  evidence: 测试\n', '') }, { file: ERRATA, line: 1, column: 3, documentId: 'jia', message: /^evidence：缺少此项（应为文字）$/ }],
  ['unknown-document', { errata: ERRATUM, errataFor: 'bing' }, { file: 'content/errata/bing.yaml', line: 1, message: /^这是 bing 的校订表，但没有编号为 bing 的文件$/ }],
  ['unknown-clause', { topic: '---\ntitle: 专题\nsummary: 摘要\norder: 1\n---\n\n<Clause ref="jia#art-9" />\n' }, { file: 'content/topics/t.mdx', line: 7, message: /^文件 jia 没有条款“art-9”$/ }],
  ['schema', { topic: '---\ntitle: 专题\nsummary: 摘要\norder: 一\n---\n正文\n' }, { file: 'content/topics/t.mdx', line: 4, column: 8, message: /^order：应为数字$/ }],
  ['duplicate-term', { glossary: '- id: a\n  term: 约谈\n  definition: 甲\n  cite: [jia#art-2]\n- id: b\n  term: 约谈\n  definition: 乙\n  cite: [jia#art-2]\n' }, { file: 'content/glossary.yaml', line: 5, message: /^“约谈”已是术语 a 的写法$/ }],
  ['cite-without-term', { glossary: '- id: a\n  term: 约谈\n  definition: 甲\n  cite:\n    - jia#art-2\n    - jia#art-1\n' }, { file: 'content/glossary.yaml', line: 6, message: /^jia#art-1 没有用到“约谈”：请引用释义所依据的条款$/ }],
];

describe('content messages', () => {
  it('the base content has none', () => expect(buildCorpus(files()).problems).toEqual([]));

  it.each(cases)('%s: %o', (rule, variant, expected) => {
    const found = buildCorpus(files(variant)).problems.filter((p) => p.rule === rule);
    expect(found).toHaveLength(1);
    const [p] = found;
    expect({ file: p.file, line: p.line, column: p.column, documentId: p.documentId, severity: p.severity }).toEqual({
      file: expected.file,
      line: expected.line,
      column: expected.column,
      documentId: expected.documentId,
      severity: 'error',
    });
    expect(p.message).toMatch(expected.message);
    expect(formatMessage(p)).toBe(`${expected.file}:${expected.line}${expected.column ? `:${expected.column}` : ''}: ${p.message}`);
  });
});
