/**
 * Runs one `kb` command as a child process in a case directory (its own
 * content folder, .generated/ and public/) and measures it: wall time, and the
 * child's own peak RSS as reported by report-max-rss.ts.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../run-command';

export type KbRun = { ms: number; peakRssMb: number; code: number; stdout: string; stderr: string };

const KB = resolve('scripts/kb.ts');
/** A case directory's own content folder, which each command is pointed at. */
export const caseContentRoot = (cwd: string) => resolve(join(cwd, 'kb-content'));
const PRELOAD = pathToFileURL(resolve('scripts/lib/bench/report-max-rss.ts')).href;

/** `cache`: keep the build cache (.generated/cache/) as `kb build` does by default; the scaling cases measure work, not the cache. */
export async function runKb(cwd: string, args: string[], { cache = false } = {}): Promise<KbRun> {
  const rssFile = resolve(cwd, '.max-rss');
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const env = { ...process.env, KB_CONTENT: caseContentRoot(cwd), KB_NO_CACHE: cache ? '0' : '1', KB_BENCH_RSS_FILE: rssFile };
  const r = await run(process.execPath, ['--import', import.meta.resolve('tsx'), '--import', PRELOAD, KB, ...args], { cwd, env });
  const ms = Math.round(performance.now() - started);
  if (!existsSync(rssFile)) throw new Error(`kb ${args.join(' ')} in ${cwd} reported no peak memory (exit ${r.status}): ${r.stderr.slice(-800)}`);
  const bytes = Number(readFileSync(rssFile, 'utf8'));
  return { ms, peakRssMb: Math.round(bytes / 2 ** 20), code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
