/**
 * JSON values kept in a folder, one file a key. A build notes every key it
 * asks for or stores; prune() then deletes the other files, so the folder
 * holds what the current content needs rather than growing build after build.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class FileCache<T> {
  /** Keys found, and keys asked for but missing (the work had to be done). */
  hits = 0;
  misses = 0;
  private readonly used = new Set<string>();

  constructor(readonly dir: string) {}

  get(key: string): T | undefined {
    this.used.add(key);
    try {
      const value = JSON.parse(readFileSync(this.path(key), 'utf8')) as T;
      this.hits++;
      return value;
    } catch {
      // Missing, or left unreadable by an interrupted write: either way, recompute.
      this.misses++;
      return undefined;
    }
  }

  set(key: string, value: T): void {
    this.used.add(key);
    mkdirSync(this.dir, { recursive: true });
    // Serialised now, not at the end of the build: the caller goes on using the value.
    // Written beside and renamed, so a build stopped midway never leaves half a file under a key.
    const tmp = `${this.path(key)}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, this.path(key));
  }

  /** Delete the entries this build did not use; returns how many. */
  prune(): number {
    let removed = 0;
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0;
    }
    for (const name of names) {
      if (!name.endsWith('.json') || this.used.has(name.slice(0, -'.json'.length))) continue;
      rmSync(join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }

  private path(key: string): string {
    return join(this.dir, `${key}.json`);
  }
}
