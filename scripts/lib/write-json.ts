/**
 * Large JSON written in pieces (lib/json-chunks.ts) rather than built as one
 * string first, in writes of about a megabyte.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { jsonChunks } from '../../lib/json-chunks';

const BATCH_CHARS = 1 << 20;

/** What `JSON.stringify(value, null, space)` gives, written to `path`. */
export function writeJsonFile(path: string, value: unknown, space = 0): void {
  const fd = openSync(path, 'w');
  try {
    writeJson(value, space, (text) => writeSync(fd, text));
  } finally {
    closeSync(fd);
  }
}

/** The same, handed to `write` a batch at a time (process.stdout's writes to a file or a pipe are synchronous on Linux and macOS). */
export function writeJson(value: unknown, space: number, write: (text: string) => void): void {
  let batch: string[] = [];
  let size = 0;
  for (const piece of jsonChunks(value, space)) {
    batch.push(piece);
    size += piece.length;
    if (size >= BATCH_CHARS) {
      write(batch.join(''));
      batch = [];
      size = 0;
    }
  }
  if (batch.length) write(batch.join(''));
}
