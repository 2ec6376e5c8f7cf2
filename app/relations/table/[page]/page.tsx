/** Page `page` of the table of parent works (page 1 is /relations/). */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ParentTableSection } from '@/app/_components/refs/parent-table';
import { parentRows } from '@/app/_data/site-lists';
import { pageCount } from '@/lib/site/browse-facets';
import '@/app/_components/refs/refs.css';

type Params = { page: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  // Page 1 is /relations/; a static export still needs one page here, so /relations/table/1/ repeats its table.
  return Array.from({ length: pageCount(parentRows().length) }, (_, k) => ({ page: String(k + 1) }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: `文件关系 · 第 ${(await params).page} 页` };
}

export default async function ParentTablePage({ params }: { params: Promise<Params> }) {
  const page = Number((await params).page);
  if (!Number.isInteger(page) || page < 1 || page > pageCount(parentRows().length)) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/">首页</Link> › <Link href="/relations/">文件关系</Link>
      </p>
      <ParentTableSection page={page} />
    </div>
  );
}
