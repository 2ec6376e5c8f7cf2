/** Invisible and direction-changing characters: kept verbatim, named by line in every document. */
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../lib/ingest/parse-source';
import { INVISIBLE_CHAR, INVISIBLE_CHAR_NAMES } from '../../lib/ingest/patterns';

const SOURCE = [
  '某某\u202e法办理管\u202c', // 1: a title that displays reversed
  '第一条 为了规范工作，制定本办法。',
  '第二条 本办法自印发之日起施行。',
  '另一\u2066份\u2069通知', // 4: second document's title
  '一、各单位\u200b要\ufeff认真\u2060落实。',
  '二、本通知\u200f自\u061c即日起执行。',
].join('\n');
const DOCUMENTS = [
  { id: 'first', lines: '1-3', titleLines: [1] },
  { id: 'second', lines: '4-6', titleLines: [4] },
];

describe('invisible characters', () => {
  const parsed = parseSource('s.txt', SOURCE, DOCUMENTS, []);
  const found = parsed.findings.filter((f) => f.kind === 'invisible-char');

  it('are found in every document, one finding per line, named by line and code point', () => {
    expect(found.map((f) => [f.documentId, f.message.match(/^第 (\d+) 行/)?.[1]])).toEqual([
      ['first', '1'],
      ['second', '4'],
      ['second', '5'],
      ['second', '6'],
    ]);
    expect(found[0].message).toContain('U+202E（从右至左强制）、U+202C（方向格式结束）');
    expect(found[2].message).toContain('U+200B（零宽空格）、U+FEFF（零宽不换行空格）、U+2060（词连接符）');
    expect(found[3].message).toContain('U+200F（从右至左标记）、U+061C（阿拉伯字母标记）');
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('point at the clause that holds them', () => {
    expect(found[2].clauseId).not.toBeNull();
    expect(found[2].clauseId).not.toBe(found[3].clauseId);
  });

  it('stay in the text verbatim', () => expect(parsed.text).toBe(SOURCE));

  it('are none in text without them', () => {
    const clean = parseSource('s.txt', SOURCE.replace(INVISIBLE_CHAR, ''), DOCUMENTS, []);
    expect(clean.findings.filter((f) => f.kind === 'invisible-char')).toEqual([]);
  });

  it('has a name for every character the pattern matches', () => {
    const all = Object.keys(INVISIBLE_CHAR_NAMES).join('');
    expect(all.match(INVISIBLE_CHAR)).toHaveLength(Object.keys(INVISIBLE_CHAR_NAMES).length);
    expect('\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069'.replace(INVISIBLE_CHAR, '')).toBe('');
  });
});
