/**
 * Errata are declared in content/errata/<documentId>.yaml. Each entry names
 * the exact source text it expects (`find`) and what it becomes (`replace`),
 * either on one source line or, with `all: true` and an expected `count`,
 * everywhere in the document. If the source no longer holds that text, the
 * entry is stale and `kb check` fails at the entry's line: a correction can
 * never drift onto other words.
 *
 * Where the text is clearly damaged but the evidence does not say what it
 * should read, an entry declares suspected damage instead (`suspect: true`,
 * a `note`, no replacement): the text stays as printed, the document gets a
 * finding, and the entry is stale-checked like a correction.
 */
import { parseDocument, LineCounter, isSeq, isMap, type Node } from 'yaml';
import { yamlToJs } from '../content/yaml-to-js';
import { contentError, type ContentMessage } from '../content/message';
import { positionsIn, schemaProblem, yamlSyntaxProblems } from '../content/parse-content';
import { zodIssueInChinese } from '../content/zod-message';
import { z } from 'zod';
import type { Correction, Span } from '../corpus/export-contract';

const EntryId = z.string().regex(/^[a-z0-9-]+$/, '编号只能由小写英文字母、数字和连字符组成');

export const ErratumEntry = z
  .object({
    id: EntryId,
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
    message: '校订须写明 line（原文行号），或写 all: true 并给出预期的 count',
  });
export type ErratumEntry = z.infer<typeof ErratumEntry>;

/** Suspected damage: a passage that is clearly damaged, kept as printed for want of evidence. */
export const SuspectEntry = z
  .object({
    id: EntryId,
    line: z.number().int().positive(),
    occurrence: z.number().int().positive().optional(),
    find: z.string().min(1),
    suspect: z.literal(true),
    note: z.string().min(1),
  })
  .strict();
export type SuspectEntry = z.infer<typeof SuspectEntry>;

/** Suspected damage located in the source: the passage stays as printed. */
export type SuspectedDamage = { id: string; span: Span; line: number; find: string; note: string; declaredAt: { file: string; line: number } };

type Declared<T> = { entry: T; line: number };

/** Parse an errata file, keeping each entry's line for error messages. */
export function parseErrata(
  file: string,
  yamlText: string,
): { entries: Declared<ErratumEntry>[]; suspects: Declared<SuspectEntry>[]; problems: ContentMessage[] } {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter });
  const problems = yamlSyntaxProblems(file, doc.errors, counter);
  const entries: Declared<ErratumEntry>[] = [];
  const suspects: Declared<SuspectEntry>[] = [];
  if (!isSeq(doc.contents)) {
    if (!problems.length) problems.push(contentError(file, 1, 'schema', '校订表应是 YAML 列表，每项一条校订'));
    return { entries, suspects, problems };
  }
  const ids = new Map<string, number>();
  for (const item of doc.contents.items) {
    const line = isMap(item) && item.range ? counter.linePos(item.range[0]).line : 1;
    const value = yamlToJs(doc, counter, item as Node);
    if (!value.ok) {
      problems.push(contentError(file, value.line, 'yaml-alias', value.message));
      continue;
    }
    const raw = value.value;
    const isSuspect = typeof raw === 'object' && raw !== null && 'suspect' in raw;
    const parsed = (isSuspect ? SuspectEntry : ErratumEntry).safeParse(raw, { error: zodIssueInChinese });
    if (!parsed.success) {
      const positionOf = positionsIn(item, counter);
      problems.push(...parsed.error.issues.map((i) => schemaProblem(file, i, positionOf)));
      continue;
    }
    const id = parsed.data.id;
    if (ids.has(id)) problems.push(contentError(file, line, 'duplicate-id', `${id}：编号重复（第 ${ids.get(id)} 行已用过）`));
    ids.set(id, line);
    if (isSuspect) suspects.push({ entry: parsed.data as SuspectEntry, line });
    else entries.push({ entry: parsed.data as ErratumEntry, line });
  }
  return { entries, suspects, problems };
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
 * Locate entries in the normalised source text. `lineSpan` gives a 1-based
 * source line's span; `scope` is the document's span.
 */
