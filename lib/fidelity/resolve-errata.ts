/**
 * Errata are declared in content/errata/<documentId>.yaml. Each entry names
 * the exact source text it expects (`find`) and what it becomes (`replace`),
 * either on one source line or, with `all: true` and an expected `count`,
 * everywhere in the document. If the source no longer holds that text, the
 * entry is stale and `kb check` fails at the entry's line: a correction can
 * never drift onto other words.
 */
import { parseDocument, LineCounter, isSeq, isMap } from 'yaml';
import { z } from 'zod';
import type { Correction, Span } from '../types';

export const ErratumEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case letters, digits and hyphens'),
    line: z.number().int().positive().optional(),
    all: z.boolean().optional(),
    count: z.number().int().positive().optional(),
    occurrence: z.number().int().positive().optional(),
    find: z.string().min(1),
    replace: z.string(),
    kind: z.enum(['substitution', 'insertion', 'deletion']),
    evidence: z.string().min(1),
    confidence: z.enum(['high', 'medium', 'low']),
  })
  .strict()
  .refine((e) => (e.all ? e.count !== undefined && e.line === undefined : e.line !== undefined), {
    message: 'an erratum needs either `line`, or `all: true` with the expected `count`',
  });
export type ErratumEntry = z.infer<typeof ErratumEntry>;

export type ErrataProblem = { file: string; line: number; message: string };

/** Parse an errata file, keeping each entry's line for error messages. */
export function parseErrata(file: string, yamlText: string): { entries: { entry: ErratumEntry; line: number }[]; problems: ErrataProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter });
  const problems: ErrataProblem[] = doc.errors.map((e) => ({ file, line: counter.linePos(e.pos[0]).line, message: e.message }));
  const entries: { entry: ErratumEntry; line: number }[] = [];
  if (!isSeq(doc.contents)) {
    if (!problems.length) problems.push({ file, line: 1, message: 'an errata file is a YAML list of corrections' });
    return { entries, problems };
  }
  for (const item of doc.contents.items) {
    const line = isMap(item) && item.range ? counter.linePos(item.range[0]).line : 1;
    const parsed = ErratumEntry.safeParse((item as { toJSON(): unknown }).toJSON());
    if (parsed.success) entries.push({ entry: parsed.data, line });
    else problems.push({ file, line, message: parsed.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`).join('; ') });
  }
  return { entries, problems };
}

/** What the find→replace edit changes: the differing middle, once the common ends are trimmed. */
export function minimalEdit(find: string, replace: string): { offset: number; original: string; corrected: string } {
  let p = 0;
  while (p < find.length && p < replace.length && find[p] === replace[p]) p++;
  let s = 0;
  while (s < find.length - p && s < replace.length - p && find[find.length - 1 - s] === replace[replace.length - 1 - s]) s++;
  return { offset: p, original: find.slice(p, find.length - s), corrected: replace.slice(p, replace.length - s) };
}

function kindOf(original: string, corrected: string): Correction['kind'] {
  if (!original) return 'insertion';
  if (!corrected) return 'deletion';
  return 'substitution';
}

/**
 * Locate entries in the normalised source text. `lineStarts` maps 1-based
 * line numbers to offsets; `scope` is the document's span.
 */
export function resolveErrata(
  file: string,
  entries: { entry: ErratumEntry; line: number }[],
  text: string,
  lineSpan: (line: number) => Span | null,
  scope: Span,
): { corrections: Correction[]; problems: ErrataProblem[] } {
  const corrections: Correction[] = [];
  const problems: ErrataProblem[] = [];
  for (const { entry, line } of entries) {
    const edit = minimalEdit(entry.find, entry.replace);
    const actual = kindOf(edit.original, edit.corrected);
    if (actual !== entry.kind) {
      problems.push({ file, line, message: `${entry.id}: declared ${entry.kind}, but “${entry.find}” → “${entry.replace}” is a ${actual}` });
      continue;
    }
    const area = entry.all ? scope : lineSpan(entry.line!);
    if (!area) {
      problems.push({ file, line, message: `${entry.id}: source line ${entry.line} does not exist` });
      continue;
    }
    const hits = occurrences(text, entry.find, area);
    const where = entry.all ? 'in the document' : `on source line ${entry.line}`;
    if (entry.all ? hits.length !== entry.count : hits.length === 0 || (hits.length > 1 && !entry.occurrence) || (entry.occurrence ?? 1) > hits.length) {
      problems.push({
        file,
        line,
        message: `${entry.id}: stale — expected “${entry.find}” ${entry.all ? `${entry.count} times` : entry.occurrence ? `at least ${entry.occurrence} times` : 'exactly once'} ${where}, found ${hits.length}`,
      });
      continue;
    }
    const chosen = entry.all ? hits : [hits[(entry.occurrence ?? 1) - 1]];
    chosen.forEach((at, i) => {
      const start = at + edit.offset;
      corrections.push({
        id: chosen.length > 1 ? `${entry.id}-${i + 1}` : entry.id,
        kind: entry.kind,
        span: { start, end: start + edit.original.length },
        original: edit.original,
        corrected: edit.corrected,
        evidence: entry.evidence,
        confidence: entry.confidence,
        declaredAt: { file, line },
      });
    });
  }
  corrections.sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < corrections.length; i++) {
    if (corrections[i].span.start < corrections[i - 1].span.end) {
      const c = corrections[i];
      problems.push({ file, line: c.declaredAt.line, message: `${c.id}: overlaps correction ${corrections[i - 1].id}` });
    }
  }
  return { corrections, problems };
}

function occurrences(text: string, needle: string, area: Span): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle, area.start); i >= 0 && i + needle.length <= area.end; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}
