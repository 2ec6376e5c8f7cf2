/**
 * Golden files: expected output kept as JSON beside the tests, regenerated
 * with `UPDATE=1 npm test` and reviewed as a diff. Only UPDATE=1 writes: a
 * missing golden fails, so a test can never pass by writing its own.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

export function expectGolden(path: string, value: unknown): void {
  const actual = JSON.stringify(value, null, 2) + '\n';
  if (process.env.UPDATE === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`golden file ${path} is missing: run UPDATE=1 npx vitest run <this test>, review it and commit it`);
  expect(actual, `golden ${path} differs; if the change is intended, regenerate with UPDATE=1 and review the diff`).toBe(readFileSync(path, 'utf8'));
}
