/**
 * A topic file (`content/topics/<slug>.mdx`) → its validated frontmatter,
 * MDX body and the clauses it embeds, each with the file line it is on, so
 * `kb check` can point at a reference that does not resolve. The body is
 * checked as editorial MDX (lib/content/check-editorial-mdx). Pure: the
 * caller reads the file.
 */
import { TopicMeta } from '../content/schema';
import type { TopicRecord } from '../corpus/export-contract';
import { parseYamlWith, splitFrontmatter } from '../content/parse-content';
import { contentError, type ContentMessage } from '../content/message';
import { checkEditorialMdx, type LocatedRef } from '../content/check-editorial-mdx';

export type ParsedTopic = {
  topic: TopicRecord | null;
  /** Every clause reference in the body, in order, with its line in the file. */
  refs: LocatedRef[];
  problems: ContentMessage[];
};

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export function parseTopic(file: string, slug: string, text: string): ParsedTopic {
  const problems: ContentMessage[] = [];
  if (!SLUG.test(slug)) problems.push(contentError(file, 1, 'topic-slug', `专题文件名“${slug}”只能由小写英文字母、数字和连字符组成（它是专题的网址）`));
  const parts = splitFrontmatter(text);
  if (!parts) return { topic: null, refs: [], problems: [...problems, contentError(file, 1, 'missing-frontmatter', '缺少 frontmatter：文件须以 --- 包围的 title、summary、order 开头')] };
  const { data, problems: metaProblems } = parseYamlWith(TopicMeta, file, parts.yaml, 1);
  problems.push(...metaProblems);
  const body = checkEditorialMdx(file, parts.body, parts.bodyLine, 'topic');
  problems.push(...body.problems);
  const refs = body.refs;
  if (!data) return { topic: null, refs, problems };
  return { topic: { ...data, slug, body: parts.body, refs: refs.map((r) => r.ref) }, refs, problems };
}
