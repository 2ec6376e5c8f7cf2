/**
 * Element ids of a comparison's rows, so other pages can link straight to a
 * row: /compare/<left>/<right>/#row-<leftClauseId> is the first row of that
 * left-hand clause. Every left-hand unit has one, paired or not.
 */
import type { CompareRow } from './model';

export function anchoredRows(rows: CompareRow[]): { row: CompareRow; anchor: string }[] {
  const seen = new Set<string>();
  return rows.map((row) => {
    const first = row.kind !== 'parent-only' && !seen.has(row.local.id);
    if (row.kind !== 'parent-only') seen.add(row.local.id);
    return { row, anchor: rowAnchor(row, first) };
  });
}

export function rowAnchor(row: CompareRow, firstOfLocal: boolean): string {
  if (row.kind === 'parent-only') return `only-${row.parent.id}`;
  if (row.kind === 'local-only' || firstOfLocal) return localRowAnchor(row.local.id);
  return `row-${row.local.id}--${row.parent.id}`;
}

export function localRowAnchor(localClauseId: string): string {
  return `row-${localClauseId}`;
}
