/**
 * The terms similarDocuments compares documents by: every three-character
 * run of Chinese text in the document's clauses. Shingles need no word
 * segmenter, so any document's terms are cheap to take, and three characters
 * are specific enough that a rare one marks shared wording.
 */
import type { ClauseRecord } from '../corpus/export-contract';
import { CJK_RUN } from '../refs/patterns';

const WIDTH = 3;

export function documentShingles(clauses: ClauseRecord[]): Set<string> {
  const out = new Set<string>();
  for (const c of clauses) {
    for (const run of c.text.match(CJK_RUN) ?? []) for (let i = 0; i + WIDTH <= run.length; i++) out.add(run.slice(i, i + WIDTH));
  }
  return out;
}
