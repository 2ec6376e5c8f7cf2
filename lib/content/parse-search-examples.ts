/**
 * `content/search-examples.yaml` → the example searches, validated. Pure:
 * the caller reads the file. No file means no examples, not an error.
 */
import { SearchExamples } from './schema';
import { parseYamlWith } from './parse-content';
import type { ContentMessage } from './message';

export function parseSearchExamples(file: { path: string; text: string } | undefined): { examples: string[]; problems: ContentMessage[] } {
  if (!file) return { examples: [], problems: [] };
  const { data, problems } = parseYamlWith(SearchExamples, file.path, file.text);
  return { examples: data ?? [], problems };
}
