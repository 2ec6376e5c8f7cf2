/** Content problems on stderr as "file:line: message"; true when there were none. */
import type { BuiltCorpus } from '../../lib/corpus/build-corpus';

export function reportProblems(built: BuiltCorpus): boolean {
  for (const p of built.problems) console.error(`${p.file}:${p.line}: ${p.message}`);
  return built.problems.length === 0;
}
