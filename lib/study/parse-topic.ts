/**
 * A topic file (`content/topics/<slug>.mdx`) → its validated frontmatter,
 * MDX body and the clauses it embeds, each with the file line it is on, so
 * `kb check` can point at a reference that does not resolve. The body is
 * checked as editorial MDX (lib/content/check-editorial-mdx). Pure: the
 * caller reads the file.
 */
import { TopicMeta } from '../content/schema';
import type { TopicRecord } from '../corpus/export-contract';
import { parseYamlWith, splitFrontmatter, type ContentProblem } from '../content/parse-content';
import { checkEditorialMdx, type LocatedRef } from '../content/check-editorial-mdx';

export type ParsedTopic = {
  topic: TopicRecord | null;
  /** Every clause reference in the body, in order, with its line in the file. */
  refs: LocatedRef[];
  problems: ContentProblem[];
};

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export function parseTopic(file: string, slug: string, text: string): ParsedTopic {
  const problems: ContentProblem[] = [];
  if (!SLUG.test(slug)) problems.push({ file, line: 1, message: `topic file name "${slug}" must be lower-case ASCII letters, digits and hyphens (it is the page address)` });
  const parts = splitFrontmatter(text);
  if (!parts) return { topic: null, refs: [], problems: [...problems, { file, line: 1, message: 'missing frontmatter: the file must start with a --- block (title, summary, order)' }] };
  const { data, problems: metaProblems } = parseYamlWith(TopicMeta, file, parts.yaml, 1);
  problems.push(...metaProblems);
  const body = checkEditorialMdx(file, parts.body, parts.bodyLine, 'topic');
  problems.push(...body.problems);
  const refs = body.refs;
  if (!data) return { topic: null, refs, problems };
  return { topic: { ...data, slug, body: parts.body, refs: refs.map((r) => r.ref) }, refs, problems };
}
