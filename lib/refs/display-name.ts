/**
 * How a clause is named in Chinese text: 第十一条, （十八）, 第十一条第二款,
 * 第二十条第（三）项. Used in resolution reasons and on the site.
 */
import type { ClauseRecord } from '../types';
import { toChineseNumber } from '../ingest/patterns';
import { displayLabel } from '../fidelity/render-runs';
import { ITEM_NUMBER_END } from './patterns';

export function displayName(c: ClauseRecord, byId: Map<string, ClauseRecord>): string {
  const label = displayLabel(c.label);
  const parent = c.parentId ? byId.get(c.parentId) : undefined;
  if (c.kind === 'paragraph' && parent) {
    const siblings = [...byId.values()].filter((k) => k.parentId === parent.id && k.kind === 'paragraph');
    return `${displayName(parent, byId)}第${toChineseNumber(siblings.indexOf(c) + 2)}款`;
  }
  if ((c.kind === 'item' || c.kind === 'subitem') && parent) return `${displayName(parent, byId)}${label.replace(ITEM_NUMBER_END, '')}`;
  if (label) return label;
  if (c.kind === 'preamble') return '序言';
  if (c.kind === 'title') return '标题';
  return c.id;
}
