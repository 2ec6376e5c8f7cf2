/**
 * One page of 未收录的被引文件: PER_PAGE cited documents, each with who
 * cites it and where (the first few citing documents, then a count), so a
 * page stays short however much the collection cites.
 */
import Link from 'next/link';
import { getCorpus } from '@/app/_data/corpus';
import { citedData } from '@/app/_data/site-lists';
import { citedHref, docHref } from '@/app/_lib/routes';
import { Pager } from '@/app/_components/site/pager';
import { pageOf, PER_PAGE } from '@/lib/site/document-groups';
import { pushTo } from '@/lib/push-to';
import type { CorpusIndex } from '@/lib/content/corpus-index';
import type { CitationRecord } from '@/lib/corpus/export-contract';
import type { CitedGroup } from '@/lib/refs/group-cited-documents';
import { ClausePlaceLinks } from './clause-place-links';

/** Citing documents listed under one cited document; the rest are counted. */
const CITING_SHOWN = 10;

export function CitedList({ page }: { page: number }) {
  const index = getCorpus();
  const { all, missing, pages } = citedData();
  const held = all.length - missing.length;
  const nav = <Pager page={page} pages={pages} href={citedHref} />;
  return (
    <div className="max-w-4xl space-y-4">
      <header>
        <h1 className="font-serif text-2xl font-bold">未收录的被引文件</h1>
        <p className="mt-2 text-[0.95rem] leading-7 text-muted">
          库内文件共引用 {all.length} 件文件，其中 {held} 件已收录，{missing.length} 件未收录。下表列出未收录的文件（每页 {PER_PAGE} 件，先列被声明为上位依据的，再按被引次数）：被谁引用、引用几次；标「上位依据」的是引用它的文件声明据以制定的上位文件。简称（如《责任制规定》）和印发通知的引用都计入所指的文件。
        </p>
        <p className="mt-1 text-sm">
          <Link href="/relations/">查看文件上下位关系</Link>
        </p>
      </header>
      {pages > 1 ? nav : null}
      <ol className="cited-list rounded border border-rule bg-white px-3 py-1 text-sm leading-6" data-cited-missing={missing.length} start={(page - 1) * PER_PAGE + 1}>
        {pageOf({ documents: missing }, page).map((g) => (
          <MissingEntry key={g.key} group={g} index={index} />
        ))}
      </ol>
      {pages > 1 ? nav : null}
    </div>
  );
}

function MissingEntry({ group: g, index }: { group: CitedGroup; index: CorpusIndex }) {
  const uses = new Map<string, CitationRecord[]>();
  for (const c of g.citations) pushTo(uses, c.documentId, c);
  const shown = g.citingDocuments.slice(0, CITING_SHOWN);
  return (
    <li data-cited={g.key} id={g.key}>
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-serif text-[0.98rem] font-bold">《{g.title}》</span>
        {g.docNumber ? <span className="text-muted">{g.docNumber}</span> : null}
        {g.declaredParent ? <span className="text-xs text-seal">上位依据</span> : null}
        <span className="ml-auto whitespace-nowrap">
          被引 {g.citations.length} 次，{g.citingDocuments.length} 件文件
        </span>
      </div>
      {g.issuer || g.abbreviations.length ? (
        <div className="text-muted">
          {g.issuer ? <span className="mr-3">发文机关：{g.issuer}</span> : null}
          {g.abbreviations.length ? <span>简称：{g.abbreviations.map((a) => `《${a}》`).join('、')}</span> : null}
        </div>
      ) : null}
      <ul className="mt-0.5">
        {shown.map((docId) => {
          const own = uses.get(docId) ?? [];
          const places = [...new Set(own.map((c) => c.fromClauseId))];
          return (
            <li key={docId}>
              <Link href={docHref(docId)} prefetch={false}>
                {index.document(docId)?.shortTitle ?? docId}
              </Link>
              ：
              <ClausePlaceLinks index={index} documentId={docId} clauseIds={places} />
              <span className="text-muted">（{own.length} 处）</span>
            </li>
          );
        })}
        {g.citingDocuments.length > shown.length ? <li className="text-muted">另有 {g.citingDocuments.length - shown.length} 件文件引用</li> : null}
      </ul>
    </li>
  );
}
