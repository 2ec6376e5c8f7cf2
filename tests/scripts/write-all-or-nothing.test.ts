/** ingest's writes: every file appears, or none does. */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAllOrNothing } from '../../scripts/lib/write-all-or-nothing';

describe('writeAllOrNothing', () => {
  it('writes every file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-all-'));
    writeAllOrNothing([{ path: join(dir, 'a.txt'), data: '甲' }, { path: join(dir, 'b.txt'), data: '乙' }]);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('乙');
  });

  it('leaves nothing behind, not even a temporary file, when one cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-all-'));
    const files = [{ path: join(dir, 'a.txt'), data: '甲' }, { path: join(dir, 'missing', 'b.txt'), data: '乙' }];
    expect(() => writeAllOrNothing(files)).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, 'a.txt'))).toBe(false);
  });
});
