'use client';
/**
 * The reading bar on a document page, kept at the top while reading:
 * breadcrumbs (首页 › 层级 › 文件 › 章) that follow the clause being read,
 * 上一条 / 下一条 between unit a reader cites (lib/clause)s, and A− / A+ for the text
 * size (kept in this browser, applied through --reading-scale).
 */
import Link from 'next/link';
import type { ReadingOutline } from './reading-outline';
import { useCurrentArticle, useReadingScale } from './use-reading';

type Crumb = { href: string; label: string };

export function ReadingBar({ crumbs, outline }: { crumbs: Crumb[]; outline: ReadingOutline }) {
  const current = useCurrentArticle(outline.articles);
  const { scale, canShrink, canGrow, resize } = useReadingScale();
  const article = outline.articles[current];
  const heading = outline.headings.find((h) => h.id === article?.headingId);
  const go = (i: number) => {
    const a = outline.articles[i];
    if (a) window.location.hash = a.id;
  };
  return (
    <div className="reading-bar no-print flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
      <nav aria-label="位置" className="crumbs min-w-0 text-muted">
        <ol>
          {crumbs.map((c) => (
            <li key={c.href}>
              <Link href={c.href} prefetch={false}>
                {c.label}
              </Link>
            </li>
          ))}
          {heading ? (
            <li>
              <a href={`#${heading.id}`}>{heading.name}</a>
            </li>
          ) : null}
          {article ? <li aria-current="location">{article.name}</li> : null}
        </ol>
      </nav>
      <div className="flex items-center gap-2">
        <button type="button" className="reading-button" disabled={current <= 0} onClick={() => go(current - 1)}>
          上一条
        </button>
        <button type="button" className="reading-button" disabled={current >= outline.articles.length - 1} onClick={() => go(current + 1)}>
          下一条
        </button>
        <span role="group" aria-label="正文字号" className="ml-2 flex items-center gap-1">
          <button type="button" className="reading-button" title="减小字号" disabled={!canShrink} onClick={() => resize(-1)}>
            A−<span className="sr-only">减小字号</span>
          </button>
          <span className="reading-scale-value w-10 text-center text-xs text-muted" aria-live="polite">
            {Math.round(scale * 100)}%
          </span>
          <button type="button" className="reading-button" title="增大字号" disabled={!canGrow} onClick={() => resize(1)}>
            A+<span className="sr-only">增大字号</span>
          </button>
        </span>
      </div>
    </div>
  );
}
