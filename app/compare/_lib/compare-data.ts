/**
 * The comparison pages' data: the pairs `kb build` decided, each with the
 * links it aligns by (.generated/compare.json), and the comparison itself,
 * built from the corpus with the word segmentation `kb build` recorded for
 * each document (public/data/compare/doc/, the files an on-demand comparison
 * fetches, so a page and the browser diff alike). Read at build time only.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LinkRecord } from '@/lib/corpus/export-contract';
import type { ComparePair } from '@/lib/compare/compare-pairs';
import { buildComparison, type Comparison } from '@/lib/compare/build-comparison';
import { getCorpus } from '@/app/_data/corpus';
import { pushTo } from '@/lib/push-to';
import type { CompareDocumentData } from '@/lib/compare/compare-document-data';
import { replaySegmenter } from '@/lib/compare/recorded-segmenter';
import { compareDocumentFile, compareHref, onDemandHref } from '@/lib/site/compare-href';
import { citationUnits } from '@/lib/clause';
import { anchoredRows } from '@/lib/compare/row-anchor';
import { pairRows } from '@/lib/compare/pair-rows';

export type StoredPair = ComparePair & { links: LinkRecord[] };

let cached: StoredPair[] | null = null;

export function comparePairList(): StoredPair[] {
  cached ??= (JSON.parse(readFileSync(join(process.cwd(), '.generated', 'compare.json'), 'utf8')) as { pairs: StoredPair[] }).pairs;
  return cached;
}

// Keyed once: document pages ask per clause, and a scan of every pair per ask made the national build quadratic.
let byKey: Map<string, StoredPair> | null = null;
let byDocument: Map<string, StoredPair[]> | null = null;

export function findPair(local: string, parent: string): StoredPair | undefined {
  byKey ??= new Map(comparePairList().map((p) => [`${p.local}\u0000${p.parent}`, p]));
  return byKey.get(`${local}\u0000${parent}`);
}

/** The pairs with this document on either side. */
export function pairsOf(documentId: string): StoredPair[] {
  if (!byDocument) {
    byDocument = new Map();
    for (const p of comparePairList()) {
      pushTo(byDocument, p.local, p);
      if (p.parent !== p.local) pushTo(byDocument, p.parent, p);
    }
  }
  return byDocument.get(documentId) ?? [];
}

/**
 * The page that compares documents `a` and `b`, whichever way round it was
 * generated (a related pair has one, compare-pairs.ts), and, given `a`'s
 * clause `clauseId`, its first aligned row that shows it (none if no row does).
 */
export function pageRow(a: string, b: string, clauseId?: string): { pair: StoredPair; anchor: string | undefined } | undefined {
  const left = findPair(a, b);
  const pair = left ?? findPair(b, a);
  return pair && { pair, anchor: clauseId ? pairedAnchors(pair)[left ? 'local' : 'parent'].get(clauseId) : undefined };
}

/** Where to compare `a` with `b` (at `a`'s clause, given one): the pair's page (at its row), or the comparison computed in the browser. */
export function pairHref(a: string, b: string, clauseId?: string): string {
  const page = pageRow(a, b, clauseId);
  return page ? compareHref(page.pair.local, page.pair.parent, page.anchor) : onDemandHref(a, b);
}

const anchorCache = new Map<string, { local: Map<string, string>; parent: Map<string, string> }>();

/** For each clause of either side, the first aligned row that shows it. */
function pairedAnchors(pair: StoredPair): { local: Map<string, string>; parent: Map<string, string> } {
  const key = `${pair.local}\u0000${pair.parent}`;
  let found = anchorCache.get(key);
  if (found) return found;
  const index = getCorpus();
  const rows = pairRows(citationUnits(index.clauseIndex(pair.local)), citationUnits(index.clauseIndex(pair.parent)), pair.links);
  found = { local: new Map(), parent: new Map() };
  for (const { row, anchor } of anchoredRows(rows)) {
    if (row.kind !== 'aligned') continue;
    if (!found.local.has(row.local.id)) found.local.set(row.local.id, anchor);
    if (!found.parent.has(row.parent.id)) found.parent.set(row.parent.id, anchor);
  }
  anchorCache.set(key, found);
  return found;
}

const built = new Map<string, Comparison | null>();

/** Built once per pair: the page and its metadata both ask. */
export function comparisonFor(local: string, parent: string): Comparison | null {
  const key = `${local}\u0000${parent}`;
  if (!built.has(key)) {
    const pair = findPair(local, parent);
    built.set(key, pair ? buildComparison(getCorpus(), pair, pair.links, replaySegmenter([...recordedWords(local), ...recordedWords(parent)])) : null);
  }
  return built.get(key)!;
}

// A national law is the parent in many pairs: its file is read once, not once per page. Bounded, so the
// whole collection's segmentations never sit in memory together.
let words = new Map<string, string[][]>();
const KEPT_DOCUMENTS = 64;

/** The segmentations `kb build` recorded for one document. */
function recordedWords(documentId: string): string[][] {
  let found = words.get(documentId);
  if (!found) {
    const file = join(process.cwd(), 'public', compareDocumentFile(documentId));
    found = (JSON.parse(readFileSync(file, 'utf8')) as CompareDocumentData).segments;
    if (words.size >= KEPT_DOCUMENTS) words = new Map();
    words.set(documentId, found);
  }
  return found;
}
