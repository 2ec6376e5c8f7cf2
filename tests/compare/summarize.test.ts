import { describe, expect, it } from 'vitest';
import { formatPercent, pairSimilarity, summarize } from '../../lib/compare/summarize';
import type { AlignedRow, CompareRow, DiffSegment } from '../../lib/compare/model';
import { clause } from './synthetic';

const l = clause('loc', 'a1', 'x');
const p = clause('par', 'a1', 'y');
const aligned = (repeat = false): AlignedRow => ({
  kind: 'aligned',
  local: l,
  parent: p,
  score: 1,
  linkKind: 'implements',
  evidence: { sharedTerms: [], hints: [] },
  repeats: { local: false, parent: repeat },
});

describe('summarize', () => {
  it('counts each kind of row and weights similarity by length', () => {
    const a = aligned();
    const b = aligned(true);
    const rows: CompareRow[] = [a, { kind: 'local-only', local: l }, b, { kind: 'parent-only', parent: p }, { kind: 'parent-only', parent: p }];
    const diffs = new Map<AlignedRow, DiffSegment[]>([
      // 6 equal of 6 + 6: identical.
      [a, [{ op: 'equal', text: '各级党委政府' }]],
      // 2 equal; local 2 + 2 deleted, parent 2 + 4 inserted → 2·2 / (4 + 6).
      [b, [{ op: 'equal', text: '党委' }, { op: 'delete', text: '和' + '的' }, { op: 'insert', text: '人大机关' }]],
    ]);
    const s = summarize(rows, (r) => diffs.get(r)!);
    expect(s).toMatchObject({ aligned: 2, secondary: 1, localOnly: 1, parentOnly: 2, changed: 1 });
    // Overall: 2·(6 + 2) / (12 + 10).
    expect(s.similarity).toBeCloseTo(16 / 22);
    expect(pairSimilarity(diffs.get(b)!)).toBeCloseTo(4 / 10);
  });

  it('has no similarity when nothing is aligned', () => {
    expect(summarize([{ kind: 'local-only', local: l }], () => []).similarity).toBeNull();
  });

  it('never prints a near-identical pair as 100%', () => {
    expect(formatPercent(0.996)).toBe('99%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.873)).toBe('87%');
    expect(formatPercent(null)).toBe('—');
  });
});
