/** Page `page` of the cited documents the collection lacks (page 1 is /cited/). */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CitedList } from '@/app/_components/refs/cited-list';
import { citedData } from '@/app/_data/site-lists';
import '@/app/_components/refs/refs.css';

type Params = { page: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  // Page 1 is /cited/; a static export still needs one page here, so /cited/1/ repeats it.
  return Array.from({ length: citedData().pages }, (_, k) => ({ page: String(k + 1) }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { page } = await params;
  return { title: `未收录的被引文件 · 第 ${page} 页` };
}

export default async function CitedPageN({ params }: { params: Promise<Params> }) {
  const page = Number((await params).page);
  if (!Number.isInteger(page) || page < 1 || page > citedData().pages) notFound();
  return <CitedList page={page} />;
}
