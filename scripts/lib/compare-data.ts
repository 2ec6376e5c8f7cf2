/**
 * `kb build`'s comparison step. The site is static, so every comparison page
 * is decided here: which pairs exist, and the links each aligns by — the
 * similarity aligner needs the word segmenter, a native addon that belongs
 * in this process rather than in the site build. The pages read
 * .generated/compare.json; each pair's CSV (校订本 and 原文) is written to
 * public/data/compare/ for the pages to link.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

export const COMPARE_JSON = join('.generated', 'compare.json');
export const CSV_DIR = join('public', 'data', 'compare');
const DICT = join('content', 'dict', 'legal-terms.txt');

export type ComparePairData = ComparePair & { links: LinkRecord[] };
export type CompareData = { pairs: ComparePairData[] };

export function writeCompareData(corpus: Corpus): string {
  const index = new CorpusIndex({ ...corpus, bodies: {} });
  const pairs = comparePairData(index);
  writeFileSync(COMPARE_JSON, JSON.stringify({ pairs } satisfies CompareData));
  if (existsSync(CSV_DIR)) for (const f of readdirSync(CSV_DIR)) if (f.endsWith('.csv')) rmSync(join(CSV_DIR, f));
  mkdirSync(CSV_DIR, { recursive: true });
  for (const p of pairs) {
    const c = buildComparison(index, p, p.links);
    for (const mode of TEXT_MODES) writeFileSync(join(CSV_DIR, csvFileName(p.local, p.parent, mode)), compareCsv(c.rows.map((r) => r.row), c.diffOf[mode], mode, c.wording.csv, c.nameOf));
  }
  return `comparisons: ${pairs.length} pairs → ${COMPARE_JSON}, ${pairs.length * TEXT_MODES.length} CSV files → ${CSV_DIR}/`;
}

export function comparePairData(index: CorpusIndex): ComparePairData[] {
  const terms = existsSync(DICT) ? parseTermList(readFileSync(DICT, 'utf8')) : [];
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
