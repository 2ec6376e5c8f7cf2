/**
 * One build stage of the benchmark, run in a child process of its own so its
 * peak memory (maxRSS) is its alone: `tsx scripts/lib/bench/stage.ts <stage> <dir> [size] [seed]`.
 * Prints one JSON line: { stage, ms, maxRssMb, ...details }.
 *   parse    real content → synthetic content files → buildCorpus → corpus.json
 *   segment  corpus.json → vocab.json (nodejieba, as the real build)
 *   index    corpus.json + vocab.json → site/data/search/ (the real index files)
 *   pages    corpus.json → one static page per document, texts for the scan baseline
 *   pagefind corpus.json → site/pagefind/ (one custom record per provision, as our index counts them);
 *            `pagefind <dir> 0 0 <corpus.json> <site>` reads and writes there instead (the national corpus)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../../../lib/corpus/build-corpus';
import { synthContent, synthPool } from '../../../lib/bench/synth-corpus';
import { buildVocabulary } from '../../../lib/search/build-vocabulary';
import type { Corpus } from '../../../lib/corpus/export-contract';
import { createSegmenter } from '../../../lib/text/segmenter';
import { readContent } from '../read-content';
import { contentConfig } from '../content-config';
import { writeSearchIndex } from '../search-index-files';
import { writeBenchPages } from './bench-pages';
import { benchUnits } from '../../../lib/bench/bench-units';

const [stage, dir, sizeArg = '0', seedArg = '1', corpusArg, siteArg] = process.argv.slice(2);
type Slim = Pick<Corpus, 'documents' | 'clauses'>;
const readCorpus = (): Slim => JSON.parse(readFileSync(corpusArg ?? join(dir, 'corpus.json'), 'utf8'));
const content = contentConfig();

const stages: Record<string, () => Promise<Record<string, unknown>>> = {
  async parse() {
    const real = buildCorpus(readContent(content)).corpus;
    const regions = real.documents.map((d) => d.region).filter((r): r is string => !!r && r !== '全国');
    const pool = synthPool(real.clauses, real.documents.map((d) => d.title), regions);
    const files = synthContent(pool, { size: Number(sizeArg), seed: Number(seedArg) });
    const built = buildCorpus({ ...files, terms: content.terms() });
    if (built.problems.length) throw new Error(`synthetic content has problems: ${JSON.stringify(built.problems.slice(0, 3))}`);
    mkdirSync(dir, { recursive: true });
    const { documents, clauses } = built.corpus;
    writeFileSync(join(dir, 'corpus.json'), JSON.stringify({ documents, clauses }));
    return { documents: documents.length, clauses: clauses.length };
  },
  async segment() {
    const t = content.terms();
    const words = buildVocabulary(readCorpus().clauses, createSegmenter(t).cut, t);
    writeFileSync(join(dir, 'vocab.json'), JSON.stringify(words));
    return { words: words.length };
  },
  async index() {
    const words = JSON.parse(readFileSync(join(dir, 'vocab.json'), 'utf8')) as string[];
    const out = join(dir, 'site', 'data', 'search');
    rmSync(out, { recursive: true, force: true });
    const w = await writeSearchIndex(readCorpus() as Corpus, content.terms(), out, { words });
    return { files: w.files };
  },
  async pages() {
    return writeBenchPages(readCorpus(), join(dir, 'site'));
  },
  async pagefind() {
    const { createIndex, close } = await import('pagefind');
    const { index, errors } = await createIndex({ forceLanguage: 'zh' });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const corpus = readCorpus();
    const titles = new Map(corpus.documents.map((d) => [d.id, d.title]));
    const units = benchUnits(corpus);
    for (const u of units) {
      await index.addCustomRecord({ url: `/d/${u.documentId}.html#${u.unitId}`, content: u.text, language: 'zh', meta: { title: titles.get(u.documentId) ?? '' } });
    }
    const out = join(siteArg ?? join(dir, 'site'), 'pagefind');
    rmSync(out, { recursive: true, force: true });
    await index.writeFiles({ outputPath: out });
    await close();
    return { records: units.length };
  },
};

const run = stages[stage];
if (!run) throw new Error(`unknown stage ${stage}`);
const start = performance.now();
const details = await run();
const ms = Math.round(performance.now() - start);
console.log(JSON.stringify({ stage, ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ...details }));
