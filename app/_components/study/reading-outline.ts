/**
 * What the reading bar needs from a document's view: the units a reader
 * cites (lib/clause), in reading order (for 上一条 / 下一条) and, for each, the heading
 * it sits under (the last breadcrumb).
 */
import type { ClauseView } from '@/app/_lib/document-view';
import { displayLabel, isHeadingKind, SPACED_LABEL } from '@/lib/clause';

export type OutlineHeading = { id: string; name: string };
export type OutlineArticle = { id: string; name: string; headingId: string | null };
export type ReadingOutline = { headings: OutlineHeading[]; articles: OutlineArticle[] };

export function readingOutline(roots: ClauseView[]): ReadingOutline {
  const headings: OutlineHeading[] = [];
  const articles: OutlineArticle[] = [];
  const walk = (views: ClauseView[], heading: string | null) => {
    for (const v of views) {
      const r = v.record;
      if (isHeadingKind(r.kind)) {
        const label = displayLabel(r.label);
        const title = r.head.map((x) => x.text).join('');
        // 第五章　责任督导和追究, but 二、责任内容: only a 第N章 label is spaced from its title.
        headings.push({ id: r.id, name: label + (SPACED_LABEL.test(label) && title ? '\u3000' : '') + title });
        walk(v.children, r.id);
        continue;
      }
      if (v.citationUnit) articles.push({ id: r.id, name: displayLabel(r.label) || r.head.map((x) => x.text).join('').slice(0, 10), headingId: heading });
      walk(v.children, heading);
    }
  };
  walk(roots, null);
  return { headings, articles };
}
