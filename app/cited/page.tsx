/**
 * 未收录文件: every document the collection cites but does not hold, how
 * often and by whom — what to collect next. Short-name uses and notices are
 * counted with the document they stand for.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { getCorpus } from '../_data/corpus';
import { docHref } from '../_lib/routes';
import { ClausePlaceLinks } from '../_components/refs/clause-place-links';
import { groupCitedDocuments, type CitedGroup } from '@/lib/refs/group-cited-documents';
import type { CorpusIndex } from '@/lib/content/corpus-index';
import '../_components/refs/refs.css';

export const metadata: Metadata = { title: '未收录的被引文件' };

export default function CitedPage() {
  const index = getCorpus();
  const all = groupCitedDocuments(index.data.citations);
  const missing = all.filter((g) => !g.targetDocumentId).sort((a, b) => Number(b.declaredParent) - Number(a.declaredParent) || b.citations.length - a.citations.length || a.title.localeCompare(b.title, 'zh-CN'));
  const held = all.filter((g) => g.targetDocumentId).length;
  return (
    <div className="max-w-4xl space-y-4">
      <header>
        <h1 className="font-serif text-2xl font-bold">未收录的被引文件</h1>
        <p className="mt-2 text-[0.95rem] leading-7 text-muted">
          库内文件共引用 {all.length} 件文件，其中 {held} 件已收录，{missing.length} 件未收录。下表列出未收录的文件：被谁引用、引用几次；标「上位依据」的是引用它的文件声明据以制定的上位文件。简称（如《责任制规定》）和印发通知的引用都计入所指的文件。
        </p>
        <p className="mt-1 text-sm">
          <Link href="/relations/">查看文件上下位关系图</Link>
        </p>
      </header>
      <ol className="cited-list rounded border border-rule bg-white px-3 py-1 text-sm leading-6" data-cited-missing={missing.length}>
        {missing.map((g) => (
          <MissingEntry key={g.key} group={g} index={index} />
        ))}
      </ol>
    </div>
  );
}

function MissingEntry({ group: g, index }: { group: CitedGroup; index: CorpusIndex }) {
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
        {g.citingDocuments.map((docId) => {
          const uses = g.citations.filter((c) => c.documentId === docId);
          const places = [...new Set(uses.map((c) => c.fromClauseId))];
          return (
            <li key={docId}>
              <Link href={docHref(docId)} prefetch={false}>
                {index.document(docId)?.shortTitle ?? docId}
              </Link>
              ：
              <ClausePlaceLinks index={index} documentId={docId} clauseIds={places} />
              <span className="text-muted">（{uses.length} 处）</span>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
