/**
 * Finding a string's keys (gram-groups.ts) in one direction of the index:
 * the table of first keys says which shard holds the greatest key not after
 * the string; that key is the string's own key when it is a prefix of it.
 * Otherwise the string is common, and its occurrences are all the keys that
 * start with it: read from the following shards, or, when they start
 * `hotShards` shards or more, from the string's hot record instead.
 */
import { gramShardKey, tocPageKey, tocTopKey, type Direction, type GramShard, type SearchManifest, type ShardLoader, type TocPage, type TocTop } from './index-format';
import { decodePostings, type Positions } from './postings';

export type Lookup =
  /** `key` is a prefix of the string; `at`: where the key occurs. */
  | { kind: 'leaf'; key: string; at: Positions }
  /** Exactly where the string occurs. */
  | { kind: 'range'; at: Positions }
  /** Common, and not read (as asked). */
  | { kind: 'common' }
  /** Too common to list by position: see its hot record. */
  | { kind: 'hot' }
  | { kind: 'none' };

export class GramLookup {
  private readonly toc: ShardTable;
  private readonly shards = new Map<number, Promise<GramShard>>();

  constructor(
    private readonly manifest: SearchManifest,
    private readonly loader: ShardLoader,
    private readonly dir: Direction,
  ) {
    this.toc = new ShardTable(loader, dir);
  }

  /** Read the top of the shard table, which every lookup needs. */
  async open(): Promise<void> {
    await this.toc.loadTop();
  }

  /** Where `s` (folded, non-empty) or its key occurs; a common string's positions are read only if `readCommon`. */
  async lookup(s: string, readCommon: boolean): Promise<Lookup> {
    const at0 = await this.toc.locate(s);
    // The shards after it whose first key starts with s: the run of keys starting with s spans them.
    const spanned: number[] = [];
    for (let t = Math.max(1, at0 + 1); spanned.length < this.manifest.hotShards && (await this.toc.first(t))?.startsWith(s); t++) spanned.push(t);
    if (spanned.length >= this.manifest.hotShards) return { kind: 'hot' };
    const i = Math.max(0, at0);
    const shard = await this.shard(i);
    const j = lastAtMost(shard.k, s);
    if (j >= 0 && s.startsWith(shard.k[j])) return { kind: 'leaf', key: shard.k[j], at: decodePostings(shard.p[j]) };
    if (!(shard.k[j + 1]?.startsWith(s) || spanned.length)) return { kind: 'none' };
    if (!readCommon) return { kind: 'common' };
    const at: Positions = new Map();
    for (let k = j + 1; k < shard.k.length && shard.k[k].startsWith(s); k++) decodePostings(shard.p[k], at);
    for (const next of await Promise.all(spanned.map((t) => this.shard(t)))) {
      for (let k = 0; k < next.k.length && next.k[k].startsWith(s); k++) decodePostings(next.p[k], at);
    }
    return { kind: 'range', at };
  }

  private shard(i: number): Promise<GramShard> {
    let s = this.shards.get(i);
    if (!s) {
      s = this.loader.loadShard(gramShardKey(this.dir, i)) as Promise<GramShard>;
      // A failed load is forgotten, so the next search tries again.
      s.catch(() => this.shards.delete(i));
      this.shards.set(i, s);
    }
    return s;
  }
}

/** Index of the last sorted string ≤ s, or -1. */
function lastAtMost(sorted: string[], s: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= s) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The table of every shard's first key, in pages: the top lists each page's
 * first key, so a lookup reads the top once and then only the pages it needs.
 */
class ShardTable {
  private top: Promise<TocTop> | null = null;
  private readonly pages = new Map<number, Promise<string[]>>();

  constructor(
    private readonly loader: ShardLoader,
    private readonly dir: Direction,
  ) {}

  /** The last shard whose first key is ≤ s, or -1. */
  async locate(s: string): Promise<number> {
    const top = await this.loadTop();
    const p = lastAtMost(top.pages, s);
    if (p < 0) return -1;
    return p * top.perPage + lastAtMost(await this.page(p), s);
  }

  /** Shard t's first key, or undefined past the last shard. */
  async first(t: number): Promise<string | undefined> {
    const top = await this.loadTop();
    if (t >= top.shards) return undefined;
    return (await this.page(Math.floor(t / top.perPage)))[t % top.perPage];
  }

  loadTop(): Promise<TocTop> {
    this.top ??= this.loader.loadShard(tocTopKey(this.dir)) as Promise<TocTop>;
    this.top.catch(() => (this.top = null));
    return this.top;
  }

  private page(p: number): Promise<string[]> {
    let page = this.pages.get(p);
    if (!page) {
      page = this.loader.loadShard(tocPageKey(this.dir, p)).then((d) => (d as TocPage).first);
      page.catch(() => this.pages.delete(p));
      this.pages.set(p, page);
    }
    return page;
  }
}
