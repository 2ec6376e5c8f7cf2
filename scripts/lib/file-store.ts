/**
 * Output files kept in a folder between builds, one file a key, as the
 * build writes them: an unchanged output is hard-linked into the new output
 * folder instead of being read and written again (at national size, reading
 * and rewriting some 20,000 unchanged comparison and download files was a
 * tenth of a rebuild). A build notes every key it uses; prune() deletes the
 * rest. Entries are written beside and renamed, never changed in place, so
 * an output linked to one never changes under it.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class FileStore {
  hits = 0;
  misses = 0;
  private readonly used = new Set<string>();

  constructor(readonly dir: string) {}

  /** Puts the entry for `key` at `dest` and says true; false when there is none (the caller makes it and calls put). */
  linkTo(key: string, dest: string): boolean {
    this.used.add(key);
    const path = join(this.dir, key);
    if (!existsSync(path)) {
      this.misses++;
      return false;
    }
    place(path, dest);
    this.hits++;
    return true;
  }

  /** Keeps `data` under `key` and puts it at `dest`. */
  put(key: string, data: string | Uint8Array, dest: string): void {
    this.used.add(key);
    mkdirSync(this.dir, { recursive: true });
    const path = join(this.dir, key);
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, path);
    place(path, dest);
  }

  /** Delete the entries this build did not use; returns how many. */
  prune(): number {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const name of names) {
      if (this.used.has(name)) continue;
      rmSync(join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }
}

function place(entry: string, dest: string): void {
  try {
    linkSync(entry, dest);
  } catch {
    // Another file system, or links not allowed: a copy does the same.
    copyFileSync(entry, dest);
  }
}
