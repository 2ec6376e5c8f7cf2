/**
 * The documents table, read shard by shard for the documents a query's hits
 * (or its filters) touch: the manifest stays the same size however many
 * documents the corpus holds.
 */
import { documentShardKey, type DocumentShard, type SearchDocument, type SearchManifest, type ShardLoader } from './index-format';

export class DocumentTable {
  private readonly docs = new Map<number, SearchDocument>();
  private readonly loaded = new Map<string, Promise<void>>();

  constructor(
    private readonly manifest: SearchManifest,
    private readonly loader: ShardLoader,
  ) {}

  async ensure(indices: Iterable<number>): Promise<void> {
    const keys = new Set<string>();
    for (const i of indices) if (i >= 0 && !this.docs.has(i)) keys.add(documentShardKey(i, this.manifest));
    await Promise.all([...keys].map((k) => this.load(k)));
  }

  get(index: number): SearchDocument {
    const d = this.docs.get(index);
    if (!d) throw new Error(`search: document ${index} was not loaded`);
    return d;
  }

  private load(key: string): Promise<void> {
    let p = this.loaded.get(key);
    if (!p) {
      p = this.loader.loadShard(key).then((data) => {
        const shard = data as DocumentShard;
        shard.documents.forEach((d, k) => this.docs.set(shard.from + k, d));
      });
      p.catch(() => this.loaded.delete(key));
      this.loaded.set(key, p);
    }
    return p;
  }
}
