/**
 * A second copy of the project for a browser test that needs a site built
 * from other content: the project's own files (tracked or new, not
 * ignored: the build type-checks all of them), node_modules hard-linked, and
 * as its content/ the test content (content/ holds the national corpus).
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { run, type RunOptions } from '../helpers/run-kb';
import { TEST_CONTENT } from '../helpers/test-content';

/** A command's standard output; rejects with what it printed when the command fails. */
export async function sh(command: string, args: string[], options: RunOptions = {}): Promise<string> {
  const r = await run(command, args, options);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${r.status}:\n${(r.stdout + r.stderr).slice(-4000)}`);
  return r.stdout;
}

export async function copyProject(dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const files = (await sh('git', ['ls-files', '-co', '--exclude-standard'])).split('\n').filter(Boolean);
  for (const file of files) {
    if (!existsSync(file) || file.startsWith('content/')) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(file, join(dir, file));
  }
  await sh('cp', ['-al', 'node_modules', join(dir, 'node_modules')]);
  cpSync(TEST_CONTENT, join(dir, 'content'), { recursive: true });
}
