/**
 * One page of 可能冲突: the possible conflicts of one list (all, one parent
 * law, one law in one province, one province), PER_PAGE a page, each with
 * both provisions, both phrases side by side and a link to the comparison
 * row. The filters by law and by province are links to those lists' static
 * pages; the full lists of laws and provinces are on /conflicts/ only, so
 * no page grows with the corpus.
 */
import Link from 'next/link';
import type { ConflictRecord } from '@/lib/corpus/export-contract';
import { getCorpus } from '@/app/_data/corpus';
import { conflictData } from '@/app/_data/site-lists';
import { CONFLICT_KIND_LABEL } from '@/lib/content/labels';
import { splitGlobalId } from '@/lib/content/corpus-index';
import { CONFLICT_KINDS } from '@/lib/compare/detect-conflicts';
import { ALL_CONFLICTS, type ConflictGroup } from '@/lib/site/conflict-groups';
import { PER_PAGE } from '@/lib/site/document-groups';
import { pairHref } from '@/app/compare/_lib/compare-data';
import { conflictsHref, docHref } from '@/app/_lib/routes';
import { Pager } from '@/app/_components/site/pager';

export function ConflictList({ slug, page }: { slug: string; page: number }) {
  const { groups, bySlug } = conflictData();
  const group = bySlug.get(slug)!;
  // A law's province list is l<n>-p<m> (lib/site/conflict-groups.ts).
  const law = slug.startsWith('l') ? bySlug.get(slug.split('-')[0]) : undefined;
  const isRegion = slug.startsWith('p');
  const nav = <Pager page={page} pages={group.pages} href={(n) => conflictsHref(slug, n)} />;
  const shown = group.conflicts.slice((page - 1) * PER_PAGE, page * PER_PAGE);
  return (
    <div className="max-w-5xl">
      <h1 className="font-serif text-2xl font-bold">
        可能冲突
        {slug !== ALL_CONFLICTS ? <span className="ml-2 text-lg font-normal">· {law && law !== group ? `${law.label} · ${group.label}` : group.label}</span> : null}
      </h1>
      <p className="mt-2 text-[0.95rem] leading-7 text-muted">
        地方条款与其上位条款在期限、金额、比例、次数、级别、责任主体或“应当 / 可以 / 不得”上写法不同的地方，由程序逐对比较已链接的条款找出，供法务人员优先核对；一方多写了细节不算冲突，只有同一类数量或同一行为两边各有对方没有的写法才列出。它们不一定是真正的抵触。
      </p>
      <p className="mt-2 text-sm" data-conflict-counts>
        共 {group.conflicts.length} 处
        {counts(group.conflicts).map(([kind, n]) => (
          <span key={kind}>
            ，{CONFLICT_KIND_LABEL[kind]} {n} 处
          </span>
        ))}
      </p>
      <Filters slug={slug} law={law} isRegion={isRegion} lawList={groups.laws} regionList={groups.regions} />
      {group.pages > 1 ? <div className="mt-4">{nav}</div> : null}
      {shown.length ? (
        <ol className="mt-4 space-y-4" data-conflict-list>
          {shown.map((c, i) => (
            <ConflictItem key={`${c.from}>${c.to}>${c.kind}>${i}`} conflict={c} />
          ))}
        </ol>
      ) : (
        <p className="mt-4 text-muted">没有发现可能冲突的条款。</p>
      )}
      {group.pages > 1 ? <div className="mt-4">{nav}</div> : null}
    </div>
  );
}

function counts(conflicts: ConflictRecord[]) {
  const n = new Map<ConflictRecord['kind'], number>();
  for (const c of conflicts) n.set(c.kind, (n.get(c.kind) ?? 0) + 1);
  return CONFLICT_KINDS.filter((k) => n.has(k)).map((k) => [k, n.get(k)!] as const);
}

/** On /conflicts/: every law and province; on a law's pages: its provinces; elsewhere: the way back. */
function Filters({ slug, law, isRegion, lawList, regionList }: { slug: string; law?: ConflictGroup; isRegion: boolean; lawList: ConflictGroup[]; regionList: ConflictGroup[] }) {
  const back = (
    <Link href={conflictsHref()} prefetch={false}>
      全部可能冲突（按法律、地区筛选）
    </Link>
  );
  if (slug === ALL_CONFLICTS) {
    return (
      <nav aria-label="筛选" className="mt-3 space-y-2 text-sm" data-conflict-filters>
        <FilterLinks label="按上位法" groups={lawList} />
        <FilterLinks label="按地区" groups={regionList} />
      </nav>
    );
  }
  return (
    <nav aria-label="筛选" className="mt-3 space-y-2 text-sm" data-conflict-filters>
      {law?.children.length ? <FilterLinks label={`${law.label}，按地区`} groups={[{ ...law, label: '全部地区' }, ...law.children]} current={slug} /> : null}
      <p>{isRegion || law ? back : null}</p>
    </nav>
  );
}

function FilterLinks({ label, groups, current }: { label: string; groups: ConflictGroup[]; current?: string }) {
  return (
    <div>
      <span className="font-bold">{label}：</span>
      {groups.map((g, i) => (
        <span key={g.slug}>
          {i ? '、' : ''}
          {g.slug === current ? (
            <span aria-current="page" className="font-bold">
              {g.label}（{g.conflicts.length}）
            </span>
          ) : (
            <Link href={conflictsHref(g.slug)} prefetch={false}>
              {g.label}（{g.conflicts.length}）
            </Link>
          )}
        </span>
      ))}
    </div>
  );
}

function ConflictItem({ conflict: c }: { conflict: ConflictRecord }) {
  const index = getCorpus();
  const from = splitGlobalId(c.from);
  const to = splitGlobalId(c.to);
  const localDoc = index.document(from.documentId);
  const parentDoc = index.document(to.documentId);
  const localName = `${localDoc?.shortTitle ?? from.documentId}${index.clauseName(from.documentId, from.clauseId)}`;
  const parentName = `${parentDoc?.shortTitle ?? to.documentId}${index.clauseName(to.documentId, to.clauseId)}`;
  return (
    <li className="rounded border border-rule bg-white p-3" data-conflict={c.kind}>
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="rounded border border-[#b45309] px-1.5 text-xs text-[#8a4b06]">{CONFLICT_KIND_LABEL[c.kind]}</span>
        <Link href={docHref(from.documentId, from.clauseId)} prefetch={false}>
          {localName}
        </Link>
        <span aria-hidden="true">⇄</span>
        <span className="sr-only">与</span>
        <Link href={docHref(to.documentId, to.clauseId)} prefetch={false}>
          {parentName}
        </Link>
        <Link href={pairHref(from.documentId, to.documentId, from.clauseId)} prefetch={false} className="ml-auto">
          逐条对照
        </Link>
      </p>
      <dl className="mt-2 grid gap-2 text-[0.95rem] leading-7 sm:grid-cols-2">
        <div>
          <dt className="text-xs font-bold text-muted">地方：{localDoc?.region ?? ''}</dt>
          <dd className="font-serif" data-side="local">
            {c.local}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-bold text-muted">上位</dt>
          <dd className="font-serif" data-side="parent">
            {c.parent}
          </dd>
        </div>
      </dl>
    </li>
  );
}
