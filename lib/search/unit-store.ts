/**
 * Provisions' texts as the results shown need them, loaded shard by shard,
 * with their documents' titles; each text rebuilt, folded and mapped once.
 */
import { foldWithMap, type FoldMap } from './fold';
import { textShardKey, type PackedUnit, type SearchDocument, type SearchManifest, type ShardLoader, type TextShard } from './index-format';
import { fromRun, ShardedRows } from './sharded-rows';
import { unitText, type SearchUnit } from './search-units';

export type StoredUnit = SearchUnit & { index: number; text: string; folded: string; spans: [number, number][]; map: FoldMap };

export class UnitStore {
  private readonly rows: ShardedRows<PackedUnit>;
  private readonly built = new Map<number, StoredUnit>();

  constructor(
    manifest: SearchManifest,
    loader: ShardLoader,
    /** Documents named by the loaded shards are handed on here. */
    onDocument: (index: number, doc: SearchDocument) => void,
  ) {
    this.rows = new ShardedRows(
      loader,
      (i) => {
        if (i < 0 || i >= manifest.unitCount) throw new Error(`search: no text shard holds provision ${i}`);
        return textShardKey(i, manifest.texts.perShard);
      },
      (data) => {
        const shard = data as TextShard;
        for (const [i, doc] of shard.docs) onDocument(i, doc);
        return fromRun(shard.from, shard.units);
      },
      'provision',
    );
  }

  ensure(indices: Iterable<number>): Promise<void> {
    return this.rows.ensure(indices);
  }

  /** A provision already ensured. */
  get(index: number): StoredUnit {
    let u = this.built.get(index);
    if (!u) {
      const [docIndex, path, clauses] = this.rows.get(index);
      const row: SearchUnit = { docIndex, path, clauses };
      const t = unitText(row);
      u = { ...row, index, ...t, map: foldWithMap(t.text) };
      this.built.set(index, u);
    }
    return u;
  }
}
