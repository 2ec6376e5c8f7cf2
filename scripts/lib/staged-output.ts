/**
 * Where `kb build` writes: two output roots, .generated/ (the pages' data)
 * and public/data/ (files the site serves). A build writes each into a
 * fresh folder beside it and, only when everything is written, swaps the
 * folders in. A build stopped midway therefore leaves the previous output
 * whole: never a manifest naming shards that are not there, nor a search
 * index from one build beside comparisons from another. Call it under the
 * build lock: leftovers from dead builds are cleared on the way in.
 *
 * The replaced output (some 200,000 files at national size) is moved into
 * .kb-trash/ and deleted there by a detached `rm`: deleting it in the build
 * took most of a minute after the build's work was done. It is moved out of
 * public/ first because `next build` copies everything under public/.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type OutputDirs = { generated: string; data: string };

/** The final places, as the site and `kb search` read them. */
export const OUTPUT: OutputDirs = { generated: '.generated', data: join('public', 'data') };
/** Kept across builds rather than rebuilt: carried into the new .generated/. */
const CARRIED = ['cache'];
const BUILDING = '.building-';
const OLD = '.old-';
/**
 * Where replaced output waits to be deleted: the old output of root `data`
 * is .kb-trash/data-<time>-<pid>, so the newest is known if it must come back.
 */
const TRASH = '.kb-trash';

export type StagedOutput = { dirs: OutputDirs; commit(): void };

export function stageOutput(final: OutputDirs = OUTPUT, trash = TRASH): StagedOutput {
  const roots = Object.keys(final) as (keyof OutputDirs)[];
  for (const k of roots) clearLeftovers(final[k], trash);
  const dirs = Object.fromEntries(roots.map((k) => [k, `${final[k]}${BUILDING}${process.pid}`])) as OutputDirs;
  for (const k of roots) mkdirSync(dirs[k], { recursive: true });
  return {
    dirs,
    commit() {
      for (const name of CARRIED) {
        const from = join(final.generated, name);
        if (existsSync(from)) renameSync(from, join(dirs.generated, name));
      }
      for (const k of roots) swapIn(dirs[k], final[k], trash);
    },
  };
}

/** Rename the old folder aside into the trash, the new one into place, then let the old go. */
function swapIn(staged: string, final: string, trash: string): void {
  const old = join(trash, `${basename(final)}-${Date.now()}-${process.pid}`);
  const hadOld = existsSync(final);
  if (hadOld) {
    mkdirSync(trash, { recursive: true });
    renameSync(final, old);
  }
  renameSync(staged, final);
  if (hadOld) discard(old);
}

/** Deleted in the background where there is an `rm`; a second deletion of the same folder (the next build's) is harmless. */
function discard(path: string): void {
  if (process.platform === 'win32') {
    rmSync(path, { recursive: true, force: true });
    return;
  }
  spawn('rm', ['-rf', path], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Folders a killed build left: its unfinished output beside the root goes;
 * an old output moved aside (into the trash, or beside the root as earlier
 * builds did) but not yet replaced goes back into place, and one already
 * replaced is deleted.
 */
function clearLeftovers(final: string, trash: string): void {
  const parent = dirname(final);
  const base = basename(final);
  // Oldest first: where the root is missing, the newest one moved aside is the output to put back.
  const aside = [
    ...(existsSync(parent) ? readdirSync(parent).filter((n) => n.startsWith(base + OLD)).map((n) => ({ path: join(parent, n), time: 0 })) : []),
    ...(existsSync(trash) ? readdirSync(trash).flatMap((n) => (n.startsWith(`${base}-`) ? [{ path: join(trash, n), time: Number(n.slice(base.length + 1).split('-')[0]) || 0 }] : [])) : []),
  ].sort((a, b) => a.time - b.time);
  if (existsSync(parent)) for (const name of readdirSync(parent)) if (name.startsWith(base + BUILDING)) rmSync(join(parent, name), { recursive: true, force: true });
  if (!existsSync(final) && aside.length) renameSync(aside.pop()!.path, final);
  for (const { path } of aside) discard(path);
}
