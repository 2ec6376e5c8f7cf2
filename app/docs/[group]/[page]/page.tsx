/** One page of a level-and-region group of documents: the home page links here when a group is too long to list whole. */
import type { Metadata } from 'next';
import Link from 'next/link';
import { Pager } from '@/app/_components/site/pager';
import { notFound } from 'next/navigation';
import { documentGroups, pageOf, type DocumentGroup } from '@/lib/site/document-groups';
import type { DocumentRecord } from '@/lib/corpus/export-contract';
import { getCorpus } from '../../../_data/corpus';
import { LEVEL_LABEL, LEVEL_ORDER } from '@/lib/content/labels';
import { groupHref } from '../../../_lib/routes';
import { DocumentEntry } from '../../../_components/home/document-entry';

type Params = { group: string; page: string };

export const dynamicParams = false;

// Every group page of the build reads the same grouping: made once.
let grouped: DocumentGroup<DocumentRecord>[] | null = null;
const groups = () => (grouped ??= documentGroups(getCorpus().documents, LEVEL_ORDER));

export function generateStaticParams(): Params[] {
  return groups().flatMap((g) => Array.from({ length: g.pages }, (_, k) => ({ group: g.slug, page: String(k + 1) })));
}

function find(params: Params) {
  const group = groups().find((g) => g.slug === params.group);
  const page = Number(params.page);
  return group && Number.isInteger(page) && page >= 1 && page <= group.pages ? { group, page } : null;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = find(await params);
  return { title: found ? `${found.group.level ? LEVEL_LABEL[found.group.level] : '未知层级'} · ${found.group.region}` : '文件' };
}

export default async function GroupPage({ params }: { params: Promise<Params> }) {
  const found = find(await params);
  if (!found) notFound();
  const { group, page } = found;
  const index = getCorpus();
  const nav = <Pager page={page} pages={group.pages} href={(n) => groupHref(group.slug, n)} />;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/">首页</Link> › {group.level ? LEVEL_LABEL[group.level] : '未知层级'}
      </p>
      <h1 className="font-serif text-2xl font-bold">
        {group.region}
        <span className="ml-2 text-base font-normal text-muted">{group.documents.length} 件</span>
      </h1>
      {nav}
      <ul className="space-y-2">
        {pageOf(group, page).map((d) => (
          <DocumentEntry key={d.id} doc={d} index={index} />
        ))}
      </ul>
      {nav}
    </div>
  );
}
