/**
 * A clause's displayed runs → segments, where the first occurrence of each
 * glossary term is its own segment (the page makes it a focusable mark with
 * the definition). Plain runs are split at term boundaries; a correction run
 * is never split or merged (a term that would cut through one is not marked
 * there), so every correction keeps its id and its whole text — including a
 * deletion's empty run.
 */
import type { TextRun } from '../corpus/export-contract';

/** A glossary term and the wordings that count as it (its term and aliases). */
export type TermPattern = { id: string; forms: string[] };

export type MarkedSegment = { termId: string | null; runs: TextRun[] };

type Match = { start: number; end: number; termId: string };

export function markTerms(runs: TextRun[], terms: TermPattern[]): MarkedSegment[] {
  const text = runs.map((r) => r.text).join('');
  const whole: { start: number; end: number }[] = [];
  let offset = 0;
  for (const r of runs) {
    if (r.correctionId) whole.push({ start: offset, end: offset + r.text.length });
    offset += r.text.length;
  }
  const matches = firstMatches(text, terms, whole);
  const segments: MarkedSegment[] = [];
  // Pieces of one match are contiguous, and a term is marked once, so equal ids mean one segment.
  const push = (termId: string | null, run: TextRun) => {
    const last = segments.at(-1);
    if (last && last.termId === termId) last.runs.push(run);
    else segments.push({ termId, runs: [run] });
  };
  let at = 0;
  let m = 0;
  for (const run of runs) {
    const end = at + run.text.length;
    if (run.text === '') {
      push(matches.find((x) => x.start < at && at < x.end)?.termId ?? null, run);
      continue;
    }
    let from = at;
    while (from < end) {
      while (m < matches.length && matches[m].end <= from) m++;
      const match = matches[m];
      const inside = match && match.start <= from;
      const to = inside ? Math.min(end, match.end) : Math.min(end, match ? match.start : end);
      push(inside ? match.termId : null, slice(run, from - at, to - at));
      from = to;
    }
    at = end;
  }
  return segments;
}

function slice(run: TextRun, from: number, to: number): TextRun {
  if (from === 0 && to === run.text.length) return run;
  return { ...run, text: run.text.slice(from, to) };
}

/**
 * Leftmost-longest matches over all wordings (so 一票否决警示 is not read as
 * 一票否决 followed by 警示), then only the first match of each term among
 * those that do not cut through a `whole` span.
 */
export function firstMatches(text: string, terms: TermPattern[], whole: { start: number; end: number }[] = []): Match[] {
  const cuts = (at: number) => whole.some((w) => w.start < at && at < w.end);
  const forms = terms.flatMap((t) => t.forms.filter(Boolean).map((form) => ({ form, termId: t.id })));
  const all: Match[] = [];
  let i = 0;
  while (i < text.length) {
    let best: Match | null = null;
    for (const f of forms) {
      if (text.startsWith(f.form, i) && (!best || f.form.length > best.end - best.start)) best = { start: i, end: i + f.form.length, termId: f.termId };
    }
    if (best) {
      all.push(best);
      i = best.end;
    } else i++;
  }
  const seen = new Set<string>();
  return all.filter((x) => !cuts(x.start) && !cuts(x.end) && !seen.has(x.termId) && seen.add(x.termId));
}
