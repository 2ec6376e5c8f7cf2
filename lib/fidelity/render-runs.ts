/**
 * A clause's own line → displayed runs: the verbatim source with corrections
 * applied (each marked with its id) and Chinese punctuation in running text.
 */
import type { ClauseNode } from '../ingest/clause-tree';
import type { Correction, TextRun } from '../corpus/export-contract';
import { INDENT } from '../ingest/patterns';
import { toChinesePunctuation } from './punctuation';


/** Where a node's own text lies in the source: after indent and label, before trailing space. */
export function ownTextSpan(text: string, node: ClauseNode): { start: number; end: number } {
  const nl = text.indexOf('\n', node.head.start);
  const lineEnd = nl < 0 || nl > node.head.end ? node.head.end : nl;
  const line = text.slice(node.head.start, lineEnd);
  const indent = INDENT.exec(line)![0].length;
  const start = node.head.start + indent + node.label.length;
  const trimmed = text.slice(start, lineEnd).replace(/[\s\u3000\u00a0]+$/, '');
  return { start, end: start + trimmed.length };
}

export function renderRuns(text: string, node: ClauseNode, corrections: Correction[]): TextRun[] {
  const { start, end } = ownTextSpan(text, node);
  // Between the label and the text, scrapes put spaces ("第一条  为…"); drop them from display.
  let from = start;
  while (from < end && /[\s\u3000\u00a0]/.test(text[from])) from++;
  const runs: TextRun[] = [];
  let at = from;
  for (const c of corrections) {
    if (c.span.end < from || c.span.start > end) continue;
    if (c.span.start < from || c.span.end > end) continue;
    if (c.span.start > at) runs.push({ text: text.slice(at, c.span.start) });
    runs.push({ text: c.corrected, correctionId: c.id });
    at = c.span.end;
  }
  if (at < end) runs.push({ text: text.slice(at, end) });
  // Each run is converted with the whole clause around it as context, so a bracket pair
  // that a correction splits ("(平安[建设])") still turns full-width on both sides.
  return runs.map((r, i) => {
    const before = runs.slice(0, i).map((x) => x.text).join('');
    const after = runs.slice(i + 1).map((x) => x.text).join('');
    return { ...r, text: toChinesePunctuation(r.text, before, after) };
  });
}
