/**
 * What changed in an aligned row, in one line: the left text read as a
 * revision of the right — 新增「…」 (only the left has it), 删去「…」 (only
 * the right has it), 「…」改为「…」 (the right's words replaced by the
 * left's). Layout (a paragraph break only one side has) is not a change.
 */
import type { DiffSegment } from './model';
import { isLayoutOnly } from './diff-clauses';
import { pairSimilarity } from './summarize';

export type RowChange = { kind: 'added'; text: string } | { kind: 'removed'; text: string } | { kind: 'replaced'; from: string; to: string };

/** The changes in reading order; a deletion next to an insertion is one replacement. */
export function rowChanges(segments: DiffSegment[]): RowChange[] {
  const out: RowChange[] = [];
  let left = '';
  let right = '';
  const flush = () => {
    const to = left.trim();
    const from = right.trim();
    if (to && from) out.push({ kind: 'replaced', from, to });
    else if (to) out.push({ kind: 'added', text: to });
    else if (from) out.push({ kind: 'removed', text: from });
    left = right = '';
  };
  for (const s of segments) {
    if (s.op === 'equal') flush();
    else if (isLayoutOnly(s)) continue;
    else if (s.op === 'delete') left += s.text;
    else right += s.text;
  }
  flush();
  return out;
}

export type ChangeLineOptions = {
  /**
   * Below this similarity (summarize.ts) the row is said to be rewritten, with
   * how much each side has alone: quoting two long passages would only repeat
   * the cells. Never by default.
   */
  rewritten?: number;
  /** How many changes to name before "另有N处"; all by default. */
  max?: number;
  /** Longer quotations are cut to this many characters and "…"; none by default. */
  width?: number;
};

/** "「挂牌」改为「挂账」；新增「并报上级备案」", 改写较多…, or 文字相同. */
export function changeLine(segments: DiffSegment[], options: ChangeLineOptions = {}): string {
  const changes = rowChanges(segments);
  if (!changes.length) return '文字相同';
  if (pairSimilarity(segments) < (options.rewritten ?? 0)) {
    const count = (texts: string[]) => texts.reduce((n, t) => n + [...t.replace(/\s/g, '')].length, 0);
    const added = count(changes.map((c) => (c.kind === 'added' ? c.text : c.kind === 'replaced' ? c.to : '')));
    const removed = count(changes.map((c) => (c.kind === 'removed' ? c.text : c.kind === 'replaced' ? c.from : '')));
    return `改写较多：新增${added}字，删去${removed}字`;
  }
  const max = options.max ?? Infinity;
  const width = options.width ?? Infinity;
  const q = (text: string) => {
    const one = text.replace(/\s*\n\s*/g, '↵');
    return `「${one.length > width ? `${one.slice(0, width)}…` : one}」`;
  };
  const named = changes.slice(0, max).map((c) => (c.kind === 'added' ? `新增${q(c.text)}` : c.kind === 'removed' ? `删去${q(c.text)}` : `${q(c.from)}改为${q(c.to)}`));
  const rest = changes.length - named.length;
  return named.join('；') + (rest > 0 ? `；另有${rest}处改动` : '');
}
