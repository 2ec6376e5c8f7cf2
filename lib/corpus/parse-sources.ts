/**
 * The second stage: every source parsed with the documents it holds (ingest:
 * layout, structure, numbering, findings; fidelity: errata, suspected damage,
 * display punctuation), reusing cached results for unchanged input.
 */
import { closesWithProvisions } from '../ingest/detect-truncation';
import type { Corpus, DocumentRecord } from './export-contract';
import type { ContentMessage } from '../content/message';
import { buildSource, type SourceBuild, type SourceInput } from './build-source';
import { parseCacheKey } from './parse-cache';
import type { Declared } from './declare-documents';
import type { BuildOptions, ContentFiles } from './build-corpus';
import { documentDate } from '../refs/version-at-date';

export function parseSources(files: ContentFiles, declared: Declared[], options: BuildOptions): { corpus: Corpus; problems: ContentMessage[] } {
  const problems: ContentMessage[] = [];
  const corpus: Corpus = { documents: [], works: [], clauses: [], citations: [], links: [], rejectedLinks: [], conflicts: [], findings: [], exclusions: [], corrections: [] };
  for (const source of files.sources) {
    const docs = declared.filter((d) => d.meta.source.file === source.file);
    const input: SourceInput = {
      file: source.file,
      path: source.path,
      text: source.text,
      manifest: source.manifest && { path: source.manifest.path, text: source.manifest.text },
      documents: docs.map((d) => {
        const errata = files.errata.find((e) => e.documentId === d.id);
        return {
          id: d.id,
          path: d.path,
          lines: d.meta.source.lines,
          titleLines: d.meta.source.titleLines,
          declaredAt: d.positionOf(['source', 'lines']).line,
          errata: errata && { path: errata.path, text: errata.text },
          closes: closesWithProvisions(d.meta.title.value ?? '', d.meta.docType),
        };
      }),
    };
    const built = cachedBuildSource(input, options);
    problems.push(...built.problems);
    // Records come from the frontmatter, parsed in the first stage on every build anyway.
    corpus.documents.push(...docs.map(toRecord));
    corpus.clauses.push(...built.clauses);
    corpus.findings.push(...built.findings);
    corpus.exclusions.push(...built.exclusions);
    corpus.corrections.push(...built.corrections);
  }
  return { corpus, problems };
}

function toRecord(d: Declared): DocumentRecord {
  const m = d.meta;
  return {
    id: d.id,
    title: m.title.value ?? d.id,
    shortTitle: m.shortTitle.value ?? m.title.value ?? d.id,
    level: m.level.value,
    rank: m.rank.value,
    area: m.area.value,
    issuer: m.issuer.value,
    docNumber: m.docNumber.value,
    region: m.region.value,
    issued: m.issued.value,
    effective: m.effective.value,
    // One date orders versions, names them on pages and sorts them in lists: the version's own, else the best the metadata offers.
    versionDate: documentDate({ versionDate: m.versionDate.value, effective: m.effective.value, issued: m.issued.value, meta: m }),
    // Works, statuses and found parents are the works stage's (lib/works/assign-works.ts); until then, as declared.
    workId: d.id,
    status: m.status.value ?? 'unknown',
    statusEvidence: m.status.evidence ?? m.status.note ?? null,
    supersededBy: null,
    docType: m.docType,
    sourceFile: m.source.file,
    sourceLines: m.source.lines,
    meta: m,
    parents: m.parents.map((p) => ({ citation: p.citation, documentId: p.documentId, workId: p.documentId, basis: p.basis, via: 'declared' as const, evidence: null, ...(p.note ? { note: p.note } : {}), ...(p.parents?.length ? { parents: p.parents } : {}) })),
  };
}

function cachedBuildSource(input: SourceInput, { cache, salt }: BuildOptions): SourceBuild {
  if (!cache) return buildSource(input);
  const key = parseCacheKey(input, salt);
  const hit = cache.get(key);
  if (hit) return hit;
  const built = buildSource(input);
  cache.set(key, built);
  return built;
}
