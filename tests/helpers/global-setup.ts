/**
 * Before any test: the test content folder (scripts/test-content.ts), fresh
 * from content/, so `npx vitest run` alone reads what `npm test` does.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { run } from '../../scripts/lib/run-command';

export default async function setup() {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const made = await run(process.execPath, ['--import', tsx, 'scripts/test-content.ts'], {});
  if (made.status !== 0) throw new Error(`scripts/test-content.ts failed:\n${made.stderr}`);
}
