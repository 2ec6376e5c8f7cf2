/** 文号 with unpaired year brackets: found, repaired by one character, and never copied on broken by the citation extractor. */
import { describe, expect, it } from 'vitest';
import { brokenDocNumbers, docNumberCandidates, docNumberFindings, repairDocNumber } from '../../lib/fidelity/doc-number-brackets';
import { tokenizeCitations } from '../../lib/refs/tokenize-citations';
import { findCitations } from '../../lib/refs/find-citations';
import { cleanText } from '../../lib/refs/clean-text';
import type { FoundDocumentCitation } from '../../lib/refs/model';

describe('brokenDocNumbers', () => {
  it.each([
    ['(赣综治办(2010]34号)要求', [['赣综治办(2010]34号', '赣综治办(2010)34号', '(2010]', '(2010)']]],
    ['（赣综治办（2010]34号）', [['赣综治办（2010]34号', '赣综治办（2010）34号', '（2010]', '（2010）']]],
    ['云反恐办发〔2012)1号', [['云反恐办发〔2012)1号', '云反恐办发〔2012〕1号', '〔2012)', '〔2012〕']]],
    ['厅字〔2016〕8号', []],
    ['赣财行(2012)93号', []],
    ['[2012]5号、（2013）6号', []],
    ['自2016年2月27日起施行', []],
  ] as [string, string[][]][])('%s', (text, expected) => {
    expect(brokenDocNumbers(text).map((b) => [b.raw, b.repaired, b.find, b.replace])).toEqual(expected);
  });

  it('repairs only what is broken', () => {
    expect(repairDocNumber('中办发〔2024〕2号')).toBe('中办发〔2024〕2号');
    expect(repairDocNumber('中办发〔2024]2号')).toBe('中办发〔2024〕2号');
  });

  it('the citation extractor gives the 文号 paired', () => {
    const text = cleanText('按照省综治委、省委组织部《关于进一步加强社会治安综合治理的意见》(赣综治办(2010]34号)要求');
    const [c] = findCitations(text, tokenizeCitations(text)).filter((x): x is FoundDocumentCitation => x.kind === 'document');
    expect(c.docNumber?.raw).toBe('赣综治办（2010）34号');
  });
});

describe('docNumberFindings', () => {
  const clause = (runs: { text: string; correctionId?: string }[]) => ({ id: 'art-1', head: runs }) as never;
  it.each([
    ['a broken 文号 as displayed', [{ text: '（赣综治办(2010]34号）要求' }], 1],
    ['paired by a declared erratum', [{ text: '（赣综治办(2010' }, { text: ')', correctionId: 'd/x' }, { text: '34号）要求' }], 0],
    ['a sound 文号', [{ text: '（厅字〔2016〕8号）' }], 0],
  ] as [string, { text: string; correctionId?: string }[], number][])('%s', (_name, runs, n) => {
    expect(docNumberFindings('d', [clause(runs)])).toHaveLength(n);
  });
});

describe('docNumberCandidates', () => {
  it('proposes a pasteable one-character substitution, and marks one already declared', () => {
    const lines = [{ line: 179, text: '《意见》(赣综治办(2010]34号)要求' }];
    const [c] = docNumberCandidates(lines);
    expect(c).toMatchObject({ line: 179, find: '赣综治办(2010]34号', replace: '赣综治办(2010)34号', kind: 'substitution', confidence: 'medium', declared: undefined });
    expect(lines[0].text[c.column]).toBe(']');
    const [d] = docNumberCandidates(lines, [{ id: 'wenhao', line: 179, column: c.column, corrected: ')' }]);
    expect(d.declared).toBe('wenhao');
  });
});
