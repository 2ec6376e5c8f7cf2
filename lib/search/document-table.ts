/**
 * The documents the search has met: those of the results shown (their text
 * shards name them) and, read shard by shard only when needed, the rest: to
 * find a document the filter names, or all of them when they fit one shard.
 */
import { documentShardKey, type DocumentShard, type SearchDocument, type SearchManifest, type ShardLoader } from './index-format';

export type DocumentRow = SearchDocument;

export class DocumentTable {
  private readonly rows = new Map<number, DocumentRow>();
  private readonly loaded = new Map<number, Promise<void>>();

  constructor(
    private readonly manifest: SearchManifest,
    private readonly loader: ShardLoader,
  ) {}

  add(index: number, doc: DocumentRow): void {
    this.rows.set(index, doc);
  }

  get(index: number): DocumentRow | null {
    return this.rows.get(index) ?? null;
  }

  /** A small corpus's documents are one shard: read it, so every document can be counted by name. */
  async ensureSmall(): Promise<void> {
    if (this.shardCount() === 1) await this.load(0);
  }

  /** The number of the document with this id, reading shards in turn until it is found; null if none has it. */
  async find(id: string): Promise<number | null> {
    for (let k = 0; ; k++) {
      for (const [i, d] of this.rows) if (d.id === id) return i;
      if (k >= this.shardCount()) return null;
      await this.load(k);
    }
  }

  /** Reads the shard that names document `index`. */
  ensure(index: number): Promise<void> {
    return this.load(Math.floor(index / this.manifest.documents.perShard));
  }

  private shardCount(): number {
    return Math.max(1, Math.ceil(this.manifest.documents.count / this.manifest.documents.perShard));
  }

  private load(k: number): Promise<void> {
    let p = this.loaded.get(k);
    if (!p) {
      p = this.loader.loadShard(documentShardKey(k)).then((data) => {
        const s = data as DocumentShard;
        s.documents.forEach((d, n) => this.rows.set(s.from + n, d));
      });
      p.catch(() => this.loaded.delete(k));
      this.loaded.set(k, p);
    }
    return p;
  }
}
