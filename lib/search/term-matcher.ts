/**
 * The exact set of clauses whose folded text contains a folded term, from
 * the gram index alone: a character's clause list, a bigram's, or for longer
 * terms the clauses where the term's bigrams sit at consecutive offsets. The
 * set equals a plain substring scan, and no clause text is read.
 */
import { GramShard, type GramShardData } from './gram-index';
import { gramBucket, gramKindFor, type GramKind } from './grams';
import { gramShardKey, type SearchManifest, type ShardLoader } from './index-format';
import { phraseClauses } from './postings';

const CACHE_SIZE = 256;

export class TermMatcher {
  private readonly shards = new Map<string, Promise<GramShard>>();
  private readonly cache = new Map<string, Promise<Set<number>>>();

  constructor(
    private readonly manifest: SearchManifest,
    private readonly loader: ShardLoader,
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
    if (kind === 'uni') return new Set((await this.shard('uni', gramBucket(term, count))).ids(term));
    const grams = Array.from({ length: term.length - 1 }, (_, k) => term.slice(k, k + 2));
    const lists = await Promise.all(grams.map(async (g) => (await this.shard('bi', gramBucket(g, count))).positions(g)));
    if (lists.length === 1) return new Set(lists[0].keys());
    return new Set(phraseClauses(lists));
  }

  private shard(kind: GramKind, bucket: number): Promise<GramShard> {
    const key = gramShardKey(kind, bucket);
    let s = this.shards.get(key);
    if (!s) {
      s = this.loader.loadShard(key).then((data) => new GramShard(data as GramShardData));
      // A failed load is forgotten, so the next search tries again.
      s.catch(() => this.shards.delete(key));
      this.shards.set(key, s);
    }
    return s;
  }
}
