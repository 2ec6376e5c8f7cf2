/**
 * 版本: every version of the work this document belongs to, newest first,
 * this one marked, with 新旧对照 against the neighbouring versions (their
 * page, or the comparison computed in the browser where a version between
 * them is not in the collection).
 */
import Link from 'next/link';
import type { CorpusIndex } from '@/lib/content/corpus-index';
import type { DocumentRecord } from '@/lib/corpus/export-contract';
import { STATUS_LABEL } from '@/lib/content/labels';
import { versionPanel } from '@/lib/site/version-panel';
import { pairHref } from '@/app/compare/_lib/compare-data';
import { docHref } from '@/app/_lib/routes';
import { formatDate } from '@/app/_lib/format';

export function VersionsPanel({ doc, index }: { doc: DocumentRecord; index: CorpusIndex }) {
  const { rows, newer, older } = versionPanel(index.work(doc.workId), doc.id);
  if (!rows.length) return null;
  return (
    <section aria-labelledby="versions-h" className="mt-4 rounded border border-rule bg-white px-3 py-2 text-sm" data-versions={doc.workId}>
      <h2 id="versions-h" className="font-bold">
        版本<span className="ml-2 font-normal text-muted">共 {rows.length} 个</span>
      </h2>
      <ol className="mt-1 space-y-1">
        {rows.map((v) => {
          const date = v.versionDate ? formatDate(v.versionDate) : '日期不详';
          return (
            <li key={v.documentId} className="flex flex-wrap items-baseline gap-x-3" data-version={v.documentId} aria-current={v.self ? 'page' : undefined}>
              {v.self ? (
                <strong>{date}（本版本）</strong>
              ) : (
                <Link href={docHref(v.documentId)} className="underline">
                  {date}
                </Link>
              )}
              <span className="text-muted">{STATUS_LABEL[v.status]}</span>
              {!v.self && index.document(v.documentId)?.title !== doc.title ? <span className="text-muted">{index.document(v.documentId)?.title}</span> : null}
            </li>
          );
        })}
      </ol>
      {newer || older ? (
        <p className="no-print mt-2 flex flex-wrap gap-x-4">
          {newer ? (
            <Link href={pairHref(newer, doc.id)} prefetch={false} data-compare-versions="newer">
              新旧对照：与后一版本（{dateOf(index, newer)}）
            </Link>
          ) : null}
          {older ? (
            <Link href={pairHref(doc.id, older)} prefetch={false} data-compare-versions="older">
              新旧对照：与前一版本（{dateOf(index, older)}）
            </Link>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}

function dateOf(index: CorpusIndex, id: string): string {
  const d = index.document(id)?.versionDate;
  return d ? formatDate(d) : '日期不详';
}
