/**
 * The FlexSearch indexes over clauses: per shard, one for unigrams and one
 * for bigrams. Their `encode` is our gram tokenizer (folding included), so
 * FlexSearch stores exactly our grams and, at query time, intersects the
 * posting lists of the query's grams. The same factory builds the index in
 * `kb build` and re-creates it from the shard file in the CLI and browser.
 */
import { Index } from 'flexsearch';
import { bucketGrams, type GramKind } from './grams';
import type { FlexExport } from './index-format';

export type GramIndex = Index;

export function createGramIndex(kind: GramKind, bucket: number, shardCount: number): GramIndex {
  return new Index({
    tokenize: 'strict',
    resolution: 1,
    cache: false,
    encode: (text: string) => bucketGrams(text, kind, bucket, shardCount),
  });
}

/** The index's data for a shard file. The id register is left out: search does not use it. */
export async function exportGramIndex(index: GramIndex): Promise<FlexExport> {
  const parts: FlexExport = [];
  await index.export((key: string, data: string) => {
    if (!key.endsWith('reg')) parts.push([key, JSON.parse(data)]);
  });
  return parts;
}

export function importGramIndex(index: GramIndex, parts: FlexExport): GramIndex {
  for (const [key, data] of parts) index.import(key, data as string);
  return index;
}

/** Clause numbers whose folded text contains every gram of the query, in this shard. */
export function searchGramIndex(index: GramIndex, query: string, limit: number): number[] {
  return index.search(query, { limit }) as number[];
}
