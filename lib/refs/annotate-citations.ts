/**
 * Stage 6 (annotate): a clause text cut into runs, each citation's span its
 * own run carrying the citation, so a page can render references as links
 * without re-parsing (and without injecting HTML).
 */
import type { CitationRecord } from '../corpus/export-contract';

export type AnnotatedRun = { text: string; citation?: CitationRecord };

export function annotateCitations(text: string, citations: CitationRecord[]): AnnotatedRun[] {
  const runs: AnnotatedRun[] = [];
  let at = 0;
  // Overlapping spans (a notice and the title inside it): the outer one wins.
  const sorted = [...citations].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  for (const c of sorted) {
    if (c.span.start < at || c.span.end > text.length) continue;
    if (c.span.start > at) runs.push({ text: text.slice(at, c.span.start) });
    runs.push({ text: text.slice(c.span.start, c.span.end), citation: c });
    at = c.span.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
