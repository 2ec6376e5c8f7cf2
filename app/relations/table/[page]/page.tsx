/** Page `page` of the table of parent works (page 1 is /relations/). */
import type { Metadata } from 'next';
import Link from 'next/link';
import { pageNumber, pageParams, type PageParams as Params } from '@/app/_lib/page-params';
import { ParentTableSection } from '@/app/_components/refs/parent-table';
import { parentRows } from '@/app/_data/site-lists';
import { pageCount } from '@/lib/site/document-groups';
import '@/app/_components/refs/refs.css';

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return pageParams(pageCount(parentRows().length));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: `文件关系 · 第 ${(await params).page} 页` };
}

export default async function ParentTablePage({ params }: { params: Promise<Params> }) {
  const page = pageNumber((await params).page, pageCount(parentRows().length));
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/">首页</Link> › <Link href="/relations/">文件关系</Link>
      </p>
      <ParentTableSection page={page} />
    </div>
  );
}
