/**
 * Write several new files so that either all of them appear or none does:
 * each is written beside its place under a temporary name, and only when
 * every write succeeded are they renamed into place. A failure midway (a
 * missing folder, a full disk) leaves no half import behind for a re-run to
 * trip over as "already exists".
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';

export function writeAllOrNothing(files: { path: string; data: string | Uint8Array }[]): void {
  const temp = (path: string) => `${path}.${process.pid}.tmp`;
  const placed: string[] = [];
  try {
    for (const f of files) writeFileSync(temp(f.path), f.data, { flag: 'wx' });
    for (const f of files) {
      renameSync(temp(f.path), f.path);
      placed.push(f.path);
    }
  } catch (e) {
    for (const f of files) rmSync(temp(f.path), { force: true });
    for (const p of placed) rmSync(p, { force: true });
    throw e;
  }
}
