import type { ClauseRecord } from '../corpus/export-contract';

/** A clause's own source words: its span is its own lines followed by its children's spans, so the head is what precedes them. */
export function sourceHead(record: ClauseRecord, children: ClauseRecord[]): string {
  const tail = children.map((c) => c.sourceText).join('');
  const own = tail && record.sourceText.endsWith(tail) ? record.sourceText.slice(0, record.sourceText.length - tail.length) : record.sourceText;
  return own.replace(/\n+$/, '');
}
