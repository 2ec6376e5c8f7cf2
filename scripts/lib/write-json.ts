/**
 * Large JSON written in pieces (lib/json-chunks.ts) rather than built as one
 * string first, in batches of about a million characters.
 */
import { once } from 'node:events';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { jsonChunks } from '../../lib/json-chunks';

const BATCH_CHARS = 1 << 20;

/** What `JSON.stringify(value)` gives, written to `path`. */
export function writeJsonFile(path: string, value: unknown): void {
  const fd = openSync(path, 'w');
  try {
    // writeFileSync on a descriptor writes at its position and loops until the whole batch is written.
    for (const batch of jsonBatches(value, 0)) writeFileSync(fd, batch);
  } finally {
    closeSync(fd);
  }
}

/** What `JSON.stringify(value, null, space)` gives, written to a stream as fast as it takes it (a pipe on POSIX is asynchronous). */
export async function writeJsonStream(value: unknown, space: number, stream: NodeJS.WritableStream): Promise<void> {
  for (const batch of jsonBatches(value, space)) if (!stream.write(batch)) await once(stream, 'drain');
}

function* jsonBatches(value: unknown, space: number): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const piece of jsonChunks(value, space)) {
    batch.push(piece);
    size += piece.length;
    if (size >= BATCH_CHARS) {
      yield batch.join('');
      batch = [];
      size = 0;
    }
  }
  if (batch.length) yield batch.join('');
}
