/**
 * Where a folded term occurs, from the gram index alone, exactly as a plain
 * substring scan of the provisions finds it, and without reading any text.
 *
 * The term's first key (the shortest rare string it starts with) gives the
 * candidates; its last key, from the backward index, confirms its end, and
 * the keys at the offsets between confirm the rest. So every key read is rare, and a
 * term costs a few small shards however large the corpus. A term common
 * enough to have no key of its own is read as the run of keys that start
 * with it, or from its hot record.
 */
import { GramLookup, type Lookup } from './gram-lookup';
import { reverseUnits } from './gram-groups';
import { bucketOf, hotShardKey, type HotShard, type SearchManifest, type ShardLoader } from './index-format';
import { nonOverlapping } from './match-spans';
import { decodeIds, decodeNumbers, type Positions } from './postings';

export type TermHits = {
  term: string;
  /** Provisions holding the term, ascending. */
  units: number[];
  /** Where it occurs in each (non-overlapping starts), with the provision's class; null for a hot term. */
  positions: Positions | null;
  /** A hot term's best-ranked provisions, with the score the build gave them. */
  ranked: { unit: number; score: number }[] | null;
};

const CACHE_SIZE = 256;

export class TermMatcher {
  private readonly forward: GramLookup;
  private readonly backward: GramLookup;
  private readonly cache = new Map<string, Promise<TermHits>>();

  constructor(
    private readonly manifest: SearchManifest,
    private readonly loader: ShardLoader,
  ) {
    this.forward = new GramLookup(manifest, loader, 'forward');
    this.backward = new GramLookup(manifest, loader, 'backward');
  }

  /** Read the tops of both shard tables. */
  async open(): Promise<void> {
    await Promise.all([this.forward.open(), this.backward.open()]);
  }

  /** Where `term` (already folded, non-empty) occurs. */
  find(term: string): Promise<TermHits> {
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

  /** Is the term too common to list by position? Answered from the tables of first keys alone. */
  async isHot(term: string): Promise<boolean> {
    return (await this.forward.lookup(term, false)).kind === 'hot';
  }

  private async compute(term: string): Promise<TermHits> {
    // A longer term's last key is nearly always needed: read it alongside its first.
    const [head, tail] = await Promise.all([this.forward.lookup(term, true), term.length >= 3 ? this.lastKey(term) : null]);
    if (head.kind === 'hot') return this.hot(term);
    if (head.kind !== 'leaf') return withStarts(term, head.kind === 'range' ? head.at : new Map());
    let at = head.at;
    let end = term.length;
    const close = (last: Lookup) => {
      if (last.kind === 'leaf') {
        at = shifted(at, last.at, term.length);
        end = Math.min(end, term.length - last.key.length);
      } else if (last.kind === 'none') at = new Map();
    };
    if (tail && head.key.length < term.length) close(tail);
    for (let c = head.key.length; c < end && at.size; ) {
      const next = await this.forward.lookup(term.slice(c), false);
      if (next.kind === 'leaf') {
        at = shifted(at, next.at, c);
        c += next.key.length;
      } else if (next.kind === 'none') {
        at = new Map();
      } else {
        // The rest is common, so the term's last key (rare, as the term is) reaches back over it.
        if (!tail) close(await this.lastKey(term));
        if (end > c) at = await this.verifyRest(term, c, at);
        break;
      }
    }
    return withStarts(term, at);
  }

  /** The term's last key, from the backward index: it files each key where it ends. */
  private lastKey(term: string): Promise<Lookup> {
    return this.backward.lookup(reverseUnits(term), false);
  }

  /** Not reached while the term is rarer than its first key, as it is here; kept so that no false hit can pass. */
  private async verifyRest(term: string, c: number, at: Positions): Promise<Positions> {
    const rest = await this.forward.lookup(term.slice(c), true);
    return rest.kind === 'range' ? shifted(at, rest.at, c) : rest.kind === 'none' ? new Map() : at;
  }

  private async hot(term: string): Promise<TermHits> {
    const shard = (await this.loader.loadShard(hotShardKey(bucketOf(term, this.manifest.hot.buckets)))) as HotShard;
    const r = shard.r[term];
    if (!r) throw new Error(`search: the index has no hot record for “${term}”: rebuild it with kb build`);
    const top = decodeNumbers(r.t);
    const scores = decodeNumbers(r.s);
    return { term, units: decodeIds(r.u), positions: null, ranked: top.map((unit, k) => ({ unit, score: scores[k] / 1e4 })) };
  }
}

/** Candidates whose position + offset is a position of `next` (a key's starts, or a backward key's ends). */
function shifted(at: Positions, next: Positions, offset: number): Positions {
  const out: Positions = new Map();
  for (const [unit, { cls, at: starts }] of at) {
    const there = next.get(unit);
    if (!there) continue;
    const set = new Set(there.at);
    const kept = starts.filter((p) => set.has(p + offset));
    if (kept.length) out.set(unit, { cls, at: kept });
  }
  return out;
}

function withStarts(term: string, at: Positions): TermHits {
  const positions: Positions = new Map();
  for (const unit of [...at.keys()].sort((a, b) => a - b)) {
    const { cls, at: starts } = at.get(unit)!;
    positions.set(unit, { cls, at: nonOverlapping(starts, term.length) });
  }
  return { term, units: [...positions.keys()], positions, ranked: null };
}
