/**
 * Two documents' units and the links between them → the rows of a
 * side-by-side comparison.
 *
 * Order: the local document is read top to bottom, so rows follow it. A
 * parent clause nobody implements is placed right after the rows of its
 * nearest preceding parent clause that does have a counterpart (or at the
 * top when none precedes it), so it stands next to its neighbours in the
 * parent's own order.
 *
 * Several links on one clause: every link is its own aligned row, so no
 * pairing is lost. A local clause's rows are consecutive and follow parent
 * order; a row whose local or parent clause already appeared earlier is
 * flagged in `repeats` (a secondary pairing the page labels as such).
 */
import type { ClauseRecord, LinkRecord } from '../corpus/export-contract';
import { globalId } from '../content/corpus-index';
import type { AlignedRow, CompareRow, ParentOnlyRow } from './model';
import { pushTo } from '../push-to';

type Pair = { i: number; j: number; link: LinkRecord };

/**
 * `links` may hold any links; only those from a `local` unit to a `parent`
 * unit count. Two links between the same two clauses count once (the
 * higher score wins).
 */
export function pairRows(local: ClauseRecord[], parent: ClauseRecord[], links: LinkRecord[]): CompareRow[] {
  const byLocal = groupPairs(local, parent, links);
  const rows: CompareRow[] = [];
  /** For each parent index, the index of the last row of the local group that shows it. */
  const anchorOf = new Map<number, number>();
  const seenParent = new Set<number>();

  local.forEach((l, i) => {
    const pairs = byLocal.get(i);
    if (!pairs) {
      rows.push({ kind: 'local-only', local: l });
      return;
    }
    const shown: number[] = [];
    pairs.forEach((p, k) => {
      rows.push(alignedRow(l, parent[p.j], p.link, k > 0, seenParent.has(p.j)));
      seenParent.add(p.j);
      shown.push(p.j);
    });
    // Anchor on the end of the group so a parent-only row never splits a local clause's rows.
    for (const j of shown) anchorOf.set(j, rows.length - 1);
  });

  return insertParentOnly(rows, parent, anchorOf);
}

function groupPairs(local: ClauseRecord[], parent: ClauseRecord[], links: LinkRecord[]): Map<number, Pair[]> {
  const li = new Map(local.map((c, i) => [globalId(c.documentId, c.id), i]));
  const pj = new Map(parent.map((c, j) => [globalId(c.documentId, c.id), j]));
  const best = new Map<string, Pair>();
  for (const link of links) {
    const i = li.get(link.from);
    const j = pj.get(link.to);
    if (i === undefined || j === undefined) continue;
    const key = `${i}:${j}`;
    const prev = best.get(key);
    if (!prev || link.score > prev.link.score) best.set(key, { i, j, link });
  }
  const byLocal = new Map<number, Pair[]>();
  for (const p of best.values()) pushTo(byLocal, p.i, p);
  for (const list of byLocal.values()) list.sort((a, b) => a.j - b.j);
  return byLocal;
}

function alignedRow(local: ClauseRecord, parent: ClauseRecord, link: LinkRecord, localRepeat: boolean, parentRepeat: boolean): AlignedRow {
  return {
    kind: 'aligned',
    local,
    parent,
    score: link.score,
    linkKind: link.kind,
    evidence: link.evidence,
    ...(link.review ? { review: link.review } : {}),
    repeats: { local: localRepeat, parent: parentRepeat },
  };
}

function insertParentOnly(rows: CompareRow[], parent: ClauseRecord[], anchorOf: Map<number, number>): CompareRow[] {
  // after[k + 1] holds the parent-only rows that go after row k; after[0] goes first.
  const after: ParentOnlyRow[][] = Array.from({ length: rows.length + 1 }, () => []);
  let anchor = -1;
  parent.forEach((p, j) => {
    const a = anchorOf.get(j);
    if (a !== undefined) anchor = a;
    else after[anchor + 1].push({ kind: 'parent-only', parent: p });
  });
  const out: CompareRow[] = [...after[0]];
  rows.forEach((r, k) => out.push(r, ...after[k + 1]));
  return out;
}
