/**
 * Golden files: expected output kept as JSON beside the tests, regenerated
 * with `UPDATE=1 npm test` and reviewed as a diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

export function expectGolden(path: string, value: unknown): void {
  const actual = JSON.stringify(value, null, 2) + '\n';
  if (process.env.UPDATE === '1' || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    if (process.env.UPDATE !== '1' && process.env.CI) throw new Error(`golden file ${path} was missing; run UPDATE=1 and commit it`);
    return;
  }
  expect(actual, `golden ${path} differs; if the change is intended, regenerate with UPDATE=1 and review the diff`).toBe(readFileSync(path, 'utf8'));
}
