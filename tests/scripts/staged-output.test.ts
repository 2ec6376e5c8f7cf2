/** The build's output swap: the new output in place at once, the old one moved to the trash and deleted there, a half-done swap undone. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stageOutput, type OutputDirs } from '../../scripts/lib/staged-output';

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'kb-staged-'));
  const final: OutputDirs = { generated: join(root, '.generated'), data: join(root, 'public', 'data') };
  const trash = join(root, '.kb-trash');
  const build = (mark: string) => {
    const staged = stageOutput(final, trash);
    writeFileSync(join(staged.dirs.generated, 'corpus.json'), mark);
    writeFileSync(join(staged.dirs.data, 'index.json'), mark);
    return staged;
  };
  return { root, final, trash, build };
}

describe('staged output', () => {
  it('puts the new output in place and the old one in the trash, never under public/, which deletes it in the background', async () => {
    const { root, final, trash, build } = setup();
    build('one').commit();
    build('two').commit();
    expect(readFileSync(join(final.data, 'index.json'), 'utf8')).toBe('two');
    expect(readFileSync(join(final.generated, 'corpus.json'), 'utf8')).toBe('two');
    // Nothing beside the output where `next build` would copy it.
    expect(readdirSync(join(root, 'public'))).toEqual(['data']);
    await expect.poll(() => (existsSync(trash) ? readdirSync(trash) : []), { timeout: 10_000 }).toEqual([]);
  });

  it('after a swap stopped halfway (old output moved aside, new one not yet in place), puts back the newest old output', () => {
    const { final, trash, build } = setup();
    build('one').commit();
    // As if a build had stopped between its two renames, with an older output still waiting for deletion.
    mkdirSync(trash, { recursive: true });
    mkdirSync(join(trash, 'data-1-1'));
    writeFileSync(join(trash, 'data-1-1', 'index.json'), 'older');
    renameSync(final.data, join(trash, `data-${Date.now()}-2`));
    expect(existsSync(final.data)).toBe(false);
    const staged = build('three');
    // The next build, on its way in, restored the newest old output; the stale one is going.
    expect(readFileSync(join(final.data, 'index.json'), 'utf8')).toBe('one');
    staged.commit();
    expect(readFileSync(join(final.data, 'index.json'), 'utf8')).toBe('three');
  });
});
