/**
 * Findings shown together (one clause's notes, a document's notes) with the
 * same kind and wording read as one note: several errata declared with the
 * same evidence would otherwise stack identical 已校订 lines. Each distinct
 * note is kept once, where it first appears, with how many it stands for.
 */
import type { Finding } from '../corpus/export-contract';

export type MergedFinding = Finding & { count: number };

export function mergeFindings(findings: readonly Finding[]): MergedFinding[] {
  const byKey = new Map<string, MergedFinding>();
  for (const f of findings) {
    const key = `${f.kind}\u0000${f.severity}\u0000${f.message}`;
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { ...f, count: 1 });
  }
  return [...byKey.values()];
}
