/**
 * A hash of the code a cached result was computed by: the entry files and
 * every project file they import, transitively, plus package-lock.json for
 * the packages' versions. Build caches mix it into their keys, so editing
 * the parser (or upgrading a package) invalidates them without anyone
 * remembering to bump a version.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"]((?:\.{1,2}|@)\/[^'"]+)['"]/g;

/** `entries`: paths relative to the project root. */
export function codeHash(entries: string[]): string {
  const seen = new Set<string>();
  const queue = entries.map((e) => join(ROOT, e));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : resolve(dirname(file), spec));
      if (target) queue.push(target);
    }
  }
  const hash = createHash('sha256');
  // Sorted so the hash does not depend on the order the imports were found in.
  for (const file of [...seen, join(ROOT, 'package-lock.json')].sort()) {
    if (existsSync(file)) hash.update(`${relative(ROOT, file)}\0${readFileSync(file, 'utf8')}\0`);
  }
  return hash.digest('hex');
}

function resolveImport(base: string): string | null {
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}
