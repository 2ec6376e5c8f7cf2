/**
 * Where a folded term occurs, from the gram index alone: a character's
 * clause counts, a bigram's positions, or for longer terms the positions
 * where the term's bigrams sit at consecutive offsets. The clause set equals
 * a plain substring scan, and no clause text is read; ranking reads its
 * term frequencies and positions from here too.
 */
import { GramShard, type GramShardData } from './gram-index';
import { gramBucket, gramKindFor, type GramKind } from './grams';
import { gramShardKey, type SearchManifest, type ShardLoader } from './index-format';
import { phraseStarts, type Positions } from './postings';

/**
 * A term's occurrences. `tf`: non-overlapping occurrences per clause (as a
 * left-to-right scan counts them); `starts`: their positions, or null for a
 * single character, whose postings hold counts only.
 */
export type TermPostings = { tf: Map<number, number>; starts: Positions | null; grams: Positions[] };

const CACHE_SIZE = 256;

export class TermMatcher {
  private readonly shards = new Map<string, Promise<GramShard>>();
  private readonly cache = new Map<string, Promise<TermPostings>>();

  constructor(
    private readonly manifest: SearchManifest,
    private readonly loader: ShardLoader,
  ) {}

  /** Where `term` (already folded, non-empty) occurs. */
  postings(term: string): Promise<TermPostings> {
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

  /** Clause numbers containing `term`. */
  async clausesContaining(term: string): Promise<Set<number>> {
    return new Set((await this.postings(term)).tf.keys());
  }

  private async compute(term: string): Promise<TermPostings> {
    const kind = gramKindFor(term);
    const count = this.manifest.grams.shardCount;
    if (kind === 'uni') return { tf: (await this.shard('uni', gramBucket(term, count))).counts(term), starts: null, grams: [] };
    const grams = Array.from({ length: term.length - 1 }, (_, k) => term.slice(k, k + 2));
    const lists = await Promise.all(grams.map(async (g) => (await this.shard('bi', gramBucket(g, count))).positions(g)));
    const starts = new Map<number, number[]>();
    const tf = new Map<number, number>();
    for (const [clause, all] of lists.length === 1 ? lists[0] : phraseStarts(lists)) {
      const own = nonOverlapping(all, term.length);
      starts.set(clause, own);
      tf.set(clause, own.length);
    }
    return { tf: new Map([...tf].sort((a, b) => a[0] - b[0])), starts, grams: lists };
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

/** The starts a left-to-right scan keeps: each occurrence begins after the previous one ends. */
function nonOverlapping(starts: number[], length: number): number[] {
  const out: number[] = [];
  for (const p of starts) if (!out.length || p >= out[out.length - 1] + length) out.push(p);
  return out;
}
