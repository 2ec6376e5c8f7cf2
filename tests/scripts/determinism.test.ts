/**
 * The same content always gives byte-identical export and index output, so
 * a rebuild never publishes a spurious change.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../lib/corpus/build-corpus';
import { readContent } from '../../scripts/lib/read-content';
import { writeSearchIndex } from '../../scripts/lib/search-index-files';
import { contentConfig } from '../../scripts/lib/content-config';

const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('determinism', () => {
  it('gives byte-identical export output for the same content', () => {
    const a = JSON.stringify(buildCorpus(readContent()));
    const b = JSON.stringify(buildCorpus(readContent()));
    expect(a === b).toBe(true);
  });
  it('gives byte-identical index files for the same content', async () => {
    const corpus = buildCorpus(readContent()).corpus;
    const [d1, d2] = [mkdtempSync(join(tmpdir(), 'idx-')), mkdtempSync(join(tmpdir(), 'idx-'))];
    await writeSearchIndex(corpus, contentConfig().terms(), d1);
    await writeSearchIndex(buildCorpus(readContent()).corpus, contentConfig().terms(), d2);
    const [s1, s2] = [snapshot(d1), snapshot(d2)];
    expect(Object.keys(s1).length).toBeGreaterThan(1);
    expect(s1).toEqual(s2);
  });
});
