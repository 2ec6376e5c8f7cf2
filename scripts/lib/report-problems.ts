/** Content problems on stderr as "file:line: message" (with ":column" where known); true when there were none. */
import type { BuiltCorpus } from '../../lib/corpus/build-corpus';
import { formatMessage } from '../../lib/content/message';

export function reportProblems(built: BuiltCorpus): boolean {
  for (const p of built.problems) console.error(formatMessage(p));
  return built.problems.length === 0;
}
