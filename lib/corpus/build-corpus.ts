/**
 * Content files (as text) → the whole corpus, and every problem `kb check`
 * must report, by the stages in stages.ts. Pure: scripts read the files and
 * write the results.
 */
import type { Corpus, SourceText } from './export-contract';
import type { ContentMessage } from '../content/message';
import type { ParseCache } from './parse-cache';
import type { LinkCacheOptions } from '../refs/link-cache';
import type { StudyContent, StudyFiles } from '../study/study-content';
import { CORPUS_STAGES, type PipelineState } from './stages';
import type { LinkReviewFile } from '../refs/apply-link-reviews';

export type ContentFiles = {
  /** `path`: the source's file as problems name it (under the content root). */
  sources: { file: string; path: string; text: string; manifest?: { path: string; text: string } }[];
  documents: { path: string; id: string; text: string }[];
  errata: { path: string; documentId: string; text: string }[];
  /** Editors' decisions on clause links, one file per local document (links/<documentId>.yaml). */
  linkReviews?: LinkReviewFile[];
  /** The legal-term dictionary, for segmentation in cross-reference alignment, search and comparison. */
  terms?: string[];
  /** The example searches (search-examples.yaml). */
  searchExamples?: { path: string; text: string };
  /** Synonym groups for search (synonyms.yaml). */
  synonyms?: { path: string; text: string };
} & StudyFiles;

export type BuiltCorpus = {
  corpus: Corpus;
  problems: ContentMessage[];
  /** Editorial MDX bodies by document id. */
  bodies: Record<string, string>;
  /** Topics and glossary (content/topics, content/glossary.yaml), checked against the corpus. */
  study: StudyContent;
  /** The sources, normalised, for the source pages. */
  sources: SourceText[];
  /** The example searches the search box and page offer. */
  searchExamples: string[];
  /** Wordings a search for one also finds: synonyms.yaml and the glossary's aliases. */
  synonyms: string[][];
};

export type BuildOptions = {
  /** Sources whose input is unchanged are taken from here instead of parsed again. */
  cache?: ParseCache;
  /** Mixed into the cache keys: a hash of the parser's code, so a code change is never served stale results. */
  salt?: string;
  /** Pairs of documents whose inputs are unchanged take their links from here instead of being aligned again. */
  links?: LinkCacheOptions;
  /** Told each stage's name when it starts, so a long build can say where it is. */
  onStage?: (stage: string) => void;
};

/** Runs CORPUS_STAGES in their order (lib/corpus/stages.ts). */
export function buildCorpus(files: ContentFiles, options: BuildOptions = {}): BuiltCorpus {
  const state: PipelineState = {
    files,
    options,
    problems: [],
    declared: [],
    bodies: {},
    corpus: { documents: [], works: [], clauses: [], citations: [], links: [], rejectedLinks: [], conflicts: [], findings: [], exclusions: [], corrections: [] },
    study: { topics: [], glossary: [] },
    sources: [],
    searchExamples: [],
    synonyms: [],
  };
  for (const stage of CORPUS_STAGES) {
    options.onStage?.(stage.name);
    const { problems = [], ...made } = stage.run(state);
    Object.assign(state, made);
    state.problems.push(...problems);
  }
  const { corpus, problems, bodies, study, sources, searchExamples, synonyms } = state;
  return { corpus, problems, bodies, study, sources, searchExamples, synonyms };
}
