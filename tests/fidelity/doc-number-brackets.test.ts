/** 文号 with unpaired year brackets: found, repaired by one character, and never copied on broken by the citation extractor. */
import { describe, expect, it } from 'vitest';
import { brokenDocNumbers, repairDocNumber } from '../../lib/fidelity/doc-number-brackets';
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
