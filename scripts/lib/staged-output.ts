/**
 * Where `kb build` writes: two output roots, .generated/ (the pages' data)
 * and public/data/ (files the site serves). A build writes each into a
 * fresh folder beside it and, only when everything is written, swaps the
 * folders in. A build stopped midway therefore leaves the previous output
 * whole: never a manifest naming shards that are not there, nor a search
 * index from one build beside comparisons from another. Call it under the
 * build lock: leftovers from dead builds are cleared on the way in.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type OutputDirs = { generated: string; data: string };

/** The final places, as the site and `kb search` read them. */
export const OUTPUT: OutputDirs = { generated: '.generated', data: join('public', 'data') };
/** Kept across builds rather than rebuilt: carried into the new .generated/. */
const CARRIED = ['cache'];
const BUILDING = '.building-';
const OLD = '.old-';

export type StagedOutput = { dirs: OutputDirs; commit(): void };

export function stageOutput(final: OutputDirs = OUTPUT): StagedOutput {
  const roots = Object.keys(final) as (keyof OutputDirs)[];
  for (const k of roots) clearLeftovers(final[k]);
  const dirs = Object.fromEntries(roots.map((k) => [k, `${final[k]}${BUILDING}${process.pid}`])) as OutputDirs;
  for (const k of roots) mkdirSync(dirs[k], { recursive: true });
  return {
    dirs,
    commit() {
      for (const name of CARRIED) {
        const from = join(final.generated, name);
        if (existsSync(from)) renameSync(from, join(dirs.generated, name));
      }
      for (const k of roots) swapIn(dirs[k], final[k]);
    },
  };
}

/** Rename the old folder aside, the new one into place, then delete the old. */
function swapIn(staged: string, final: string): void {
  const old = `${final}${OLD}${process.pid}`;
  const hadOld = existsSync(final);
  if (hadOld) renameSync(final, old);
  renameSync(staged, final);
  if (hadOld) rmSync(old, { recursive: true, force: true });
}

/**
 * Folders a killed build left beside a root: its unfinished output goes;
 * an old output renamed aside but not yet replaced goes back into place.
 */
function clearLeftovers(final: string): void {
  const parent = dirname(final);
  const base = basename(final);
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    const path = join(parent, name);
    if (name.startsWith(base + BUILDING)) rmSync(path, { recursive: true, force: true });
    else if (name.startsWith(base + OLD)) {
      if (existsSync(final)) rmSync(path, { recursive: true, force: true });
      else renameSync(path, final);
    }
  }
}
