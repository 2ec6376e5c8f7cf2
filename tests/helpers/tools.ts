/**
 * Programs a test needs from the machine. A missing one fails the test with
 * the package to install, rather than letting the check be skipped.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { run } from './run-kb';

const PACKAGES: Record<string, string> = { pdftotext: 'poppler-utils', pdftoppm: 'poppler-utils' };

export function requireTool(name: string): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const path = join(dir, name);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not in this folder
    }
  }
  throw new Error(`this test needs \`${name}\`: install it with \`apt-get install -y ${PACKAGES[name] ?? name}\` (.ci/run does)`);
}

/** Run a required program and return what it printed; a non-zero exit fails with its stderr. */
export async function runTool(name: string, args: string[]): Promise<string> {
  const r = await run(requireTool(name), args);
  if (r.status !== 0) throw new Error(`${name} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}
