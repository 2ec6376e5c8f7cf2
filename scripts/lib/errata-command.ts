/**
 * `kb errata suggest <documentId> [--parent <documentId>] [--substitutions] [--json]`: align a
 * document with the parent text it copies and print candidate errata as YAML
 * entries ready to paste. It never writes to content/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../../lib/corpus/build-corpus';
import { suggestErrata, type ErratumCandidate } from '../../lib/fidelity/suggest-errata';
import { documentLines, suggestionInput } from '../../lib/fidelity/suggestion-input';
import { docNumberCandidates, type DocNumberCandidate } from '../../lib/fidelity/doc-number-brackets';
import { formSlipCandidates, type FormSlipCandidate } from '../../lib/fidelity/form-slips';
import { charSlipCandidates, type CharSlipCandidate } from '../../lib/fidelity/char-slips';
import { cachedCharCounts } from './cached-char-counts';
import { createSegmenter } from '../../lib/text/segmenter';
import { readContent } from './read-content';
import type { ContentConfig } from './content-config';
import { reportProblems } from './report-problems';
import { parseErrata } from '../../lib/fidelity/resolve-errata';

const USAGE = 'usage: kb errata suggest <documentId> [--parent <documentId>] [--substitutions] [--json]';

export function errataCommand(args: string[], config: ContentConfig): number {
  const [sub, documentId] = args;
  if (sub !== 'suggest' || !documentId || documentId.startsWith('--')) return fail(USAGE);
  const content = readContent(config);
  const built = buildCorpus(content);
  // Suggestions over content that fails the check would rest on a partial corpus.
  if (!reportProblems(built)) {
    console.error('kb errata: 内容检查未通过，请先改正上面列出的问题。');
    return 1;
  }
  const { corpus } = built;
  const doc = corpus.documents.find((d) => d.id === documentId);
  if (!doc) return fail(`kb errata: no document ${documentId}`);
  const parentId = option(args, '--parent') ?? doc.parents.find((p) => p.documentId)?.documentId;
  if (parentId && !corpus.documents.some((d) => d.id === parentId)) return fail(`kb errata: no document ${parentId}`);

  const source = (file: string) => (existsSync(join(config.sourcesDir, file)) ? readFileSync(join(config.sourcesDir, file), 'utf8') : null);
  // Form checks (文号 brackets) need no parent; the parallel comparison does.
  const own = documentLines(corpus, source, documentId);
  const forms = docNumberCandidates(own.lines, own.declared);
  const suspects = declaredSuspects(config, documentId);
  const slips = formSlipCandidates(own.lines, own.declared, suspects);
  // One-character slips are read against every source's character counts, the document's own included.
  const chars = charSlipCandidates(own.lines, cachedCharCounts(content.sources), own.declared, suspects);
  if (!parentId) {
    console.error(`kb errata: ${documentId} declares no parent in the collection, so only form checks (文号 brackets, dates, quotes, spaces) ran; name a parent with --parent <documentId> to compare sentences`);
    if (args.includes('--json')) process.stdout.write(JSON.stringify({ documentId, parentId: null, candidates: [], forms, slips, chars }, null, 2) + '\n');
    else process.stdout.write(asYaml(documentId, null, [], forms, slips, chars));
    return 0;
  }
  const segmenter = createSegmenter(config.terms());
  const candidates = suggestErrata({ ...suggestionInput(corpus, source, documentId, parentId), segment: segmenter.cut, substitutions: args.includes('--substitutions') });

  if (args.includes('--json')) process.stdout.write(JSON.stringify({ documentId, parentId, candidates, forms, slips, chars }, null, 2) + '\n');
  else process.stdout.write(asYaml(documentId, parentId, candidates, forms, slips, chars));
  return 0;
}

function asYaml(documentId: string, parentId: string | null, candidates: ErratumCandidate[], forms: DocNumberCandidate[], slips: FormSlipCandidate[], chars: CharSlipCandidate[]): string {
  const open = candidates.filter((c) => !c.declared);
  const parallel = open.filter((c) => c.basis === 'parallel');
  const repeated = open.filter((c) => c.basis === 'repeated');
  const openForms = forms.filter((f) => !f.declared);
  const openSlips = slips.filter((f) => !f.declared);
  const openChars = chars.filter((f) => !f.declared);
  const out = [
    (parentId ? `# ${documentId} against ${parentId}: ${parallel.length} parallel and ${repeated.length} repeated-pattern candidates` : `# ${documentId}: no parent compared`) +
      `; ${openForms.length} 文号 form candidates; ${openSlips.length} slips of form (dates, quotes, spaces)` +
      `; ${openChars.length} one-character slips (corpus statistics)` +
      (candidates.length + forms.length + slips.length + chars.length > open.length + openForms.length + openSlips.length + openChars.length
        ? `; ${candidates.length + forms.length + slips.length + chars.length - open.length - openForms.length - openSlips.length - openChars.length} already declared`
        : ''),
    `# Nothing was written. Check each against the source, then paste what you accept into content/errata/${documentId}.yaml.`,
    '',
    ...openForms.map(formEntry),
    ...openSlips.map(slipEntry),
    ...parallel.map(entry),
  ];
  if (repeated.length) {
    out.push('# ---- REPEATED PATTERNS: low confidence, no parallel sentence for these places; confirm each by reading ----', '', ...repeated.map(entry));
  }
  if (openChars.length) {
    out.push('# ---- ONE-CHARACTER SLIPS: low confidence, read off corpus counts alone; confirm each against the original, or declare it suspect ----', '', ...openChars.map(charEntry));
  }
  for (const c of candidates.filter((x) => x.declared)) out.push(`# line ${c.line}: “${c.corrected}” already declared as ${c.declared}`);
  for (const f of forms.filter((x) => x.declared)) out.push(`# line ${f.line}: “${f.replace}” already declared as ${f.declared}`);
  for (const f of slips.filter((x) => x.declared)) out.push(`# line ${f.line}: ${f.slip} at “${f.find}” already declared as ${f.declared}`);
  for (const f of chars.filter((x) => x.declared)) out.push(`# line ${f.line}: one-character slip at “${f.find}” already declared as ${f.declared}`);
  return out.join('\n') + '\n';
}

function entry(c: ErratumCandidate): string {
  const what = c.kind === 'insertion' ? `insert “${c.corrected}”` : `“${c.original}” → “${c.corrected}”`;
  return [
    `# line ${c.line}${c.clauseId ? ` (${c.clauseId})` : ''}: ${what} · ${c.confidence} · ${c.basis}`,
    `#   parallel: ${c.parallel.documentId}#${c.parallel.clauseId} ${c.parallel.label}`,
    `#   ${c.note}`,
    ...entryLines(c),
  ].join('\n');
}

function formEntry(f: DocNumberCandidate): string {
  return [
    `# line ${f.line}: 文号 brackets “${f.find}” → “${f.replace}” · ${f.confidence} · form`,
    ...entryLines(f),
  ].join('\n');
}

/** A slip of form: a correction where the form says what the text reads, else a suspected-damage entry. */
function slipEntry(f: FormSlipCandidate): string {
  if ('suspect' in f) {
    return [`# line ${f.line}: ${f.slip} at “${f.find}” · suspect`, `- id: ${f.id}`, `  line: ${f.line}`, `  find: ${JSON.stringify(f.find)}`, `  suspect: true`, `  note: ${JSON.stringify(f.note)}`, ''].join('\n');
  }
  return [`# line ${f.line}: ${f.slip} “${f.find}” → “${f.replace}” · ${f.confidence} · form`, ...entryLines(f)].join('\n');
}

function charEntry(f: CharSlipCandidate): string {
  return [`# line ${f.line}: “${f.find}” → “${f.replace}” · ${f.confidence} · corpus statistics`, ...entryLines(f)].join('\n');
}

/** The errata entry itself, as an editor pastes it into content/errata/<文件编号>.yaml, then a blank line. */
function entryLines(e: { id: string; line: number; find: string; replace: string; kind: string; evidence: string; confidence: string }): string[] {
  return [
    `- id: ${e.id}`,
    `  line: ${e.line}`,
    `  find: ${JSON.stringify(e.find)}`,
    `  replace: ${JSON.stringify(e.replace)}`,
    `  kind: ${e.kind}`,
    `  evidence: ${JSON.stringify(e.evidence)}`,
    `  confidence: ${e.confidence}`,
    '',
  ];
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

/** The document's suspected-damage entries, so a slip already flagged is reported as declared. */
function declaredSuspects(config: ContentConfig, documentId: string): { id: string; line: number; find: string }[] {
  const file = join(config.errataDir, `${documentId}.yaml`);
  if (!existsSync(file)) return [];
  return parseErrata(file, readFileSync(file, 'utf8')).suspects.map((s) => ({ id: s.entry.id, line: s.entry.line, find: s.entry.find }));
}
