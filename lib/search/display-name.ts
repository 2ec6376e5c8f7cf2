/** What a reader calls a clause in a search hit. */
import type { ClauseRecord } from '../types';
import { displayLabel } from '../fidelity/render-runs';
import { toChineseNumber } from '../ingest/patterns';

/** Its printed label, or 第二款, 标题, 序言 where none is printed. */
export function displayName(c: ClauseRecord, parent: ClauseRecord | undefined): string {
  if (c.label) return displayLabel(c.label);
  if (c.kind === 'paragraph' && c.number) return `第${toChineseNumber(c.number)}${parent?.kind === 'article' ? '款' : '段'}`;
  return c.kind === 'title' ? '标题' : c.kind === 'preamble' ? '序言' : '';
}
