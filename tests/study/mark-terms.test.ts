/** markTerms: the first use of each term becomes its own segment; correction runs are kept whole. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markTerms, type MarkedSegment } from '../../lib/study/mark-terms';
import type { TextRun } from '../../lib/corpus/export-contract';

const TERMS = [
  { id: 'veto', forms: ['一票否决', '一票否决权制'] },
  { id: 'veto-warning', forms: ['一票否决警示'] },
  { id: 'talk', forms: ['约谈'] },
];

const text = (segments: MarkedSegment[]) => segments.flatMap((s) => s.runs.map((r) => r.text)).join('');
const marked = (segments: MarkedSegment[]) => segments.filter((s) => s.termId).map((s) => [s.termId, s.runs.map((r) => r.text).join('')]);

describe('markTerms', () => {
  it('marks only the first occurrence of each term', () => {
    const segs = markTerms([{ text: '先约谈，约谈后仍未整改的，实行一票否决；一票否决期满解除。' }], TERMS);
    expect(marked(segs)).toEqual([
      ['talk', '约谈'],
      ['veto', '一票否决'],
    ]);
    expect(text(segs)).toBe('先约谈，约谈后仍未整改的，实行一票否决；一票否决期满解除。');
    expect(segs.map((s) => s.termId)).toEqual([null, 'talk', null, 'veto', null]);
  });

  it('prefers the longest wording at a position', () => {
    const segs = markTerms([{ text: '受到一票否决警示后仍未整改的，实行一票否决权制。' }], TERMS);
    expect(marked(segs)).toEqual([
      ['veto-warning', '一票否决警示'],
      ['veto', '一票否决权制'],
    ]);
  });

  it('keeps a correction run whole inside a term and splits only plain runs', () => {
    const runs: TextRun[] = [{ text: '由上级实行一票' }, { text: '否决', correctionId: 'c1' }, { text: '，并约谈。' }];
    const segs = markTerms(runs, TERMS);
    expect(marked(segs)).toEqual([
      ['veto', '一票否决'],
      ['talk', '约谈'],
    ]);
    const veto = segs.find((s) => s.termId === 'veto')!;
    expect(veto.runs).toEqual([{ text: '一票' }, { text: '否决', correctionId: 'c1' }]);
  });

  it('does not mark a term whose edge would cut through a correction, and marks its next use', () => {
    const runs: TextRun[] = [{ text: '约' }, { text: '谈话', correctionId: 'c2' }, { text: '后再约谈。' }];
    const segs = markTerms(runs, TERMS);
    expect(segs.flatMap((s) => s.runs).find((r) => r.correctionId)).toEqual({ text: '谈话', correctionId: 'c2' });
    expect(marked(segs)).toEqual([['talk', '约谈']]);
    expect(text(segs)).toBe('约谈话后再约谈。');
  });

  it("keeps a deletion's empty run", () => {
    const runs: TextRun[] = [{ text: '实行' }, { text: '', correctionId: 'del' }, { text: '约谈。' }];
    const segs = markTerms(runs, TERMS);
    expect(segs.flatMap((s) => s.runs)).toContainEqual({ text: '', correctionId: 'del' });
  });

  it('never changes the text or loses a correction (any runs)', () => {
    const run = fc.record({ text: fc.stringMatching(/^[约谈一票否决警示权制，。的]{0,6}$/), corr: fc.boolean() });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 8 }), (raw) => {
        const runs: TextRun[] = raw.map((r, i) => (r.corr ? { text: r.text, correctionId: `c${i}` } : { text: r.text }));
        const segs = markTerms(runs, TERMS);
        const out = segs.flatMap((s) => s.runs);
        expect(text(segs)).toBe(runs.map((r) => r.text).join(''));
        // Every correction run comes out exactly as it went in, once.
        expect(out.filter((r) => r.correctionId)).toEqual(runs.filter((r) => r.correctionId));
        const ids = segs.filter((s) => s.termId).map((s) => s.termId);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });
});
