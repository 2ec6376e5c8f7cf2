/**
 * Runs one `kb` command as a child process in a case directory (its own
 * content folder, .generated/ and public/) and measures it: wall time, and the
 * child's own peak RSS as reported by report-max-rss.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export type KbRun = { ms: number; peakRssMb: number; code: number; stdout: string; stderr: string };

const KB = resolve('scripts/kb.ts');
/** A case directory's own content folder, which each command is pointed at. */
export const caseContentRoot = (cwd: string) => resolve(join(cwd, 'kb-content'));
const PRELOAD = pathToFileURL(resolve('scripts/lib/bench/report-max-rss.ts')).href;

export function runKb(cwd: string, args: string[]): Promise<KbRun> {
  const rssFile = resolve(cwd, '.max-rss');
  rmSync(rssFile, { force: true });
  return new Promise((ok, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), '--import', PRELOAD, KB, ...args], {
      cwd,
      env: { ...process.env, KB_CONTENT: caseContentRoot(cwd), KB_NO_CACHE: '1', KB_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = Math.round(performance.now() - start);
      if (!existsSync(rssFile)) return fail(new Error(`kb ${args.join(' ')} in ${cwd} reported no peak memory (exit ${code}): ${Buffer.concat(err).toString().slice(-800)}`));
      const bytes = Number(readFileSync(rssFile, 'utf8'));
      ok({ ms, peakRssMb: Math.round(bytes / 2 ** 20), code: code ?? -1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
}
