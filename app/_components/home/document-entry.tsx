/** One document in a level-and-region list: what it is, who issued it, how many articles it has. */
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { CorpusIndex } from '@/lib/content/corpus-index';
import type { DocumentRecord } from '@/lib/corpus/export-contract';
import { TypeBadge } from '../ui/type-badge';
import { MetaValue } from '../doc/meta-value';
import { docHref } from '@/app/_lib/routes';
import { formatDate } from '@/app/_lib/format';

export function DocumentEntry({ doc, index }: { doc: DocumentRecord; index: CorpusIndex }) {
  const clauses = index.clauses(doc.id);
  const articles = clauses.filter((c) => c.kind === 'article').length;
  const m = doc.meta;
  return (
    <li className="rounded border border-rule bg-white px-3 py-2" data-document={doc.id}>
      <div className="flex items-start gap-2">
        <TypeBadge docType={doc.docType} />
        <Link href={docHref(doc.id)} className="font-serif text-[1.02rem] leading-6 font-bold">
          {doc.title}
        </Link>
      </div>
      <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-sm text-muted">
        <Item label="发布机关">
          <MetaValue id={`${doc.id}-issuer`} field={m.issuer} />
        </Item>
        <Item label="文号">
          <MetaValue id={`${doc.id}-docNumber`} field={m.docNumber} />
        </Item>
        <Item label="施行日期">
          <MetaValue id={`${doc.id}-effective`} field={m.effective} show={formatDate} />
        </Item>
        {articles ? <Item label="条文">{articles} 条</Item> : null}
      </dl>
    </li>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex gap-1">
      <dt>{label}</dt>
      <dd className="text-ink">{children}</dd>
    </div>
  );
}
