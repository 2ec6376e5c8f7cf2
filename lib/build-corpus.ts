/**
 * Content files (as text) → the whole corpus, and every problem `kb check`
 * must report. Pure: scripts read the files and write the results.
 */
import type { Corpus, DocumentMeta, DocumentRecord } from './types';
import { parseDocumentFile, type YamlPosition } from './content/parse-content';
import { contentError, type ContentMessage } from './content/message';
import { buildSource, type SourceBuild, type SourceInput } from './build-source';
import { parseCacheKey, type ParseCache } from './parse-cache';
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
  problems: ContentMessage[];
  /** Editorial MDX bodies by document id. */
  bodies: Record<string, string>;
  /** Topics and glossary (content/topics, content/glossary.yaml), checked against the corpus. */
  study: StudyContent;
};

/** `positionOf` finds a frontmatter value's line, for problems about it. */
type Declared = { id: string; path: string; meta: DocumentMeta; positionOf: YamlPosition };

export type BuildOptions = {
  /** Sources whose input is unchanged are taken from here instead of parsed again. */
  cache?: ParseCache;
  /** Mixed into the cache keys: a hash of the parser's code, so a code change is never served stale results. */
  salt?: string;
};

export function buildCorpus(files: ContentFiles, options: BuildOptions = {}): BuiltCorpus {
  const problems: ContentMessage[] = [];
  const declared: Declared[] = [];
  const bodies: Record<string, string> = {};
  const seen = new Map<string, string>();
  for (const d of files.documents) {
    const { meta, body, positionOf, problems: p } = parseDocumentFile(d.path, d.text, d.id);
    problems.push(...p);
    if (seen.has(d.id)) problems.push(contentError(d.path, 1, 'duplicate-id', `文件编号 ${d.id} 重复（另见 ${seen.get(d.id)}）`, { documentId: d.id }));
    seen.set(d.id, d.path);
    if (!meta) continue;
    declared.push({ id: d.id, path: d.path, meta, positionOf });
    bodies[d.id] = body;
  }
  const ids = new Set(declared.map((d) => d.id));
  for (const d of declared) {
    const at = (path: (string | number)[], rule: string, message: string) => {
      const { line, column } = d.positionOf(path);
      problems.push(contentError(d.path, line, rule, message, { column, documentId: d.id }));
    };
    d.meta.parents.forEach((p, i) => {
      if (p.documentId && !ids.has(p.documentId)) at(['parents', i, 'documentId'], 'unknown-parent', `声明的上位文件 ${p.documentId} 不在库中`);
    });
    if (!files.sources.some((s) => s.file === d.meta.source.file)) at(['source', 'file'], 'unknown-source', `原文 ${d.meta.source.file} 不在 content/sources/ 中`);
  }
  // Errata are named after their document; a misspelt name would otherwise be silently ignored.
  for (const e of files.errata) if (!ids.has(e.documentId)) problems.push(contentError(e.path, 1, 'unknown-document', `这是 ${e.documentId} 的校订表，但没有编号为 ${e.documentId} 的文件`));

  const corpus: Corpus = { documents: [], clauses: [], citations: [], links: [], findings: [], exclusions: [], corrections: [] };
  for (const source of files.sources) {
    const docs = declared.filter((d) => d.meta.source.file === source.file);
    const input: SourceInput = {
      file: source.file,
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
        };
      }),
    };
    const built = cachedBuildSource(input, options);
    problems.push(...built.problems);
    // Records come from the frontmatter, parsed above on every build anyway.
    corpus.documents.push(...docs.map(toRecord));
    corpus.clauses.push(...built.clauses);
    corpus.findings.push(...built.findings);
    corpus.exclusions.push(...built.exclusions);
    corpus.corrections.push(...built.corrections);
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

function cachedBuildSource(input: SourceInput, { cache, salt }: BuildOptions): SourceBuild {
  if (!cache) return buildSource(input);
  const key = parseCacheKey(input, salt);
  const hit = cache.get(key);
  if (hit) return hit;
  const built = buildSource(input);
  cache.set(key, built);
  return built;
}
