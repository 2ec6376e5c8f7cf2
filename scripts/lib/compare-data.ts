/**
 * `kb build`'s comparison step. It decides which comparison pages exist
 * (compare-pairs.ts) and the links each aligns by — the similarity aligner
 * needs the word segmenter, a native addon that belongs in this process
 * rather than in the site build. The pages read .generated/compare.json;
 * each pair's CSV (校订本 and 原文) is written to public/data/compare/ for
 * the pages to link, and each document's comparison data to
 * public/data/compare/doc/<id>.json for pairs compared in the browser.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, LinkRecord } from '../../lib/types';
import { CorpusIndex, splitGlobalId } from '../../lib/content/corpus-index';
import { createSegmenter, parseTermList } from '../../lib/text/segmenter';
import type { Segmenter } from '../../lib/refs/term-bag';
import { comparePairs, type ComparePair } from '../../lib/compare/compare-pairs';
import { corpusPairLinks } from '../../lib/compare/corpus-pair-links';
import { documentShingles } from '../../lib/compare/document-shingles';
import { compareDocumentData } from '../../lib/compare/compare-document-data';
import { buildComparison } from '../../lib/compare/build-comparison';
import { compareCsv } from '../../lib/compare/compare-csv';
import { csvFileName } from '../../lib/compare/csv-file-name';
import { COMPARE_DOCUMENT_DIR, compareDocumentFile } from '../../lib/compare/compare-href';
import { TEXT_MODES } from '../../lib/compare/model';

export const COMPARE_JSON = join('.generated', 'compare.json');
export const CSV_DIR = join('public', 'data', 'compare');
const DOC_DIR = join('public', ...COMPARE_DOCUMENT_DIR.split('/').filter(Boolean));
const DICT = join('content', 'dict', 'legal-terms.txt');

export type ComparePairData = ComparePair & { links: LinkRecord[] };
export type CompareData = { pairs: ComparePairData[] };

export function writeCompareData(corpus: Corpus): string {
  const index = new CorpusIndex({ ...corpus, bodies: {} });
  const segmenter = legalSegmenter();
  const pairs = comparePairData(index, segmenter);
  writeFileSync(COMPARE_JSON, JSON.stringify({ pairs } satisfies CompareData));
  if (existsSync(CSV_DIR)) for (const f of readdirSync(CSV_DIR)) if (f.endsWith('.csv')) rmSync(join(CSV_DIR, f));
  mkdirSync(CSV_DIR, { recursive: true });
  for (const p of pairs) {
    const c = buildComparison(index, p, p.links);
    for (const mode of TEXT_MODES) writeFileSync(join(CSV_DIR, csvFileName(p.local, p.parent, mode)), compareCsv(c.rows.map((r) => r.row), c.diffOf[mode], mode, c.wording.csv));
  }
  rmSync(DOC_DIR, { recursive: true, force: true });
  mkdirSync(DOC_DIR, { recursive: true });
  const linksFrom = groupBy(index.data.links, (l) => splitGlobalId(l.from).documentId);
  for (const d of index.documents) {
    const data = compareDocumentData(index, d.id, linksFrom.get(d.id) ?? [], segmenter);
    writeFileSync(join('public', compareDocumentFile(d.id)), JSON.stringify(data));
  }
  return (
    `comparisons: ${pairs.length} pairs → ${COMPARE_JSON}, ${pairs.length * TEXT_MODES.length} CSV files → ${CSV_DIR}/, ` +
    `${index.documents.length} documents → ${DOC_DIR}/`
  );
}

export function comparePairData(index: CorpusIndex, segmenter: Segmenter = legalSegmenter()): ComparePairData[] {
  const terms = new Map(index.documents.map((d) => [d.id, documentShingles(index.clauses(d.id))]));
  const linked = index.data.links.map((l): [string, string] => [splitGlobalId(l.from).documentId, splitGlobalId(l.to).documentId]);
  return comparePairs(index.documents, terms, linked).map((pair) => ({ ...pair, links: corpusPairLinks(index, segmenter, pair) }));
}

/** The segmenter with the legal-term dictionary, as search and alignment use it. */
export function legalSegmenter(): Segmenter {
  return createSegmenter(existsSync(DICT) ? parseTermList(readFileSync(DICT, 'utf8')) : []);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) (out.get(key(item)) ?? out.set(key(item), []).get(key(item))!).push(item);
  return out;
}
