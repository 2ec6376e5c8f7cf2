import { describe, expect, it } from 'vitest';
import { renderRuns } from '../../lib/fidelity/render-runs';
import type { ClauseNode } from '../../lib/ingest/clause-tree';
import type { Correction } from '../../lib/corpus/export-contract';

const text = '(十)实施综治维稳工作(平安建)年度综合考评,对评为优秀等次的给予励。';
const node: ClauseNode = {
  id: 'art-10', kind: 'article', family: 'cn-paren', label: '(十)', number: 10,
  span: { start: 0, end: text.length }, head: { start: 0, end: text.length }, line: 1, children: [],
};
const insert = (id: string, after: string, corrected: string): Correction => {
  const at = text.indexOf(after) + after.length;
  return { id, kind: 'insertion', span: { start: at, end: at }, original: '', corrected, evidence: 'test', confidence: 'high', declaredAt: { file: 'x.yaml', line: 1 } };
};

describe('renderRuns', () => {
  it('marks each correction and converts punctuation around it', () => {
    const runs = renderRuns(text, node, [insert('jiang', '给予', '奖')]);
    expect(runs.map((r) => r.text).join('')).toBe('实施综治维稳工作（平安建）年度综合考评，对评为优秀等次的给予奖励。');
    expect(runs.find((r) => r.correctionId === 'jiang')?.text).toBe('奖');
  });

  it('converts a bracket pair that a correction splits on both sides', () => {
    const runs = renderRuns(text, node, [insert('she', '平安建', '设')]);
    expect(runs.map((r) => r.text).join('')).toBe('实施综治维稳工作（平安建设）年度综合考评，对评为优秀等次的给予励。');
  });
});
