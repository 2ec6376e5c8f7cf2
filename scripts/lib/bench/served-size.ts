/** What a static host with compression sends for a file: gzipped, or as it is where that is smaller (Pagefind's files are gzipped already). */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export function servedBytes(body: Buffer): number {
  return Math.min(body.length, gzipSync(body, { level: 6 }).length);
}

/** servedBytes of a file; 0 for none. */
export function servedSize(file: string): number {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? servedBytes(readFileSync(file)) : 0;
}