export function resolveErrata(
  file: string,
  entries: Declared<ErratumEntry>[],
  text: string,
  lineSpan: (line: number) => Span | null,
  scope: Span,
): { corrections: Correction[]; problems: ContentMessage[] } {
  const corrections: Correction[] = [];
  const problems: ContentMessage[] = [];
  for (const { entry, line } of entries) {
    const edit = minimalEdit(entry.find, entry.replace);
    const actual = kindOf(edit.original, edit.corrected);
    if (actual !== entry.kind) {
      problems.push(contentError(file, line, 'erratum-kind', `${entry.id}：声明为 ${entry.kind}（${KIND_NAMES[entry.kind]}），但“${entry.find}”→“${entry.replace}”实际是 ${actual}（${KIND_NAMES[actual]}）`));
      continue;
    }
    const chosen = locate(entry, text, lineSpan, scope);
    if ('rule' in chosen) {
      problems.push(contentError(file, line, chosen.rule, chosen.message));
      continue;
    }
    chosen.forEach((at, i) => {
      const start = at + edit.offset;
      corrections.push({
        id: chosen.length > 1 ? `${entry.id}-${i + 1}` : entry.id,
        kind: entry.kind,
        span: { start, end: start + edit.original.length },
        original: edit.original,
        corrected: edit.corrected,
        evidence: readableEvidence(entry.evidence, entries),
        confidence: entry.confidence,
        declaredAt: { file, line },
      });
    });
  }
  // Insertions sort before a substitution starting at the same place, which is the order they display in.
  corrections.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const kept: Correction[] = [];
  for (const c of corrections) {
    const prev = kept[kept.length - 1];
    // Two insertions at one point have no defined order, so they overlap too.
    if (prev && (c.span.start < prev.span.end || (c.span.start === prev.span.start && c.span.end === prev.span.end))) {
      problems.push(contentError(file, c.declaredAt.line, 'erratum-overlap', `${c.id}：与校订 ${prev.id}（第 ${prev.declaredAt.line} 行）改动的文字重叠`));
      continue;
    }
    kept.push(c);
  }
  return { corrections: kept, problems };
}

/** Locate suspected-damage entries; each must find its text on its line, like a correction. */
export function resolveSuspects(
  file: string,
  suspects: Declared<SuspectEntry>[],
  text: string,
  lineSpan: (line: number) => Span | null,
  scope: Span,
): { suspects: SuspectedDamage[]; problems: ContentMessage[] } {
  const out: SuspectedDamage[] = [];
  const problems: ContentMessage[] = [];
  for (const { entry, line } of suspects) {
    const chosen = locate(entry, text, lineSpan, scope);
    if ('rule' in chosen) {
      problems.push(contentError(file, line, chosen.rule, chosen.message));
      continue;
    }
    const [start] = chosen;
    out.push({ id: entry.id, span: { start, end: start + entry.find.length }, line: entry.line, find: entry.find, note: entry.note, declaredAt: { file, line } });
  }
  return { suspects: out, problems };
}

/** Why an entry cannot be placed: a rule id and the message for editors. */
type Unusable = { rule: 'stale-erratum' | 'erratum-line'; message: string };

const KIND_NAMES: Record<Correction['kind'], string> = { substitution: '替换', insertion: '补字', deletion: '删字' };

type Located = { id: string; find: string; line?: number; all?: boolean; count?: number; occurrence?: number };

/**
 * Where an entry's `find` is, as the entry declares it: every occurrence in
 * the document (`all`, exactly `count` of them), or the one on its line
 * (the `occurrence`-th, which must be given when the line holds several).
 * Otherwise why not: the entry is stale, or its line is not the document's.
 */
function locate(entry: Located, text: string, lineSpan: (line: number) => Span | null, scope: Span): number[] | Unusable {
  const area = entry.all ? scope : lineArea(entry.id, entry.line!, lineSpan, scope);
  if ('rule' in area) return area;
  const hits = occurrences(text, entry.find, area);
  const n = entry.occurrence ?? 1;
  if (entry.all ? hits.length === entry.count : hits.length > 0 && (hits.length === 1 || entry.occurrence) && n <= hits.length) return entry.all ? hits : [hits[n - 1]];
  const expected = entry.all ? `${entry.count} 处` : entry.occurrence ? `至少 ${entry.occurrence} 处` : '恰好 1 处';
  const where = entry.all ? '全文' : `原文第 ${entry.line} 行`;
  return { rule: 'stale-erratum', message: `${entry.id}：已失效——${where}应有“${entry.find}”${expected}，实有 ${hits.length} 处` };
}

/** A declared source line's span, or why it cannot be used: it must exist and belong to the document. */
function lineArea(id: string, n: number, lineSpan: (line: number) => Span | null, scope: Span): Span | Unusable {
  const area = lineSpan(n);
  if (!area) return { rule: 'erratum-line', message: `${id}：原文没有第 ${n} 行` };
  if (area.start < scope.start || area.start >= scope.end) return { rule: 'erratum-line', message: `${id}：原文第 ${n} 行不在本文件之内` };
  return area;
}

function occurrences(text: string, needle: string, area: Span): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle, area.start); i >= 0 && i + needle.length <= area.end; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * Editors may point one erratum's evidence at another by its id (见本文件
 * jiangli-chengchu 等条); readers see evidence, never ids, so the id becomes
 * the source line and corrected wording it stands for.
 */
export function readableEvidence(evidence: string, entries: { entry: { id: string; line?: number; replace: string } }[]): string {
  const byId = new Map(entries.map(({ entry }) => [entry.id, entry]));
  return evidence.replace(/(?<![A-Za-z0-9-])[a-z0-9]+(?:-[a-z0-9]+)*(?![A-Za-z0-9-])/g, (token) => {
    const other = byId.get(token);
    if (!other) return token;
    return other.line ? `第 ${other.line} 行“${other.replace}”` : `“${other.replace}”`;
  });
}
