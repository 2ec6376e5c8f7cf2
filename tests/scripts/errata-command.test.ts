/** `kb errata suggest`: prints candidates, never writes to content/. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { runKb } from '../helpers/run-kb';

const kb = (...args: string[]) => runKb(args);

/** A digest of every file under content/, names and bytes. */
function contentDigest(dir = 'content'): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(p).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

describe('kb errata suggest', () => {
  it('prints pasteable YAML entries against the declared parent, and writes nothing', async () => {
    const before = contentDigest();
    const run = await kb('errata', 'suggest', 'zongzhi-weiwen-shishi-banfa');
    expect(run.status).toBe(0);
    expect(contentDigest()).toBe(before);
    expect(run.stdout).toMatch(/^# zongzhi-weiwen-shishi-banfa against zongzhi-zerenzhi-2016: /);
    const entries = parse(run.stdout) as Record<string, unknown>[];
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) expect(Object.keys(e)).toEqual(['id', 'line', 'find', 'replace', 'kind', 'evidence', 'confidence']);
  });

  it('prints machine-readable candidates with --json, against any --parent', async () => {
    const run = await kb('errata', 'suggest', 'zongzhi-weiwen-jiedu', '--parent', 'zongzhi-zerenzhi-2016', '--json');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { parentId: string; candidates: { line: number; corrected: string; declared?: string }[] };
    expect(out.parentId).toBe('zongzhi-zerenzhi-2016');
    expect(out.candidates).toContainEqual(expect.objectContaining({ line: 62, corrected: '政府', declared: 'zhengfu-zhudao' }));
  });

  it('without a parent runs only the 文号 form checks and says how to compare sentences', async () => {
    const [plain, run] = await Promise.all([kb('errata', 'suggest', 'zongzhi-weiwen-jiedu'), kb('errata', 'suggest', 'pingan-jiangxi-fangan-zhaiyao', '--json')]);
    expect(plain).toMatchObject({ status: 0, stderr: expect.stringContaining('--parent') });
    const out = JSON.parse(run.stdout) as { forms: { line: number; replace: string; declared?: string }[] };
    expect(out.forms).toEqual([expect.objectContaining({ line: 179, replace: '赣综治办(2010)34号', declared: 'wenhao-ganzongzhiban-2010' })]);
  }, 120_000);

  it('names unknown documents and gives its usage', async () => {
    expect(await kb('errata', 'suggest', 'no-such-doc')).toMatchObject({ status: 2, stderr: expect.stringContaining('no document no-such-doc') });
    expect(await kb('errata')).toMatchObject({ status: 2, stderr: expect.stringContaining('usage: kb errata suggest') });
  });
});
