/**
 * The document's table of contents: its headings (编、章、节, or 一、 in
 * outline texts), each with its articles as compact links. Articles numbered
 * 第N条 are listed by number alone; outline articles like （一） carry the
 * start of their text, since the number alone says nothing.
 */
import type { TocEntry } from '@/app/_lib/document-view';
import { NUMBERED_ARTICLE } from '@/lib/clause';

type Group = { heading: TocEntry | null; articles: TocEntry[] };

const SNIPPET = 14;

/**
 * `sidebar` is the wide-screen column; `inline` is a collapsed 目录 for
 * narrow screens, so a phone reader meets the title first, not the contents.
 */
export function DocToc({ entries, variant }: { entries: TocEntry[]; variant: 'sidebar' | 'inline' }) {
  if (entries.length < 2) return null;
  if (variant === 'inline') {
    return (
      <details className="toc mb-4 rounded border border-rule bg-white text-sm lg:hidden">
        <summary className="cursor-pointer px-3 py-2 font-bold text-muted">目录</summary>
        <div className="max-h-72 overflow-auto px-3 pb-3">
          <TocList entries={entries} />
        </div>
      </details>
    );
  }
  return (
    <nav aria-labelledby="toc-h" className="toc hidden rounded border border-rule bg-white p-3 text-sm lg:block">
      <h2 id="toc-h" className="mb-2 font-bold text-muted">
        目录
      </h2>
      <TocList entries={entries} />
    </nav>
  );
}

// Classes, not style attributes: the CSP allows no inline style (lib/site/site-csp).
const TOC_INDENT = ['', 'ml-[1em]', 'ml-[2em]', 'ml-[3em]', 'ml-[4em]'];

function TocList({ entries }: { entries: TocEntry[] }) {
  const groups = groupEntries(entries);
  return (
      <ol className="space-y-2">
        {groups.map((g, i) => (
          <li key={g.heading?.id ?? `g${i}`} className={g.heading ? TOC_INDENT[Math.min(g.heading.depth, TOC_INDENT.length - 1)] : undefined}>
            {g.heading ? (
              <a href={`#${g.heading.id}`} className="font-bold text-ink">
                {g.heading.label}
                {g.heading.label && g.heading.text ? '\u3000' : ''}
                {g.heading.text}
              </a>
            ) : null}
            {g.articles.length ? <ArticleLinks articles={g.articles} /> : null}
          </li>
        ))}
      </ol>
  );
}

function ArticleLinks({ articles }: { articles: TocEntry[] }) {
  const compact = articles.every((a) => NUMBERED_ARTICLE.test(a.label));
  return (
    <ul className={compact ? 'mt-1 flex flex-wrap gap-x-2 gap-y-0.5' : 'mt-1 space-y-0.5'}>
      {articles.map((a) => (
        <li key={a.id}>
          <a href={`#${a.id}`}>
            {compact ? a.label : `${a.label}${truncate(a.text)}`}
          </a>
        </li>
      ))}
    </ul>
  );
}

function groupEntries(entries: TocEntry[]): Group[] {
  const groups: Group[] = [];
  for (const e of entries) {
    if (e.kind !== 'article') groups.push({ heading: e, articles: [] });
    else if (groups.length) groups[groups.length - 1].articles.push(e);
    else groups.push({ heading: null, articles: [e] });
  }
  return groups;
}

function truncate(s: string): string {
  return s.length > SNIPPET ? `${s.slice(0, SNIPPET)}…` : s;
}
