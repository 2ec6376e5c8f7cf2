/**
 * 据此制定: the documents in the collection that name this work as their
 * parent — the document's neighbourhood downward, the few first and the
 * rest by province in paged lists, so a national law with hundreds of
 * implementers keeps a short page.
 */
import Link from 'next/link';
import type { DocumentRecord } from '@/lib/corpus/export-contract';
import { PREVIEW_PER_GROUP } from '@/lib/site/document-groups';
import { implementersOf } from '@/app/_data/site-lists';
import { docHref, implementersHref } from '@/app/_lib/routes';
import { formatDate } from '@/app/_lib/format';

export function Implementers({ doc }: { doc: DocumentRecord }) {
  const row = implementersOf(doc.workId);
  if (!row) return null;
  return (
    <section aria-labelledby="implementers-h" className="mt-4 rounded border border-rule bg-white px-3 py-2 text-sm" data-implementers={row.documents.length}>
      <h2 id="implementers-h" className="font-bold">
        据此制定的文件<span className="ml-2 font-normal text-muted">共 {row.documents.length} 件</span>
      </h2>
      <p className="mt-1 text-muted">
        {row.regions.map((c, i) => (
          <span key={c.slug}>
            {i ? '，' : ''}
            <Link href={implementersHref(c.slug)} className="underline">
              {c.region}
            </Link> {c.documents.length} 件
          </span>
        ))}
      </p>
      <ul className="mt-1 list-disc pl-5">
        {row.documents.slice(0, PREVIEW_PER_GROUP).map((d) => (
          <li key={d.id}>
            <Link href={docHref(d.id)}>{d.title}</Link>
            {d.versionDate ? <span className="ml-1 text-muted">（{formatDate(d.versionDate)}）</span> : null}
          </li>
        ))}
      </ul>
      {row.documents.length > PREVIEW_PER_GROUP ? (
        <p className="mt-1">
          <Link href={implementersHref(row.slug)}>全部 {row.documents.length} 件 →</Link>
        </p>
      ) : null}
    </section>
  );
}
