/**
 * Run a command to the end and collect everything it prints. Output is
 * gathered from the streams as it comes, never through a fixed-size buffer
 * (spawnSync's maxBuffer cuts `kb export` once the corpus outgrows it).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export type RunResult = { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };
export type RunOptions = { env?: NodeJS.ProcessEnv; cwd?: string; input?: string };

export function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status, signal) =>
      resolve({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.end(options.input ?? '');
  });
}

// Absolute, so that a test may run kb from a copy of the repository.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const KB = new URL('../../scripts/kb.ts', import.meta.url).pathname;

/** `kb <args>` as `npm run -s kb` runs it, from the repository root unless `cwd` says otherwise. */
export function runKb(args: string[], options: RunOptions & { content?: string } = {}): Promise<RunResult> {
  const env = { ...process.env, ...options.env, ...(options.content ? { KB_CONTENT: options.content } : {}) };
  return run(process.execPath, ['--import', TSX, KB, ...args], { ...options, env });
}
