/**
 * One source file's share of the corpus: its documents' clauses, the errata
 * applied to them, findings, exclusions, and the problems met on the way.
 * A function of its input alone — the source, its manifest, and what the
 * frontmatter of the documents it holds says about their lines — so a build
 * can reuse the result while that input is unchanged (parse-cache.ts).
 */
import type { ClauseNode } from '../ingest/clause-tree';
import type { ClauseRecord, Correction, Exclusion, Finding, Span } from './export-contract';
import { parseSourceManifest } from '../content/parse-content';
import { contentError, type ContentMessage } from '../content/message';
import { parseSource } from '../ingest/parse-source';
import { detectTruncation } from '../ingest/detect-truncation';
import { splitLines } from '../ingest/normalize';
import { parseErrata, resolveErrata, resolveSuspects, type SuspectedDamage } from '../fidelity/resolve-errata';
import { renderRuns } from '../fidelity/render-runs';
import { displayLabel, SPACED_LABEL } from '../clause/display-label';
import { toChinesePunctuation } from '../fidelity/punctuation';
import { pushTo } from '../push-to';
import { correctionId } from '../fidelity/correction-id';
import { docNumberFindings } from '../fidelity/doc-number-brackets';
import { formSlipFindings } from '../fidelity/form-slips';

/** A document as its source's parse sees it. */
export type SourceDocument = {
  id: string;
  /** The MDX file, named in problems about the document. */
  path: string;
  lines: string;
  titleLines: number[];
  /** Line of `lines:` in the MDX file, for problems about the span. */
  declaredAt: number;
  errata?: { path: string; text: string };
  /**
   * Whether its title and kind say it normally ends with closing provisions (a truncated ending is found
   * only then). The flag rather than the title: a new title of the same kind does not parse the source again.
   */
  closes?: boolean;
};

export type SourceInput = {
  file: string;
  /** The source's content file, named in problems about text no document claims. */
  path: string;
  text: string;
  manifest?: { path: string; text: string };
  /** The documents whose frontmatter names this source, in content order. */
  documents: SourceDocument[];
};

/** Each list in corpus order; the caller appends them source after source. */
export type SourceBuild = {
  problems: ContentMessage[];
  exclusions: Exclusion[];
  corrections: (Correction & { documentId: string })[];
  clauses: ClauseRecord[];
  findings: Finding[];
};

export function buildSource(source: SourceInput): SourceBuild {
  const out: SourceBuild = { problems: [], exclusions: [], corrections: [], clauses: [], findings: [] };
  const manifest = source.manifest ? parseSourceManifest(source.manifest.path, source.manifest.text) : { manifest: null, problems: [] };
  out.problems.push(...manifest.problems);
  const docs = source.documents;
  const parsed = parseSource(
    source.file,
    source.text,
    docs.map((d) => ({ id: d.id, lines: d.lines, titleLines: d.titleLines })),
    manifest.manifest?.exclusions ?? [],
  );
  // The layout knows only the source; a document's problem is the document's declared `lines:`, an exclusion's the manifest.
  for (const p of parsed.problems) {
    const owner = docs.find((d) => d.id === p.documentId);
    const [file, line] = owner ? [owner.path, owner.declaredAt] : source.manifest ? [source.manifest.path, 1] : [source.path, p.sourceLine ?? 1];
    out.problems.push(contentError(file, line, p.rule, p.message, { documentId: p.documentId }));
  }
  out.exclusions.push(...parsed.exclusions);
  const lines = splitLines(parsed.text);
  const lineSpan = (n: number): Span | null => (lines[n - 1] ? { start: lines[n - 1].start, end: lines[n - 1].end } : null);

  for (const d of docs) {
    const tree = parsed.trees.get(d.id)!;
    let corrections: Correction[] = [];
    let suspects: SuspectedDamage[] = [];
    if (d.errata) {
      const { entries, suspects: suspectEntries, problems: ep } = parseErrata(d.errata.path, d.errata.text);
      const resolved = resolveErrata(d.errata.path, entries, parsed.text, lineSpan, tree.span);
      const located = resolveSuspects(d.errata.path, suspectEntries, parsed.text, lineSpan, tree.span);
      out.problems.push(...[...ep, ...resolved.problems, ...located.problems].map((p) => ({ ...p, documentId: d.id })));
      corrections = resolved.corrections.map((c) => ({ ...c, id: correctionId(d.id, c.id) }));
      suspects = located.suspects;
    }
    out.corrections.push(...corrections.map((c) => ({ ...c, documentId: d.id })));
    // Findings look only at this document's clauses: scanning the whole
    // corpus per document made large builds quadratic.
    const docClauses = toClauses(d.id, tree.children, parsed.text, corrections);
    out.clauses.push(...docClauses);
    out.findings.push(...parsed.findings.filter((f) => f.documentId === d.id), ...correctionFindings(d.id, corrections, docClauses));
    out.findings.push(...suspectFindings(d.id, suspects, docClauses), ...docNumberFindings(d.id, docClauses), ...formSlipFindings(d.id, docClauses, suspects));
    const truncated = d.closes ? detectTruncation(d.id, tree.children, parsed.text) : null;
    if (truncated) out.findings.push(truncated);
  }
  out.findings.push(...parsed.findings.filter((f) => f.documentId === ''));
  for (const x of parsed.exclusions.filter((e) => e.kind === 'unassigned')) {
    out.problems.push(contentError(source.path, x.line, 'unclaimed-text', `这一行文字不属于任何文件，也没有声明为排除内容：“${x.text.trim().slice(0, 30)}”`));
  }
  return out;
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
      const gap = SPACED_LABEL.test(n.label) ? '\u3000' : '';
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
    pushTo(byEntry, key, c);
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
