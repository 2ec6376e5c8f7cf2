/**
 * Content files (as text) → the whole corpus, and every problem `kb check`
 * must report. Pure: scripts read the files and write the results.
 */
import type { Corpus, DocumentRecord } from './export-contract';
import type { DocumentMeta } from '../content/schema';
import { parseDocumentFile, type ContentProblem } from '../content/parse-content';
import { buildSource, type SourceBuild, type SourceInput } from './build-source';
import { parseCacheKey, type ParseCache } from './parse-cache';
import { linkCorpus } from '../refs/link-corpus';
import { createSegmenter } from '../text/segmenter';
import { buildStudyContent, type StudyContent, type StudyFiles } from '../study/study-content';

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

export type BuildOptions = {
  /** Sources whose input is unchanged are taken from here instead of parsed again. */
  cache?: ParseCache;
  /** Mixed into the cache keys: a hash of the parser's code, so a code change is never served stale results. */
  salt?: string;
};

export function buildCorpus(files: ContentFiles, options: BuildOptions = {}): BuiltCorpus {
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
          declaredAt: lineOf(files, d.path, 'lines:'),
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

/** The line in a content file where `needle` first appears, for error messages. */
function lineOf(files: ContentFiles, path: string, needle: string): number {
  const text = files.documents.find((d) => d.path === path)?.text ?? '';
  const i = text.indexOf(needle);
  return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}
