/**
 * For a secondary pairing, the note that explains it: "（八）同时对应第九条、
 * 第十条" when one left clause pairs with several right ones, "第二条同时对应
 * （三）、（四）" the other way round. Keyed by row anchor.
 */
import type { Comparison } from '@/lib/compare/build-comparison';
import { pushTo } from '@/lib/push-to';

export function partnerNotes(c: Comparison): Map<string, string> {
  const name = c.nameOf;
  const rightsOf = new Map<string, string[]>();
  const leftsOf = new Map<string, string[]>();
  for (const { row } of c.rows) {
    if (row.kind !== 'aligned') continue;
    pushTo(rightsOf, row.local.id, name(row.parent));
    pushTo(leftsOf, row.parent.id, name(row.local));
  }
  const notes = new Map<string, string>();
  for (const { row, anchor } of c.rows) {
    if (row.kind !== 'aligned') continue;
    const parts: string[] = [];
    if (row.repeats.local) parts.push(`${name(row.local)}同时对应${rightsOf.get(row.local.id)!.join('、')}`);
    if (row.repeats.parent) parts.push(`${name(row.parent)}同时对应${leftsOf.get(row.parent.id)!.join('、')}`);
    if (parts.length) notes.set(anchor, parts.join('；'));
  }
  return notes;
}
