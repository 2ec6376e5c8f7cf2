/**
 * What 复制引用 copies with the text: the clause's citation (lib/clause),
 * then its text in quotation marks —
 * 《健全落实社会治安综合治理领导责任制规定》第三十二条：“本规定由……负责解释。”
 */
import type { ClauseRecord } from '../corpus/export-contract';
import { citationName, displayLabel, type ClauseIndex } from '../clause';

export function formatQuotation(document: { title: string }, clause: ClauseRecord, index: ClauseIndex): string {
  const label = displayLabel(clause.label);
  const body = (label && clause.text.startsWith(label) ? clause.text.slice(label.length) : clause.text).replace(/^[\s\u3000]+/, '');
  // Quotation marks inside a quotation become single ones.
  const inner = body.replace(/“/g, '‘').replace(/”/g, '’');
  return `${citationName(document, clause, index)}：“${inner}”`;
}
