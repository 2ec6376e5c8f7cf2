/**
 * Content files (as text) → the whole corpus, and every problem `kb check`
 * must report. Pure: scripts read the files and write the results.
 */
import type { ClauseNode, ClauseRecord, Corpus, Correction, DocumentMeta, DocumentRecord, Finding, Span } from './types';
import { parseDocumentFile, parseSourceManifest, type ContentProblem } from './content/parse-content';
import { parseSource } from './ingest/parse-source';
import { splitLines } from './ingest/normalize';
import { parseErrata, resolveErrata, resolveSuspects, type SuspectedDamage } from './fidelity/resolve-errata';
import { displayLabel, renderRuns } from './fidelity/render-runs';
import { toChinesePunctuation } from './fidelity/punctuation';
import { linkCorpus } from './refs/link-corpus';
import { createSegmenter } from './text/segmenter';
import { buildStudyContent, type StudyContent, type StudyFiles } from './study/study-content';

export type ContentFiles = {
  sources: { file: string; text: string; manifest?: { path: string; text: string } }[];
  documents: { path: string; id: string; text: string }[];
  errata: { path: string; documentId: string; text: string }[];
  /** Legal-term dictionary (content/dict/legal-terms.txt) for segmentation in cross-reference alignment. */
  terms?: string[];
} & StudyFiles;

export type BuiltCorpus = {
  corpus: Corpus;
  problems: ContentProblem[];
  /** Editorial MDX bodies by document id. */
  bodies: Record<string, string>;
  /** Topics and glossary (content/topics, content/glossary.yaml), checked against the corpus. */
  study: StudyContent;
};

type Declared = { id: string; path: string; meta: DocumentMeta };

export function buildCorpus(files: ContentFiles): BuiltCorpus {
  const problems: ContentProblem[] = [];
  const declared: Declared[] = [];
  const bodies: Record<string, string> = {};
  const seen = new Map<string, string>();
  for (const d of files.documents) {
    const { meta, body, problems: p } = parseDocumentFile(d.path, d.text);
    problems.push(...p);
    if (seen.has(d.id)) problems.push({ file: d.path, line: 1, message: `duplicate document id ${d.id} (also ${seen.get(d.id)})` });
    seen.set(d.id, d.path);
    if (!meta) continue;
    declared.push({ id: d.id, path: d.path, meta });
    bodies[d.id] = body;
  }
  const ids = new Set(declared.map((d) => d.id));
  for (const d of declared) {
    for (const p of d.meta.parents) {
      if (p.documentId && !ids.has(p.documentId)) problems.push({ file: d.path, line: lineOf(files, d.path, p.documentId), message: `declared parent ${p.documentId} does not exist` });
    }
    if (!files.sources.some((s) => s.file === d.meta.source.file)) problems.push({ file: d.path, line: lineOf(files, d.path, 'source:'), message: `source file ${d.meta.source.file} does not exist in content/sources/` });
  }
  // Errata are named after their document; a misspelt name would otherwise be silently ignored.
  for (const e of files.errata) if (!ids.has(e.documentId)) problems.push({ file: e.path, line: 1, message: `errata for ${e.documentId}, but no document has that id` });

  const corpus: Corpus = { documents: [], clauses: [], citations: [], links: [], findings: [], exclusions: [], corrections: [] };
  for (const source of files.sources) {
    const manifest = source.manifest ? parseSourceManifest(source.manifest.path, source.manifest.text) : { manifest: null, problems: [] };
    problems.push(...manifest.problems);
    const docs = declared.filter((d) => d.meta.source.file === source.file);
    const parsed = parseSource(
      source.file,
      source.text,
      docs.map((d) => ({ id: d.id, lines: d.meta.source.lines, titleLines: d.meta.source.titleLines, declaredAt: lineOf(files, d.path, 'lines:') })),
      manifest.manifest?.exclusions ?? [],
    );
    for (const p of parsed.problems) {
      const owner = docs.find((d) => p.message.startsWith(`document ${d.id}:`));
      problems.push({ file: owner?.path ?? source.manifest?.path ?? `content/sources/${source.file}`, line: p.line || 1, message: p.message });
    }
    corpus.exclusions.push(...parsed.exclusions);
    const lines = splitLines(parsed.text);
    const lineSpan = (n: number): Span | null => (lines[n - 1] ? { start: lines[n - 1].start, end: lines[n - 1].end } : null);

    for (const d of docs) {
      const tree = parsed.trees.get(d.id)!;
      const errataFile = files.errata.find((e) => e.documentId === d.id);
      let corrections: Correction[] = [];
      let suspects: SuspectedDamage[] = [];
      if (errataFile) {
        const { entries, suspects: suspectEntries, problems: ep } = parseErrata(errataFile.path, errataFile.text);
        const resolved = resolveErrata(errataFile.path, entries, parsed.text, lineSpan, tree.span);
        const located = resolveSuspects(errataFile.path, suspectEntries, parsed.text, lineSpan, tree.span);
        problems.push(...ep, ...resolved.problems, ...located.problems);
        corrections = resolved.corrections;
        suspects = located.suspects;
      }
      corpus.documents.push(toRecord(d));
      corpus.corrections.push(...corrections.map((c) => ({ ...c, documentId: d.id })));
      // Findings look only at this document's clauses: scanning the whole
      // corpus per document made large builds quadratic.
      const docClauses = toClauses(d.id, tree.children, parsed.text, corrections);
      corpus.clauses.push(...docClauses);
      corpus.findings.push(...parsed.findings.filter((f) => f.documentId === d.id), ...correctionFindings(d.id, corrections, docClauses));
      corpus.findings.push(...suspectFindings(d.id, suspects, docClauses));
    }
    corpus.findings.push(...parsed.findings.filter((f) => f.documentId === ''));
    for (const x of parsed.exclusions.filter((e) => e.kind === 'unassigned')) {
      problems.push({ file: `content/sources/${source.file}`, line: x.line, message: `text that no document claims and no exclusion declares: “${x.text.trim().slice(0, 30)}”` });
    }
  }
  Object.assign(corpus, linkCorpus(corpus, { segmenter: createSegmenter(files.terms ?? []) }));
  const { problems: studyProblems, ...study } = buildStudyContent(files, corpus.clauses);
  problems.push(...studyProblems);
  return { corpus, problems, bodies, study };
}

