/**
 * Rows of an index table (clause texts, clause metadata, documents) read
 * shard by shard as a query needs them. Each shard is fetched once; a failed
 * fetch may be retried by a later query.
 */
import type { ShardLoader } from './index-format';

export class ShardedRows<T> {
  private readonly rows = new Map<number, T>();
  private readonly loaded = new Map<string, Promise<void>>();

  constructor(
    private readonly loader: ShardLoader,
    /** The shard that holds row i. */
    private readonly keyOf: (i: number) => string,
    /** A fetched shard → its rows with their indices. */
    private readonly decode: (data: unknown) => Iterable<[number, T]>,
    /** What a row is, for the error when one is read before it was loaded. */
    private readonly what: string,
  ) {}

  has(index: number): boolean {
    return this.rows.has(index);
  }

  async ensure(indices: Iterable<number>): Promise<void> {
    const keys = new Set<string>();
    for (const i of indices) if (!this.rows.has(i)) keys.add(this.keyOf(i));
    await Promise.all([...keys].map((k) => this.load(k)));
  }

  get(index: number): T {
    const row = this.rows.get(index);
    if (row === undefined) throw new Error(`search: ${this.what} ${index} was not loaded`);
    return row;
  }

  private load(key: string): Promise<void> {
    let p = this.loaded.get(key);
    if (!p) {
      p = this.loader.loadShard(key).then((data) => {
        for (const [i, row] of this.decode(data)) this.rows.set(i, row);
      });
      p.catch(() => this.loaded.delete(key));
      this.loaded.set(key, p);
    }
    return p;
  }
}

/** Rows stored as a run starting at `from`. */
export function* fromRun<T>(from: number, rows: T[]): Iterable<[number, T]> {
  for (let k = 0; k < rows.length; k++) yield [from + k, rows[k]];
}
