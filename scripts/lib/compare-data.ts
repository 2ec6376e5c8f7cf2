/**
 * `kb build`'s comparison step. It decides which comparison pages exist
 * (compare-pairs.ts) and the links each aligns by — the similarity aligner
 * needs the word segmenter, a native addon that belongs in this process
 * rather than in the site build. The pages read .generated/compare.json;
 * each pair's CSV (校订本 and 原文) is written to public/data/compare/ for
 * the pages to link, and each document's comparison data to
 * public/data/compare/doc/<id>.json for pairs compared in the browser.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, LinkRecord } from '../../lib/corpus/export-contract';
import { CorpusIndex, splitGlobalId } from '../../lib/content/corpus-index';
import type { Segmenter } from '../../lib/refs/term-bag';
import { comparePairs, type ComparePair } from '../../lib/compare/compare-pairs';
import { alignInputOf, corpusPairLinks } from '../../lib/compare/corpus-pair-links';
import { createAligner } from '../../lib/refs/create-aligner';
import type { LinkCacheOptions } from '../../lib/refs/link-cache';
import { compareDocumentData } from '../../lib/compare/compare-document-data';
import { buildComparison } from '../../lib/compare/build-comparison';
import { comparisonCsv } from '../../lib/compare/compare-csv';
import { csvFileName } from '../../lib/site/csv-file-name';
import { COMPARE_DOCUMENT_DIR, COMPARE_DOCUMENT_LIST, compareDocumentFile } from '../../lib/site/compare-href';
import { compareDocumentList } from '../../lib/compare/compare-document-list';
import { pushTo } from '../../lib/push-to';
import { memoSegmenter } from '../../lib/text/memo-segmenter';
import { cacheKey } from './build-cache';
import type { FileStore } from './file-store';
import { TEXT_MODES, type TextMode } from '../../lib/compare/model';
import { OUTPUT, type OutputDirs } from './staged-output';

/** Under .generated/ and public/data/ (served at /data/). */
const COMPARE_JSON = 'compare.json';
const CSV_DIR = 'compare';
/** A file's place under public/data/ from its address on the site. */
const underData = (href: string) => href.replace(/^\/data\//, '');
const DOC_DIR = underData(COMPARE_DOCUMENT_DIR);

export type ComparePairData = ComparePair & { links: LinkRecord[] };
export type CompareData = { pairs: ComparePairData[] };

/** Where the step keeps its outputs between builds (build-cache.ts); `salt` covers the code and the dictionary. */
export type CompareOutputCache = { docs: FileStore; csv: FileStore; salt: string };

/**
 * `out`: the build's fresh output folders (see staged-output); `segmenter`:
 * with the content's legal-term dictionary; `cache`: the build's alignment
 * cache; `outputs`: where unchanged documents' data and unchanged pairs' CSV
 * files are taken from rather than computed again.
 */
export function writeCompareData(corpus: Corpus, out: OutputDirs, jieba: Segmenter, cache?: LinkCacheOptions, outputs?: CompareOutputCache): string {
  const index = new CorpusIndex({ ...corpus, bodies: {} });
  const segmenter = memoSegmenter(jieba);
  const pairs = comparePairData(index, segmenter, cache);
  writeFileSync(join(out.generated, COMPARE_JSON), JSON.stringify({ pairs } satisfies CompareData));
  const linksFrom = new Map<string, LinkRecord[]>();
  for (const l of index.data.links) pushTo(linksFrom, splitGlobalId(l.from).documentId, l);
  const rejectedFrom = new Map<string, LinkRecord[]>();
  for (const l of index.data.rejectedLinks) pushTo(rejectedFrom, splitGlobalId(l.from).documentId, l);
  // Everything a document contributes to a comparison, hashed once: a pair's key is its own data and its documents'.
  const docKeys = new Map<string, string>();
  const docKey = (id: string) => {
    let k = docKeys.get(id);
    if (k === undefined) {
      k = cacheKey(outputs?.salt ?? '', index.document(id), index.clauses(id), index.citations(id), linksFrom.get(id) ?? [], rejectedFrom.get(id) ?? []);
      docKeys.set(id, k);
    }
    return k;
  };

  const csvDir = join(out.data, CSV_DIR);
  mkdirSync(csvDir, { recursive: true });
  let pairsReused = 0;
  for (const p of pairs) {
    const key = outputs && cacheKey(outputs.salt, p, ...[p.local, p.parent, ...p.via].map(docKey));
    const dest = (mode: TextMode) => join(csvDir, csvFileName(p.local, p.parent, mode));
    if (key && TEXT_MODES.every((mode) => outputs.csv.linkTo(`${key}.${mode}.csv`, dest(mode)))) {
      pairsReused++;
      continue;
    }
    const c = buildComparison(index, p, p.links, segmenter);
    for (const mode of TEXT_MODES) {
      // A half-kept pair (one wording's file gone): the other was linked already.
      if (existsSync(dest(mode))) continue;
      const csv = comparisonCsv(c, mode);
      if (key) outputs.csv.put(`${key}.${mode}.csv`, csv, dest(mode));
      else writeFileSync(dest(mode), csv);
    }
  }
  mkdirSync(join(out.data, DOC_DIR), { recursive: true });
  writeFileSync(join(out.data, underData(COMPARE_DOCUMENT_LIST)), JSON.stringify(compareDocumentList(index.documents, pairs)));
  for (const d of index.documents) {
    const key = outputs && `${docKey(d.id)}.json`;
    const dest = join(out.data, underData(compareDocumentFile(d.id)));
    if (key && outputs.docs.linkTo(key, dest)) continue;
    const data = JSON.stringify(compareDocumentData(index, d.id, linksFrom.get(d.id) ?? [], segmenter, rejectedFrom.get(d.id)));
    if (key) outputs.docs.put(key, data, dest);
    else writeFileSync(dest, data);
  }
  const reused = outputs ? ` (reused: ${pairsReused} pairs' CSV, ${outputs.docs.hits} documents' data)` : '';
  return (
    `comparisons: ${pairs.length} pairs → ${join(OUTPUT.generated, COMPARE_JSON)}, ${pairs.length * TEXT_MODES.length} CSV files → ${join(OUTPUT.data, CSV_DIR)}/, ` +
    `${index.documents.length} documents → ${join(OUTPUT.data, DOC_DIR)}/${reused}`
  );
}

export function comparePairData(index: CorpusIndex, segmenter: Segmenter, cache?: LinkCacheOptions): ComparePairData[] {
  const linked = index.data.links.map((l): [string, string] => [splitGlobalId(l.from).documentId, splitGlobalId(l.to).documentId]);
  const aligner = createAligner(alignInputOf(index), segmenter, cache);
  return comparePairs(index.documents, index.data.works, linked).map((pair) => ({ ...pair, links: corpusPairLinks(index, segmenter, pair, aligner) }));
}

