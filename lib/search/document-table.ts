/**
 * The documents table, read shard by shard for the documents a query's hits
 * (or its filters) touch: the manifest stays the same size however many
 * documents the corpus holds.
 */
import { documentShardKey, type DocumentShard, type SearchDocument, type SearchManifest, type ShardLoader } from './index-format';
import { fromRun, ShardedRows } from './sharded-rows';

export class DocumentTable extends ShardedRows<SearchDocument> {
  constructor(manifest: SearchManifest, loader: ShardLoader) {
    super(
      loader,
      (i) => documentShardKey(i, manifest),
      (data) => fromRun((data as DocumentShard).from, (data as DocumentShard).documents),
      'document',
    );
  }

  /** Indices below 0 mean "no document" and are skipped. */
  override ensure(indices: Iterable<number>): Promise<void> {
    return super.ensure([...indices].filter((i) => i >= 0));
  }
}
