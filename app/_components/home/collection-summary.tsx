/**
 * What is in the collection, said in words: how many documents of each
 * 效力位阶 and from which provinces, each count a link into its browse
 * pages. Bounded by the number of ranks and provinces, not documents.
 */
import Link from 'next/link';
import type { ReactNode } from 'react';
import { facetGroups } from '@/app/_data/site-lists';
import { browseHref } from '@/app/_lib/routes';
import type { Facet } from '@/lib/site/browse-facets';

const LISTED = 12;

function Counts({ facet, lead }: { facet: Facet; lead: ReactNode }) {
  const groups = facetGroups(facet);
  if (!groups.length) return null;
  return (
    <p data-summary={facet}>
      {lead}
      {groups.slice(0, LISTED).map((g, i) => (
        <span key={g.slug}>
          {i ? '、' : ''}
          <Link href={browseHref(facet, g.slug)} className="underline">
            {g.label}
          </Link> {g.documents.length} 件
        </span>
      ))}
      {groups.length > LISTED ? (
        <>
          ，<Link href={browseHref(facet)} className="underline">
            等 {groups.length} 类
          </Link>
        </>
      ) : null}
      。
    </p>
  );
}

export function CollectionSummary({ total }: { total: number }) {
  const years = facetGroups('year').filter((g) => g.slug !== 'unknown');
  return (
    <section aria-labelledby="summary-h" className="max-w-3xl text-[0.95rem] leading-7">
      <h2 id="summary-h" className="mb-1 text-lg font-bold">
        收录情况
      </h2>
      <Counts facet="rank" lead={`共 ${total} 件。按效力位阶：`} />
      <Counts facet="region" lead="按地区：" />
      {years.length ? (
        <p>
          版本日期从 <Link href={browseHref('year', years.at(-1)!.slug)} className="underline">{years.at(-1)!.label} 年</Link>到 <Link href={browseHref('year', years[0].slug)} className="underline">{years[0].label} 年</Link>。
        </p>
      ) : null}
      <p className="mt-1 text-sm">
        <Link href={browseHref()}>分类浏览：按效力位阶、地区、法律部门、年份 →</Link>
      </p>
    </section>
  );
}
