import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pairRows } from '../../lib/compare/pair-rows';
import type { CompareRow } from '../../lib/compare/model';
import { articles, link } from './synthetic';

const L = articles('loc', 5);
const P = articles('par', 6);
const g = (doc: string, k: number) => `${doc}#a${k}`;

/** "a1|a2" for aligned, "a1|" local-only, "|a3" parent-only; secondary pairings marked with *. */
function shape(rows: CompareRow[]): string[] {
  return rows.map((r) => {
    if (r.kind === 'local-only') return `${r.local.id}|`;
    if (r.kind === 'parent-only') return `|${r.parent.id}`;
    const star = r.repeats.local || r.repeats.parent ? '*' : '';
    return `${r.local.id}|${r.parent.id}${star}`;
  });
}

describe('pairRows', () => {
  it('pairs one to one in local order and marks unpaired clauses on each side', () => {
    const links = [link(g('loc', 1), g('par', 1)), link(g('loc', 2), g('par', 3)), link(g('loc', 4), g('par', 4))];
    expect(shape(pairRows(L.slice(0, 4), P.slice(0, 4), links))).toEqual(['a1|a1', '|a2', 'a2|a3', 'a3|', 'a4|a4']);
  });

  it('places a parent-only clause after its nearest preceding paired neighbour, or first', () => {
    const links = [link(g('loc', 1), g('par', 3)), link(g('loc', 2), g('par', 5))];
    expect(shape(pairRows(L.slice(0, 3), P, links))).toEqual(['|a1', '|a2', 'a1|a3', '|a4', 'a2|a5', '|a6', 'a3|']);
  });

  it('keeps every pairing of a local clause linked to several parent clauses, in parent order', () => {
    const links = [link(g('loc', 1), g('par', 4)), link(g('loc', 1), g('par', 2)), link(g('loc', 2), g('par', 5))];
    const rows = pairRows(L.slice(0, 2), P.slice(0, 5), links);
    expect(shape(rows)).toEqual(['|a1', 'a1|a2', 'a1|a4*', '|a3', 'a2|a5']);
    const second = rows[2];
    expect(second.kind === 'aligned' && second.repeats).toEqual({ local: true, parent: false });
  });

  it('keeps every local clause linked to one parent clause (many to one)', () => {
    const links = [link(g('loc', 1), g('par', 2)), link(g('loc', 2), g('par', 2)), link(g('loc', 3), g('par', 2))];
    const rows = pairRows(L.slice(0, 3), P.slice(0, 3), links);
    expect(shape(rows)).toEqual(['|a1', 'a1|a2', 'a2|a2*', 'a3|a2*', '|a3']);
    expect(rows.filter((r) => r.kind === 'aligned' && r.repeats.parent)).toHaveLength(2);
  });

  it('does not split a local clause’s rows with a parent-only clause', () => {
    // loc a1 → par a1 and a3; par a2 is unpaired and belongs after the whole group.
    const links = [link(g('loc', 1), g('par', 1)), link(g('loc', 1), g('par', 3))];
    expect(shape(pairRows(L.slice(0, 1), P.slice(0, 3), links))).toEqual(['a1|a1', 'a1|a3*', '|a2']);
  });

  it('ignores links that do not join the two lists, and counts a duplicated pair once with its best score', () => {
    const links = [link(g('loc', 1), g('par', 1), 0.3), link(g('loc', 1), g('par', 1), 0.9, 'similar'), link(g('loc', 1), 'other#a1'), link(g('par', 1), g('loc', 1))];
    const rows = pairRows(L.slice(0, 1), P.slice(0, 1), links);
    expect(rows).toHaveLength(1);
    expect(rows[0].kind === 'aligned' && [rows[0].score, rows[0].linkKind]).toEqual([0.9, 'similar']);
  });

  it('loses no clause and no link, and keeps local order, for any links', () => {
    const pairArb = fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 6 })), { maxLength: 12 });
    fc.assert(
      fc.property(pairArb, (pairs) => {
        const rows = pairRows(L, P, pairs.map(([i, j]) => link(g('loc', i), g('par', j))));
        const aligned = new Set(rows.flatMap((r) => (r.kind === 'aligned' ? [`${r.local.id}:${r.parent.id}`] : [])));
        expect(aligned).toEqual(new Set(pairs.map(([i, j]) => `a${i}:a${j}`)));
        expect(rows.filter((r) => r.kind === 'aligned').length).toBe(aligned.size);
        const localSeq = rows.flatMap((r) => (r.kind === 'parent-only' ? [] : [r.local.id]));
        expect([...new Set(localSeq)]).toEqual(L.map((c) => c.id));
        const parents = new Set(rows.flatMap((r) => (r.kind === 'local-only' ? [] : [r.parent.id])));
        expect(parents).toEqual(new Set(P.map((c) => c.id)));
        // A local clause's rows are consecutive.
        const runs = localSeq.filter((id, k) => k === 0 || localSeq[k - 1] !== id);
        expect(runs).toEqual(L.map((c) => c.id));
      }),
    );
  });
});
