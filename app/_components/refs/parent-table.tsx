/**
 * 文件关系 as a table: each parent work, how many documents in the
 * collection implement it, and how many in each province, every count a
 * link to a paged list. Grows with the number of parents, not of links.
 */
import Link from 'next/link';
import type { DocumentRecord } from '@/lib/corpus/export-contract';
import type { ParentRow } from '@/lib/site/implementer-table';
import { docHref, implementersHref } from '@/app/_lib/routes';

export function ParentTable({ rows }: { rows: ParentRow<DocumentRecord>[] }) {
  return (
    <table className="w-full border-collapse text-sm" data-parent-table={rows.length}>
      <thead>
        <tr className="border-b-2 border-rule text-left">
          <th scope="col" className="py-1.5 pr-3">上位文件</th>
          <th scope="col" className="py-1.5 pr-3 whitespace-nowrap">实施文件</th>
          <th scope="col" className="py-1.5">按地区</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.slug} className="border-b border-rule align-top" data-parent-row={r.workId ?? r.title}>
            <th scope="row" className="py-1.5 pr-3 text-left font-normal">
              {r.documentId ? (
                <Link href={docHref(r.documentId)}>{r.title}</Link>
              ) : (
                <span>
                  《{r.title}》<span className="cited-mark ml-1" data-held="false">未收录</span>
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
                  {c.region} <Link href={implementersHref(c.slug)}>{c.documents.length}</Link>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
