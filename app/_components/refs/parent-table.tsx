/**
 * 文件关系 as a table: each parent work, how many documents in the
 * collection implement it, and how many in each province, every count a
 * link to a paged list. Grows with the number of parents, not of links.
 */
import Link from 'next/link';
import type { DocumentRecord } from '@/lib/corpus/export-contract';
import type { ParentRow } from '@/lib/site/implementer-table';
import { docHref, implementersHref, parentTableHref } from '@/app/_lib/routes';
import { parentRows } from '@/app/_data/site-lists';
import { pageCount } from '@/lib/site/document-groups';
import { pageOf } from '@/lib/site/document-groups';
import { Pager } from '../site/pager';

/** Page `page` of the table, PER_PAGE parents a page, the most implemented first. */
export function ParentTableSection({ page }: { page: number }) {
  const rows = parentRows();
  const pages = pageCount(rows.length);
  const nav = pages > 1 ? <Pager page={page} pages={pages} href={parentTableHref} /> : null;
  return (
    <section aria-labelledby="table-h" className="max-w-4xl space-y-2">
      <h2 id="table-h" className="text-lg font-bold">
        上位文件与实施文件
        <span className="ml-2 text-sm font-normal text-muted">{rows.length} 件上位文件</span>
      </h2>
      {nav}
      {rows.length ? <ParentTable rows={pageOf({ documents: rows }, page)} /> : <p className="text-sm text-muted">本库的文件都没有上位依据。</p>}
      {nav}
    </section>
  );
}

export function ParentTable({ rows }: { rows: ParentRow<DocumentRecord>[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-parent-table={rows.length}>
        <thead>
          <tr className="border-b-2 border-rule text-left">
            <th scope="col" className="w-3/5 py-1.5 pr-3">
              上位文件
            </th>
            <th scope="col" className="py-1.5 pr-3 whitespace-nowrap">
              实施文件
            </th>
            <th scope="col" className="py-1.5">
              按地区
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug} className="border-b border-rule align-top" data-parent-row={r.workId ?? r.title}>
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                {r.documentId ? (
                  <Link href={docHref(r.documentId)}>《{r.title}》</Link>
                ) : (
                  <span>
                    {r.title}
                    <span className="cited-mark ml-1" data-held="false">
                      未收录
                    </span>
                  </span>
                )}
              </th>
              <td className="py-1.5 pr-3 whitespace-nowrap">
                <Link href={implementersHref(r.slug)}>{r.documents.length} 件</Link>
              </td>
              <td className="py-1.5">
                {r.regions.map((c, i) => (
                  <span key={c.slug} className="whitespace-nowrap">
                    {i ? '，' : ''}
                    {c.region} <Link href={implementersHref(c.slug)} className="underline">
                    {c.documents.length}
                  </Link>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
