/**
 * The exact set of clauses whose folded text contains a folded term. The gram
 * index gives candidates (every clause containing all of the term's grams);
 * for terms longer than two characters each candidate is then checked
 * against its folded text, so the set equals a plain substring scan: no
 * clause is missed and none is wrongly included.
 */
import type { ClauseStore } from './clause-store';
import { createGramIndex, importGramIndex, searchGramIndex, type GramIndex } from './gram-index';
import { gramBucket, gramKindFor, gramTokens, type GramKind } from './grams';
import { gramShardKey, type FlexExport, type SearchManifest, type ShardLoader } from './index-format';

const CACHE_SIZE = 256;

export class TermMatcher {
  private readonly shards = new Map<string, Promise<GramIndex>>();
  private readonly cache = new Map<string, Promise<Set<number>>>();

  constructor(
    private readonly manifest: SearchManifest,
    private readonly loader: ShardLoader,
    private readonly store: ClauseStore,
  ) {}

  /** Clause numbers containing `term` (already folded, non-empty). */
  clausesContaining(term: string): Promise<Set<number>> {
    let hit = this.cache.get(term);
    if (hit) {
      // Refresh its place: the cache drops the least recently used term.
      this.cache.delete(term);
    } else {
      hit = this.compute(term);
      hit.catch(() => this.cache.delete(term));
      if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(term, hit);
    return hit;
  }

  private async compute(term: string): Promise<Set<number>> {
    const kind = gramKindFor(term);
    const count = this.manifest.grams.shardCount;
    const buckets = [...new Set(gramTokens(term, kind).map((g) => gramBucket(g, count)))];
    let candidates: number[] | null = null;
    for (const b of buckets) {
      const index = await this.shard(kind, b);
      const ids = searchGramIndex(index, term, this.manifest.clauseCount);
      candidates = candidates === null ? ids : intersect(candidates, ids);
      if (!candidates.length) break;
    }
    const found = candidates ?? [];
    // One character is one unigram and two are one bigram: the posting list is already exact.
    if (term.length <= 2) return new Set(found);
    await this.store.ensure(found);
    return new Set(found.filter((i) => this.store.get(i).folded.includes(term)));
  }

  private shard(kind: GramKind, bucket: number): Promise<GramIndex> {
    const key = gramShardKey(kind, bucket);
    let s = this.shards.get(key);
    if (!s) {
      const count = this.manifest.grams.shardCount;
      s = this.loader.loadShard(key).then((data) => importGramIndex(createGramIndex(kind, bucket, count), data as FlexExport));
      // A failed load is forgotten, so the next search tries again.
      s.catch(() => this.shards.delete(key));
      this.shards.set(key, s);
    }
    return s;
  }
}

function intersect(a: number[], b: number[]): number[] {
  const set = new Set(b);
  return a.filter((x) => set.has(x));
}
