/**
 * Run a command and collect everything it prints. Output is gathered from
 * the streams as it comes, never through a fixed-size buffer (spawnSync's
 * maxBuffer cuts `kb export` once the corpus outgrows it). The tests and the
 * bench both run `kb` through this.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export type RunResult = { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };
/** `env` is the child's whole environment (default: this process's). */
export type RunOptions = { env?: NodeJS.ProcessEnv; cwd?: string; input?: string };
export type Started = { child: ChildProcess; stdout: () => string; stderr: () => string; done: Promise<RunResult> };

/** Start a command; `done` resolves once it has exited and both streams have closed. */
export function start(command: string, args: string[], options: RunOptions = {}): Started {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.on('data', (b: Buffer) => out.push(b));
  child.stderr!.on('data', (b: Buffer) => err.push(b));
  const text = (chunks: Buffer[]) => () => Buffer.concat(chunks).toString('utf8');
  const done = new Promise<RunResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout: text(out)(), stderr: text(err)() }));
  });
  child.stdin!.end(options.input ?? '');
  return { child, stdout: text(out), stderr: text(err), done };
}

export function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return start(command, args, options).done;
}
