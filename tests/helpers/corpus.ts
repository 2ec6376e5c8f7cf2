/** The real content, built once per test file. */
import { buildCorpus, type BuiltCorpus } from '../../lib/corpus/build-corpus';
import { readContent } from '../../scripts/lib/read-content';

let built: BuiltCorpus | null = null;
export function realCorpus(): BuiltCorpus {
  built ??= buildCorpus(readContent());
  return built;
}
