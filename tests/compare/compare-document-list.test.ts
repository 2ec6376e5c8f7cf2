import { describe, expect, it } from 'vitest';
import { compareDocumentList, pickerName } from '../../lib/compare/compare-document-list';
import { doc } from './synthetic';

describe('the picker’s document list', () => {
  it('names each document with its kind and version date, so two versions of one law differ', () => {
    const a = doc('law-2005', { shortTitle: '信访条例', versionDate: '2005-01-10' });
    const b = doc('law-1995', { shortTitle: '信访条例', versionDate: '1995-10-28' });
    expect(pickerName(a)).not.toBe(pickerName(b));
    expect(pickerName(a)).toMatch(/^《信访条例》（.+，2005-01-10）$/);
    expect(pickerName(doc('undated', { shortTitle: '办法', versionDate: null }))).toMatch(/^《办法》（[^，]+）$/);
  });

  it('lists every document once, in order, and the pre-generated pairs', () => {
    const docs = ['a', 'b', 'c'].map((id) => doc(id));
    const list = compareDocumentList(docs, [{ local: 'a', parent: 'b' }]);
    expect(list.documents.map(([id]) => id)).toEqual(['a', 'b', 'c']);
    expect(list.pairs).toEqual([['a', 'b']]);
  });
});
