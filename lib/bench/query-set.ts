/**
 * Query sets for the search benchmark: what a user types, and the
 * provisions that answer it, written by reading the texts (never from what
 * the engine returns). Pure: the caller reads the file and runs the engine.
 *
 * A query counts as answered when a wanted provision is among the first
 * three things the results page shows: the cited provision (信访条例第十四条)
 * first when there is one, then the hits. A query that finds little and
 * offers 您是不是要找 counts as answered through the suggestion when the
 * suggested search answers it: one click, reported apart.
 */
import { z } from 'zod';
import { parseYamlWith } from '../content/parse-content';
import type { ContentMessage } from '../content/message';

export const QUERY_KINDS = ['question', 'synonym', 'typo', 'citation', 'topic'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

const Want = z.strictObject({ doc: z.string().min(1), article: z.string().min(1) });
const QueryEntry = z.strictObject({ q: z.string().min(1), kind: z.enum(QUERY_KINDS), want: z.array(Want).min(1), note: z.string().optional() });
const QuerySet = z.array(QueryEntry);
export type QueryEntry = z.infer<typeof QueryEntry>;

export function parseQuerySet(path: string, text: string): { entries: QueryEntry[]; problems: ContentMessage[] } {
  const { data, problems } = parseYamlWith(QuerySet, path, text);
  return { entries: data ?? [], problems };
}

/** How a query fared: `rank` of the first wanted provision shown (1-based), null if not in the first three. */
export type QueryOutcome = { entry: QueryEntry; rank: number | null; viaSuggestion: string | null; shown: string[] };

export const TOP = 3;
/**
 * `shown`: what the page lists, in order, as "<documentId>#<clause id>";
 * `wanted`: articles the same way. A clause inside a wanted article (its id
 * extends the article's: art-17-para-2 in art-17) is that article.
 */
export function rankOf(shown: string[], wanted: Set<string>): number | null {
  const i = shown.slice(0, TOP).findIndex((k) => wanted.has(k) || [...wanted].some((w) => k.startsWith(`${w}-`)));
  return i < 0 ? null : i + 1;
}

export type KindSummary = { kind: QueryKind; count: number; top1: number; top3: number; viaSuggestion: number };

export function summarize(outcomes: QueryOutcome[]): KindSummary[] {
  return QUERY_KINDS.map((kind) => {
    const of = outcomes.filter((o) => o.entry.kind === kind);
    return {
      kind,
      count: of.length,
      top1: of.filter((o) => o.rank === 1 && !o.viaSuggestion).length,
      top3: of.filter((o) => o.rank !== null && !o.viaSuggestion).length,
      viaSuggestion: of.filter((o) => o.rank !== null && o.viaSuggestion).length,
    };
  }).filter((s) => s.count > 0);
}