function toRecord(d: Declared): DocumentRecord {
  const m = d.meta;
  return {
    id: d.id,
    title: m.title.value ?? d.id,
    shortTitle: m.shortTitle.value ?? m.title.value ?? d.id,
    level: m.level.value,
    issuer: m.issuer.value,
    docNumber: m.docNumber.value,
    region: m.region.value,
    issued: m.issued.value,
    effective: m.effective.value,
    status: m.status.value,
    docType: m.docType,
    sourceFile: m.source.file,
    sourceLines: m.source.lines,
    meta: m,
    parents: m.parents,
  };
}

function toClauses(documentId: string, roots: ClauseNode[], text: string, corrections: Correction[]): ClauseRecord[] {
  const out: ClauseRecord[] = [];
  const walk = (nodes: ClauseNode[], parentId: string | null, depth: number): string[] =>
    nodes.map((n) => {
      const record: ClauseRecord = {
        id: n.id,
        documentId,
        parentId,
        kind: n.kind,
        label: n.label,
        number: n.number,
        text: '',
        sourceText: text.slice(n.span.start, n.span.end),
        head: renderRuns(text, n, corrections),
        line: n.line,
        depth,
      };
      out.push(record);
      // 第N条、第N章 are set off from their text by a full-width space, as printed law is.
      const gap = n.family && ['part', 'chapter', 'section', 'article'].includes(n.family) ? '\u3000' : '';
      const own = displayLabel(n.label) + gap + record.head.map((r) => r.text).join('');
      record.text = [own, ...walk(n.children, n.id, depth + 1)].join('\n');
      return record.text;
    });
  walk(roots, null, 0);
  return out;
}

/** One notice per declared erratum, at the first clause it touches. */
function correctionFindings(documentId: string, corrections: Correction[], clauses: ClauseRecord[]): Finding[] {
  const byEntry = new Map<string, Correction[]>();
  for (const c of corrections) {
    const key = `${c.declaredAt.file}:${c.declaredAt.line}`;
    byEntry.set(key, [...(byEntry.get(key) ?? []), c]);
  }
  return [...byEntry.values()].map((cs) => {
    const first = cs[0];
    const clause = clauses.find((k) => k.documentId === documentId && k.head.some((r) => r.correctionId === first.id));
    const what = first.original ? `“${first.original}”→“${first.corrected}”` : `补“${first.corrected}”`;
    return {
      documentId,
      clauseId: clause?.id ?? null,
      kind: 'erratum-applied' as const,
      message: `已校订${what}${cs.length > 1 ? `，共 ${cs.length} 处` : ''}。依据：${first.evidence}`,
      severity: 'info' as const,
    };
  });
}

/** One warning per suspected-damage entry, on the clause whose own lines hold it; the text stays as printed. */
function suspectFindings(documentId: string, suspects: SuspectedDamage[], clauses: ClauseRecord[]): Finding[] {
  const own = clauses.filter((k) => k.documentId === documentId);
  return suspects.map((s) => ({
    documentId,
    clauseId: own.filter((k) => k.line <= s.line).pop()?.id ?? null,
    kind: 'suspected-damage' as const,
    message: `原文“${toChinesePunctuation(s.find)}”处疑有脱漏或讹误，证据不足，未改动原文。${s.note}`,
    severity: 'warning' as const,
  }));
}

/** The line in a content file where `needle` first appears, for error messages. */
function lineOf(files: ContentFiles, path: string, needle: string): number {
  const text = files.documents.find((d) => d.path === path)?.text ?? '';
  const i = text.indexOf(needle);
  return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}
