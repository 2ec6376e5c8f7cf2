/**
 * What is in the collection, said in words: how many documents of each
 * 效力位阶 and from which regions, how many are in force, and how recent
 * the texts are — each count a link into its browse pages. Bounded by the
 * number of ranks and provinces, not documents.
 */
import Link from 'next/link';
import type { ReactNode } from 'react';
import { facetGroups } from '@/app/_data/site-lists';
import { getCorpus } from '@/app/_data/corpus';
import { browseHref } from '@/app/_lib/routes';
import { formatDate } from '@/app/_lib/format';
import { LEVEL_LABEL, LEVEL_ORDER, STATUS_LABEL } from '@/lib/content/labels';
import type { Facet } from '@/lib/site/browse-facets';

const LISTED = 12;
/** Statuses in the order a reader asks about them; a count of zero is not said. */
const STATUSES = ['in-force', 'amended', 'repealed', 'unknown'] as const;

/** 3334 → 3,334: counts in thousands read at a glance. */
const count = (n: number) => n.toLocaleString('en-US');

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
          </Link> {count(g.documents.length)} 件
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

export function CollectionSummary() {
  const docs = getCorpus().documents;
  const statuses = new Map<string, number>();
  for (const d of docs) statuses.set(d.status, (statuses.get(d.status) ?? 0) + 1);
  // The import records name the collection and its commit but no date, so the newest text's version date stands for the collection's.
  const levels = LEVEL_ORDER.map((l) => [l, docs.filter((d) => d.level === l).length] as const).filter(([, n]) => n);
  const latest = docs.reduce<string | null>((m, d) => (d.versionDate && (!m || d.versionDate > m) ? d.versionDate : m), null);
  return (
    <section aria-labelledby="summary-h" className="max-w-3xl text-[0.95rem] leading-7">
      <h2 id="summary-h" className="mb-1 text-lg font-bold">
        收录了什么
      </h2>
      <Counts facet="rank" lead={`共 ${count(docs.length)} 件文件。按效力位阶：`} />
      <Counts facet="region" lead="按地区：" />
      <p data-summary="level">
        按层级：
        {levels.map(([level, n], i) => (
          // Document pages' breadcrumbs point here (/#level-…).
          <span key={level ?? 'unknown'} id={`level-${level ?? 'unknown'}`}>
            {i ? '、' : ''}
            {level ? LEVEL_LABEL[level] : '层级不详'} {count(n)} 件
          </span>
        ))}
        。
      </p>
      <p data-summary="status">
        其中
        {STATUSES.filter((s) => statuses.get(s)).map((s, i) => (
          <span key={s}>
            {i ? '，' : ''}
            {STATUS_LABEL[s]} {count(statuses.get(s)!)} 件
          </span>
        ))}
        。同一法律的新旧版本都收录，旧版本标明已被修订或废止。
      </p>
      {latest ? (
        <p data-summary="date">
          版本日期：收录文本中最新的一件是 {formatDate(latest)} 的版本（本库以各文本的版本日期计，不另记汇编日期）。
        </p>
      ) : null}
      <p className="mt-1 text-sm">
        <Link href={browseHref()}>分类浏览：按效力位阶、地区、法律部门、年份 →</Link>
      </p>
    </section>
  );
}
