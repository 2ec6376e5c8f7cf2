/** One page of the list of sources: the home page shows the first few and links here. */
import type { Metadata } from 'next';
import Link from 'next/link';
import { Pager } from '@/app/_components/site/pager';
import { pageNumber, pageParams, type PageParams as Params } from '@/app/_lib/page-params';
import { PER_PAGE } from '@/lib/site/document-groups';
import { pageCount } from '@/lib/site/document-groups';
import { getSources } from '../../_data/sources';
import { sourcesHref } from '../../_lib/routes';
import { SourceItems } from '../../_components/home/source-list';

export const dynamicParams = false;
export const metadata: Metadata = { title: '来源' };

export function generateStaticParams(): Params[] {
  return pageParams(pageCount(getSources().length));
}

export default async function SourcesPage({ params }: { params: Promise<Params> }) {
  const pages = pageCount(getSources().length);
  const page = pageNumber((await params).page, pages);
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
