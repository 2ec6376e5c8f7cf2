/** One document in a browse list: title, version date and status — a line each, so fifty fit a screen or two. */
import Link from 'next/link';
import type { DocumentRecord } from '@/lib/corpus/export-contract';
import { STATUS_LABEL } from '@/lib/content/labels';
import { docHref } from '@/app/_lib/routes';
import { formatDate } from '@/app/_lib/format';

export function BrowseList({ documents }: { documents: DocumentRecord[] }) {
  return (
    <ul className="divide-y divide-rule rounded border border-rule bg-white" data-browse-list>
      {documents.map((d) => (
        <li key={d.id} className="flex flex-wrap items-baseline gap-x-3 px-3 py-1.5 text-sm" data-document={d.id}>
          <Link href={docHref(d.id)} prefetch={false} className="font-serif text-[1rem] font-bold">
            {d.title}
          </Link>
          <span className="text-muted">{d.versionDate ? formatDate(d.versionDate) : '日期不详'}</span>
          <span className={d.status === 'in-force' ? 'text-[#1f5c38]' : 'text-muted'} data-status={d.status}>
            {STATUS_LABEL[d.status]}
          </span>
        </li>
      ))}
    </ul>
  );
}
