/** One page of the list of sources: the home page shows the first few and links here. */
import type { Metadata } from 'next';
import Link from 'next/link';
import { Pager } from '@/app/_components/site/pager';
import { notFound } from 'next/navigation';
import { PER_PAGE } from '@/lib/site/document-groups';
import { getSources } from '../../_data/sources';
import { sourcesHref } from '../../_lib/routes';
import { SourceItems } from '../../_components/home/source-list';

type Params = { page: string };

export const dynamicParams = false;
export const metadata: Metadata = { title: '来源' };

const pageCount = () => Math.max(1, Math.ceil(getSources().length / PER_PAGE));

export function generateStaticParams(): Params[] {
  return Array.from({ length: pageCount() }, (_, k) => ({ page: String(k + 1) }));
}

export default async function SourcesPage({ params }: { params: Promise<Params> }) {
  const page = Number((await params).page);
  const pages = pageCount();
  if (!Number.isInteger(page) || page < 1 || page > pages) notFound();
  const sources = getSources();
  const nav = <Pager page={page} pages={pages} href={sourcesHref} />;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/">首页</Link> › 来源
      </p>
      <h1 className="font-serif text-2xl font-bold">
        来源
        <span className="ml-2 text-base font-normal text-muted">{sources.length} 份</span>
      </h1>
      <p className="text-sm text-muted">每份来源逐行列出：哪一行属于哪件文件的哪一条，哪些行作为页面框架等内容被排除。</p>
      {nav}
      <SourceItems sources={sources.slice((page - 1) * PER_PAGE, page * PER_PAGE)} />
      {nav}
    </div>
  );
}
