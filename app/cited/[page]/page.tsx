/** Page `page` of the cited documents the collection lacks (page 1 is /cited/). */
import type { Metadata } from 'next';
import { pageNumber, pageParams, type PageParams as Params } from '@/app/_lib/page-params';
import { CitedList } from '@/app/_components/refs/cited-list';
import { citedData } from '@/app/_data/site-lists';
import '@/app/_components/refs/refs.css';

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return pageParams(citedData().pages);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { page } = await params;
  return { title: `未收录的被引文件 · 第 ${page} 页` };
}

export default async function CitedPageN({ params }: { params: Promise<Params> }) {
  const page = pageNumber((await params).page, citedData().pages);
  return <CitedList page={page} />;
}
