import { describe, expect, it } from 'vitest';
import { BOM, compareCsv, csvField } from '../../lib/compare/compare-csv';
import type { AlignedRow, CompareRow } from '../../lib/compare/model';
import { diffClauses } from '../../lib/compare/diff-clauses';
import { comparableText } from '../../lib/compare/comparable-text';
import { clause } from './synthetic';
import { cssString } from '../../lib/site/css-string';
import { ClauseIndex, clauseName } from '../../lib/clause';

const wording = {
  local: '地方',
  parent: '上位',
  localName: '地方',
  parentName: '上位法',
  kinds: { aligned: '对齐', 'local-only': '地方新增', 'parent-only': '地方未规定' },
};

/** A minimal RFC 4180 reader, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

describe('compareCsv', () => {
  const l = clause('loc', 'art-3', '（三）适用对象。本办法适用于党的机关、机关，“试行”。\n第二段', { label: '(三)' });
  const p = clause('par', 'art-2', '第二条　本规定适用于党的机关、人大机关，“试行”。\n第二段', { label: '第二条' });
  const only = clause('loc', 'art-9', '（九）其他', { label: '(九)' });
  const a: AlignedRow = { kind: 'aligned', local: l, parent: p, score: 1, linkKind: 'implements', evidence: { sharedTerms: [], hints: [] }, repeats: { local: false, parent: false } };
  const rows: CompareRow[] = [a, { kind: 'local-only', local: only }, { kind: 'parent-only', parent: p }];
  const diffOf = (r: AlignedRow) => diffClauses(comparableText(r.local, 'corrected'), comparableText(r.parent, 'corrected'));
  const csv = compareCsv(rows, diffOf, 'corrected', wording, (c) => clauseName(c, new ClauseIndex([c])));

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has the header and one line per row, and reads back intact', () => {
    const table = parseCsv(csv.slice(1));
    expect(table[0]).toEqual(['行类型', '地方条款', '地方条文', '上位条款', '上位条文', '相似度', '改动（地方较上位法）']);
    expect(table).toHaveLength(4);
    expect(table[1].slice(0, 5)).toEqual(['对齐', '（三）', '适用对象。本办法适用于党的机关、机关，“试行”。\n第二段', '第二条', '本规定适用于党的机关、人大机关，“试行”。\n第二段']);
    expect(table[1][5]).toMatch(/^\d+%$/);
    expect(table[1][6]).toContain('「本规定」改为「适用对象。本办法」');
    expect(table[1][6]).toContain('删去「人大」');
    expect(table[2]).toEqual(['地方新增', '（九）', '其他', '', '', '', '']);
    expect(table[3][0]).toBe('地方未规定');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"是"')).toBe('"他说""是"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
    expect(csvField('一\r\n二')).toBe('"一\r\n二"');
    expect(csvField('全角，逗号')).toBe('全角，逗号');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x","点")', `"'=HYPERLINK(""http://x"",""点"")"`],
    ['第一条 =1', '第一条 =1'],
    ['a-b', 'a-b'],
  ])('neutralises a cell a spreadsheet would run as a formula: %j', (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });

});

describe('cssString', () => {
  it('escapes what could end the string or the style element', () => {
    const out = cssString('《规定》"引号"\\</style><script>\n');
    expect(out).not.toMatch(/["<>\n]/);
    expect(out).toBe('《规定》\\22 引号\\22 \\5c \\3c /style\\3e \\3c script\\3e \\a ');
  });
});
