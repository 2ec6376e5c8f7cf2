/**
 * A compared pair's diff, cut into paragraph pairs: where both sides start a
 * new paragraph at the same point of the diff, a new pair begins. On a phone
 * the two texts cannot stand side by side, and a long article read whole and
 * then its parent read whole loses the thread; read pair by pair, each local
 * paragraph sits right above the parent paragraph it follows.
 *
 * A break both sides share is an unchanged line break, or a changed
 * paragraph on each side that both end with a break (one reworded paragraph
 * for another). A break only one side has (a paragraph split or merged) stays
 * inside its pair, so a heavily reworded article is one pair: nothing is
 * paired that the diff did not pair.
 */
import type { DiffSegment } from './model';

/** Each pair as the stretch of the diff it spans; DiffText shows each side's part of it. */
export function paragraphPairs(segments: DiffSegment[]): DiffSegment[][] {
  const pairs: DiffSegment[][] = [];
  let current: DiffSegment[] = [];
  const close = () => {
    if (current.length) pairs.push(current);
    current = [];
  };
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (s.op === 'equal') {
      // Each unchanged line break closes a pair; the break itself ends the pair's last line.
      const lines = s.text.split('\n');
      const parentLines = s.parentText?.split('\n');
      lines.forEach((line, k) => {
        const text = k < lines.length - 1 ? `${line}\n` : line;
        const parentText = parentLines ? (k < parentLines.length - 1 ? `${parentLines[k]}\n` : parentLines[k]) : undefined;
        if (text) current.push(parentText !== undefined && parentText !== text ? { op: 'equal', text, parentText } : { op: 'equal', text });
        if (k < lines.length - 1) close();
      });
      continue;
    }
    const next = segments[i + 1];
    // One side's paragraph replaced by the other's, both ending at a break: the pair ends there.
    if (next && next.op !== 'equal' && next.op !== s.op && s.text.endsWith('\n') && next.text.endsWith('\n')) {
      current.push(s, next);
      i++;
      close();
      continue;
    }
    current.push(s);
  }
  close();
  return pairs;
}
