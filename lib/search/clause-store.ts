/**
 * Clause texts as the search reads them: loaded shard by shard on demand,
 * for the results shown only (ranking reads postings and clause-meta.ts),
 * each clause's full text rebuilt from its pieces, folded once and kept.
 */
import { fold, foldWithMap, type FoldMap } from './fold';
import { textShardKey, type PackedClause, type SearchManifest, type ShardLoader, type TextShard } from './index-format';
import { fromRun, ShardedRows } from './sharded-rows';

export type StoredClause = {
  index: number;
  id: string;
  docIndex: number;
  parentIndex: number;
  kind: string;
  label: string;
  /** Full display text, sub-clauses included. */
  text: string;
  folded: string;
  /** Where each child's text sits in `folded`: [from, to). */
  childSpans: [number, number][];
};

export class ClauseStore {
  private readonly packed: ShardedRows<PackedClause>;
  private readonly built = new Map<number, StoredClause>();
  private readonly maps = new Map<number, FoldMap>();

  constructor(
    private readonly manifest: SearchManifest,
    loader: ShardLoader,
  ) {
    this.packed = new ShardedRows(loader, (i) => this.shardKeyOf(i), (data) => fromRun((data as TextShard).from, (data as TextShard).clauses), 'clause');
  }

  /** Load the shards holding these clauses and everything their texts refer to. */
  async ensure(indices: Iterable<number>): Promise<void> {
    // Children already loaded are walked too: their own children may sit in shards not yet read.
    const seen = new Set<number>();
    let pending = [...indices];
    while (pending.length) {
      await this.packed.ensure(pending);
      const next: number[] = [];
      for (const i of pending) {
        seen.add(i);
        for (const p of this.packedOf(i)[5]) if (typeof p === 'number' && !seen.has(p)) next.push(p);
      }
      pending = next;
    }
  }

  /** Load the shards holding these clauses' ancestors, for their labels. */
  async ensureAncestors(indices: Iterable<number>): Promise<void> {
    let pending = [...indices];
    while (pending.length) {
      await this.packed.ensure(pending);
      pending = pending.map((i) => this.packedOf(i)[2]).filter((p) => p >= 0);
    }
  }

  /** Labels of the clause's ancestors, outermost first (those without a label left out). */
  path(index: number): string[] {
    const out: string[] = [];
    for (let p = this.packedOf(index)[2]; p >= 0; p = this.packedOf(p)[2]) {
      const label = this.packedOf(p)[4];
      if (label) out.unshift(label);
    }
    return out;
  }

  /** A clause already ensured. */
  get(index: number): StoredClause {
    let c = this.built.get(index);
    if (!c) {
      c = this.build(index);
      this.built.set(index, c);
    }
    return c;
  }

  /** The fold map of a clause's text, for marking matches in the original characters. */
  foldMap(index: number): FoldMap {
    let m = this.maps.get(index);
    if (!m) {
      m = foldWithMap(this.get(index).text);
      this.maps.set(index, m);
    }
    return m;
  }

  private build(index: number): StoredClause {
    const [id, docIndex, parentIndex, kind, label, pieces] = this.packedOf(index);
    let text = '';
    let folded = '';
    const childSpans: [number, number][] = [];
    for (const p of pieces) {
      if (typeof p === 'string') {
        text += p;
        folded += fold(p);
      } else {
        const child = this.get(p);
        childSpans.push([folded.length, folded.length + child.folded.length]);
        text += child.text;
        folded += child.folded;
      }
    }
    return { index, id, docIndex, parentIndex, kind, label, text, folded, childSpans };
  }

  private packedOf(index: number): PackedClause {
    return this.packed.get(index);
  }

  private shardKeyOf(index: number): string {
    if (index < 0 || index >= this.manifest.clauseCount) throw new Error(`search: no text shard holds clause ${index}`);
    return textShardKey(index, this.manifest);
  }
}
