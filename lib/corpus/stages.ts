/**
 * The corpus pipeline, in order, stated once: each stage's name, what it
 * reads and what it adds. buildCorpus runs exactly this list; every stage is
 * pure (text in, records out). `kb build` (scripts/kb.ts) then writes the
 * result and, from it, the search index, the comparisons and the study files.
 */
import type { ContentMessage } from '../content/message';
import type { Corpus, SourceText } from './export-contract';
import type { StudyContent } from '../study/study-content';
import { linkCorpus } from '../refs/link-corpus';
import { applyLinkReviews } from '../refs/apply-link-reviews';
import { corpusConflicts } from '../compare/corpus-conflicts';
import { assignWorks } from '../works/assign-works';
import { createSegmenter } from '../text/segmenter';
import { buildStudyContent } from '../study/study-content';
import { declareDocuments, type Declared } from './declare-documents';
import { parseSources } from './parse-sources';
import { sourceTexts } from './source-texts';
import { parseSearchExamples } from '../content/parse-search-examples';
import { parseSynonyms } from '../content/parse-synonyms';
import type { BuildOptions, ContentFiles } from './build-corpus';

/** What the stages have made so far; each stage adds its part. */
export type PipelineState = {
  files: ContentFiles;
  options: BuildOptions;
  problems: ContentMessage[];
  declared: Declared[];
  bodies: Record<string, string>;
  corpus: Corpus;
  study: StudyContent;
  sources: SourceText[];
  searchExamples: string[];
  synonyms: string[][];
};

export type Stage = {
  name: string;
  input: string;
  output: string;
  /** The stage's part of the state; its problems are added to those found before. */
  run: (state: Readonly<PipelineState>) => Partial<PipelineState>;
};

export const CORPUS_STAGES: readonly Stage[] = [
  {
    name: 'documents',
    input: 'documents/*.mdx, the names of sources/ and errata/',
    output: 'declared documents, editorial bodies',
    run: ({ files }) => declareDocuments(files),
  },
  {
    name: 'sources',
    input: 'sources/*.txt and manifests, declared line ranges, errata/*.yaml',
    output: 'documents, clauses, findings, exclusions, corrections (lib/ingest, then lib/fidelity)',
    run: ({ files, declared, options }) => parseSources(files, declared, options),
  },
  {
    name: 'works',
    input: 'documents, clauses',
    output: 'works and their versions, statuses with evidence, parents found in titles and 制定依据 (lib/works)',
    run: ({ corpus }) => ({ corpus: { ...corpus, ...assignWorks(corpus) } }),
  },
  {
    name: 'refs',
    input: 'documents, clauses, legal-term dictionary',
    output: 'citations, links (lib/refs)',
    run: ({ files, corpus, options }) => ({ corpus: { ...corpus, ...linkCorpus(corpus, { segmenter: createSegmenter(files.terms ?? []), cache: options.links }) } }),
  },
  {
    name: 'link-reviews',
    input: 'links/*.yaml, links',
    output: 'links marked 系统推定 / 编辑确认 / 编辑添加, rejected links kept apart (lib/refs/apply-link-reviews)',
    run: ({ files, corpus }) => {
      const { problems, ...reviewed } = applyLinkReviews(files.linkReviews ?? [], corpus);
      return { corpus: { ...corpus, ...reviewed }, problems };
    },
  },
  {
    name: 'conflicts',
    input: 'clauses, reviewed links',
    output: 'possible conflicts between linked local and parent provisions: numbers, levels, who acts, 应当/可以/不得 (lib/compare/detect-conflicts)',
    run: ({ corpus }) => ({ corpus: { ...corpus, conflicts: corpusConflicts(corpus) } }),
  },
  {
    name: 'study',
    input: 'topics/*.mdx, the glossary, clauses',
    output: 'topics, glossary (lib/study)',
    run: ({ files, corpus }) => {
      const { problems, ...study } = buildStudyContent(files, corpus.clauses);
      return { study, problems };
    },
  },
  {
    name: 'source-texts',
    input: 'sources/*.txt and manifests',
    output: 'normalised source texts for the source pages',
    run: ({ files }) => ({ sources: sourceTexts(files.sources) }),
  },
  {
    name: 'search-examples',
    input: 'search-examples.yaml',
    output: 'the example searches the site offers',
    run: ({ files }) => {
      const { examples, problems } = parseSearchExamples(files.searchExamples);
      return { searchExamples: examples, problems };
    },
  },
  {
    name: 'synonyms',
    input: 'synonyms.yaml, the glossary',
    output: 'the synonym groups search expands queries with',
    run: ({ files, study }) => parseSynonyms(files.synonyms, study.glossary),
  },
];
