/**
 * `kb` as a child process, for tests: its whole output, however long
 * (scripts/lib/run-command collects the streams, never a fixed buffer).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { start, type RunOptions, type RunResult, type Started } from '../../scripts/lib/run-command';

export { run, start, type RunOptions, type RunResult, type Started } from '../../scripts/lib/run-command';

// Absolute, so that a test may run kb from a copy of the repository.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const KB = new URL('../../scripts/kb.ts', import.meta.url).pathname;
const REPO = new URL('../../', import.meta.url).pathname;

type KbOptions = RunOptions & { content?: string };

/** Start `kb <args>` as `npm run -s kb` would, from the repository root unless `cwd` says otherwise; `content` sets KB_CONTENT. */
export function startKb(args: string[], options: KbOptions = {}): Started {
  const env = { ...(options.env ?? process.env), ...(options.content ? { KB_CONTENT: options.content } : {}) };
  return start(process.execPath, ['--import', TSX, KB, ...args], { ...options, cwd: options.cwd ?? REPO, env });
}

export function runKb(args: string[], options: KbOptions = {}): Promise<RunResult> {
  return startKb(args, options).done;
}
