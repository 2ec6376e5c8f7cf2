/**
 * The text of a unit as the comparison shows and diffs it: the whole unit
 * (its paragraphs and items included), without its own label — "（三）" and
 * "第二条" name positions, not content, and would otherwise differ in every
 * row — and without the indentation a source uses to lay out its lines.
 * Line breaks between paragraphs stay.
 */
import type { ClauseRecord } from '../corpus/export-contract';
import { displayLabel } from '../clause/display-label';
import type { TextMode } from './model';

const EDGE_SPACE = /^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g;

export function comparableText(clause: ClauseRecord, mode: TextMode): string {
  const raw = mode === 'corrected' ? clause.text : clause.sourceText;
  const lines = raw
    .split('\n')
    .map((l) => l.replace(EDGE_SPACE, ''))
    .filter((l) => l.length > 0);
  if (!lines.length) return '';
  lines[0] = stripLabel(lines[0], clause.label);
  if (!lines[0]) lines.shift();
  return lines.join('\n');
}

function stripLabel(line: string, label: string): string {
  if (!label) return line;
  for (const form of [label, displayLabel(label)]) {
    if (line.startsWith(form)) return line.slice(form.length).replace(EDGE_SPACE, '');
  }
  return line;
}
