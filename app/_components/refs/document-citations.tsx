/**
 * A document's 「引用文件」: each document its text cites, marked 已收录
 * (with a link) or 未收录 (with the reason), with the short name the text
 * declares for it, the notice it was promulgated by, and where it is cited.
 */
import Link from 'next/link';
import { getCorpus } from '@/app/_data/corpus';
import { docHref } from '@/app/_lib/routes';
import { ClausePlaceLinks } from './clause-place-links';
import type { CorpusIndex } from '@/lib/content/corpus-index';
import { groupCitedDocuments, type CitedGroup } from '@/lib/refs/group-cited-documents';
import './refs.css';

export function DocumentCitations({ documentId }: { documentId: string }) {
  const index = getCorpus();
  const groups = groupCitedDocuments(index.citations(documentId));
  if (!groups.length) return null;
  const held = groups.filter((g) => g.targetDocumentId).length;
  return (
    <section aria-labelledby="cited-h" className="rounded border border-rule bg-white px-3 py-2" data-document-citations={documentId}>
      <h2 id="cited-h" className="font-bold">
        引用文件
        <span className="ml-2 text-sm font-normal text-muted">
          {groups.length} 件，已收录 {held} 件
        </span>
      </h2>
      <ul className="cited-list mt-1 text-sm leading-6">
        {groups.map((g) => (
          <CitedEntry key={g.key} group={g} index={index} documentId={documentId} />
        ))}
      </ul>
      {groups.length > held ? (
        <p className="mt-1 text-xs text-muted">
          全库未收录的被引文件见<Link href="/cited/">未收录文件</Link>。
        </p>
      ) : null}
    </section>
  );
}

function CitedEntry({ group: g, index, documentId }: { group: CitedGroup; index: CorpusIndex; documentId: string }) {
  const target = g.targetDocumentId ? index.document(g.targetDocumentId) : undefined;
  const pinned = g.citations.find((c) => c.targetClauseId && c.targetDocumentId === g.targetDocumentId);
  const places = [...new Set(g.citations.map((c) => c.fromClauseId))];
  return (
    <li data-cited={g.key} data-held={Boolean(target)}>
      <div>
        <span className="cited-mark" data-held={Boolean(target)}>
          {target ? '已收录' : '未收录'}
        </span>
        {target ? (
          <Link href={docHref(target.id, pinned?.targetClauseId)} prefetch={false}>
            《{target.title}》
          </Link>
        ) : (
          <span className="font-serif">《{g.title}》</span>
        )}
        {g.docNumber ? <span className="ml-1 text-muted">（{g.docNumber}）</span> : null}
        {g.declaredParent ? <span className="ml-2 text-xs text-seal">上位依据</span> : null}
      </div>
      <div className="text-muted">
        {g.issuer ? <span className="mr-3">发文机关：{g.issuer}</span> : null}
        {g.abbreviations.length ? <span className="mr-3">简称：{g.abbreviations.map((a) => `《${a}》`).join('、')}</span> : null}
        {g.notices.length ? <span className="mr-3">经{g.notices.map((n) => `《${n}》`).join('、')}印发</span> : null}
      </div>
      {target && target.title !== g.title && g.title ? <div className="text-muted">原文作《{g.title}》</div> : null}
      {!target ? <div className="text-muted">{g.reason}</div> : null}
      <div className="text-muted">
        见于：
        <ClausePlaceLinks index={index} documentId={documentId} clauseIds={places} />
        （{g.citations.length} 处）
      </div>
    </li>
  );
}
