/**
 * `kb build`'s comparison step. The site is static, so every comparison page
 * is decided here: which pairs exist, and the links each aligns by — the
 * similarity aligner needs the word segmenter, a native addon that belongs
 * in this process rather than in the site build. The pages read
 * .generated/compare.json; each pair's CSV (校订本 and 原文) is written to
 * public/data/compare/ for the pages to link.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, LinkRecord } from '../../lib/types';
import { CorpusIndex, splitGlobalId } from '../../lib/content/corpus-index';
import { createSegmenter, parseTermList } from '../../lib/text/segmenter';
import { alignDocuments } from '../../lib/refs';
import { comparePairs, type ComparePair } from '../../lib/compare/compare-pairs';
import { pairLinks, type AlignFn } from '../../lib/compare/pair-links';
import { buildComparison } from '../../lib/compare/build-comparison';
import { compareCsv } from '../../lib/compare/compare-csv';
import { csvFileName } from '../../lib/compare/csv-file-name';
import { bookTitle, clauseName } from '../../lib/clause';
import { TEXT_MODES } from '../../lib/compare/model';
import { OUTPUT, type OutputDirs } from './staged-output';
import { contentRoot } from './read-content';

/** Under .generated/ and public/data/. */
const COMPARE_JSON = 'compare.json';
const CSV_DIR = 'compare';
const dict = () => join(contentRoot(), 'dict', 'legal-terms.txt');

export type ComparePairData = ComparePair & { links: LinkRecord[] };
export type CompareData = { pairs: ComparePairData[] };

/** `out`: the build's fresh output folders (see staged-output). */
export function writeCompareData(corpus: Corpus, out: OutputDirs): string {
  const index = new CorpusIndex({ ...corpus, bodies: {} });
  const pairs = comparePairData(index);
  writeFileSync(join(out.generated, COMPARE_JSON), JSON.stringify({ pairs } satisfies CompareData));
  const csvDir = join(out.data, CSV_DIR);
  mkdirSync(csvDir, { recursive: true });
  for (const p of pairs) {
    const c = buildComparison(index, p, p.links);
    for (const mode of TEXT_MODES) writeFileSync(join(csvDir, csvFileName(p.local, p.parent, mode)), compareCsv(c.rows.map((r) => r.row), c.diffOf[mode], mode, c.wording.csv, c.nameOf));
  }
  return `comparisons: ${pairs.length} pairs → ${join(OUTPUT.generated, COMPARE_JSON)}, ${pairs.length * TEXT_MODES.length} CSV files → ${join(OUTPUT.data, CSV_DIR)}/`;
}

export function comparePairData(index: CorpusIndex): ComparePairData[] {
  const terms = existsSync(dict()) ? parseTermList(readFileSync(dict(), 'utf8')) : [];
  const segmenter = createSegmenter(terms);
  const input = (id: string) => ({ document: index.document(id)!, clauses: index.clauses(id), citations: index.citations(id) });
  const align: AlignFn = (a, b, kind) => alignDocuments(input(a), input(b), { segmenter, kind }).links;
  const nameClause = (global: string) => {
    const { documentId, clauseId } = splitGlobalId(global);
    const clause = index.clause(documentId, clauseId);
    return bookTitle(index.document(documentId)?.shortTitle ?? documentId) + (clause ? clauseName(clause, index.clauseIndex(documentId)) : clauseId);
  };
  return comparePairs(index.documents).map((pair) => ({ ...pair, links: pairLinks(pair, { links: index.data.links, align, nameClause }) }));
}
