/**
 * A clause's own text: its displayed `text` without its sub-clauses. The
 * corpus builds `text` as the own text and each child's text joined by
 * newlines, so the own text is a prefix of `text` and offsets into it are
 * offsets into `text` — citations found here need no span mapping.
 */
import type { ClauseRecord } from '../corpus/export-contract';

export function ownText(clause: ClauseRecord, children: ClauseRecord[]): string {
  if (!children.length) return clause.text;
  const tail = children.map((c) => c.text).join('\n');
  if (!clause.text.endsWith(tail)) return clause.text.split('\n')[0];
  return clause.text.slice(0, clause.text.length - tail.length - 1);
}
