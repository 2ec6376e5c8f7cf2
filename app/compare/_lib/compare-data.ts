/**
 * The comparison pages' data: the pairs `kb build` decided, each with the
 * links it aligns by (.generated/compare.json), and the comparison itself,
 * built from the corpus. Read at build time only.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LinkRecord } from '@/lib/corpus/export-contract';
import type { ComparePair } from '@/lib/compare/compare-pairs';
import { buildComparison, type Comparison } from '@/lib/compare/build-comparison';
import { getCorpus } from '@/app/_data/corpus';

export type StoredPair = ComparePair & { links: LinkRecord[] };

let cached: StoredPair[] | null = null;

export function comparePairList(): StoredPair[] {
  cached ??= (JSON.parse(readFileSync(join(process.cwd(), '.generated', 'compare.json'), 'utf8')) as { pairs: StoredPair[] }).pairs;
  return cached;
}

export function findPair(local: string, parent: string): StoredPair | undefined {
  return comparePairList().find((p) => p.local === local && p.parent === parent);
}

const built = new Map<string, Comparison | null>();

/** Built once per pair: the page and its metadata both ask. */
export function comparisonFor(local: string, parent: string): Comparison | null {
  const key = `${local}\u0000${parent}`;
  if (!built.has(key)) {
    const pair = findPair(local, parent);
    built.set(key, pair ? buildComparison(getCorpus(), pair, pair.links) : null);
  }
  return built.get(key)!;
}
