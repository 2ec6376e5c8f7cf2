/**
 * Run `scripts/kb.ts` as the command line does, in a child process, and
 * collect its whole output: a build prints more than a fixed buffer holds.
 * `cwd` matters: the build writes .generated/ and public/data/ beneath it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export type KbResult = { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };
export type KbOptions = { env?: NodeJS.ProcessEnv; cwd?: string };

const REPO = process.cwd();
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Start kb; `done` resolves once it has exited and both streams have closed. */
export function startKb(args: string[], options: KbOptions = {}): { child: ChildProcess; stdout: () => string; stderr: () => string; done: Promise<KbResult> } {
  const child = spawn(process.execPath, ['--import', TSX, resolve(REPO, 'scripts/kb.ts'), ...args], {
    cwd: options.cwd ?? REPO,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (err += s));
  const done = new Promise<KbResult>((res, rej) => {
    child.on('error', rej);
    child.on('close', (status, signal) => res({ status, signal, stdout: out, stderr: err }));
  });
  return { child, stdout: () => out, stderr: () => err, done };
}

export function runKb(args: string[], options: KbOptions = {}): Promise<KbResult> {
  return startKb(args, options).done;
}
