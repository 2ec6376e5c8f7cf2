/**
 * A topic file (`content/topics/<slug>.mdx`) → its validated frontmatter,
 * MDX body and the clauses it embeds, each with the file line it is on, so
 * `kb check` can point at a reference that does not resolve. Pure: the
 * caller reads the file.
 */
import { compileSync } from '@mdx-js/mdx';
import { TopicMeta, type TopicRecord } from '../types';
import { parseYamlWith, splitFrontmatter, type ContentProblem } from '../content/parse-content';
import { CLAUSES_TAG, CLAUSE_TAG, JSX_COMPONENT, STRING_LITERAL } from './patterns';

/** The components a topic may use; anything else would fail when the site renders it. */
export const TOPIC_COMPONENTS = ['Clause', 'Clauses'] as const;

export type LocatedRef = { ref: string; line: number };

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
  const bodyStart = text.length - parts.body.length;
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const refs = findRefs(parts.body).map((r) => ({ ref: r.ref, line: lineAt(bodyStart + r.offset) }));
  problems.push(...componentProblems(parts.body).map((p) => ({ file, line: lineAt(bodyStart + p.offset), message: p.message })));
  problems.push(...mdxProblems(file, parts.body, parts.bodyLine));
  if (!data) return { topic: null, refs, problems };
  return { topic: { ...data, slug, body: parts.body, refs: refs.map((r) => r.ref) }, refs, problems };
}

/** `<Clause ref="…">` and each string in `<Clauses refs={[…]}>`, with their offsets in the body. */
export function findRefs(body: string): { ref: string; offset: number }[] {
  const found: { ref: string; offset: number }[] = [];
  for (const m of body.matchAll(CLAUSE_TAG)) {
    const ref = m[1] ?? m[2] ?? m[3] ?? '';
    found.push({ ref, offset: m.index + m[0].lastIndexOf(ref) });
  }
  for (const m of body.matchAll(CLAUSES_TAG)) {
    const inner = m[1];
    const innerStart = m.index + m[0].indexOf(inner, m[0].indexOf('['));
    for (const s of inner.matchAll(STRING_LITERAL)) found.push({ ref: s[1] ?? s[2] ?? '', offset: innerStart + s.index });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function componentProblems(body: string): { offset: number; message: string }[] {
  const allowed = new Set<string>(TOPIC_COMPONENTS);
  return [...body.matchAll(JSX_COMPONENT)]
    .filter((m) => !allowed.has(m[1]))
    .map((m) => ({ offset: m.index, message: `unknown component <${m[1]}>: a topic may use ${TOPIC_COMPONENTS.map((c) => `<${c}>`).join(' and ')}` }));
}

/** MDX syntax errors (an unclosed tag or brace), at their line in the file. */
function mdxProblems(file: string, body: string, bodyLine: number): ContentProblem[] {
  try {
    compileSync(body);
    return [];
  } catch (e) {
    const err = e as { line?: number; reason?: string; message?: string };
    return [{ file, line: bodyLine + (err.line ?? 1) - 1, message: `MDX: ${err.reason ?? err.message ?? String(e)}` }];
  }
}
