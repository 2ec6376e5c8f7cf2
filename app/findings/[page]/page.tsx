/** Page `page` of the findings by document (page 1 is /findings/). */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FindingsList } from '@/app/_components/site/findings-list';
import { findingsData } from '@/app/_data/site-lists';

type Params = { page: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  // Page 1 is /findings/; a static export still needs one page here, so /findings/1/ repeats it.
  return Array.from({ length: findingsData().pages }, (_, k) => ({ page: String(k + 1) }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { page } = await params;
  return { title: `数据提示 · 第 ${page} 页` };
}

export default async function FindingsPageN({ params }: { params: Promise<Params> }) {
  const page = Number((await params).page);
  if (!Number.isInteger(page) || page < 1 || page > findingsData().pages) notFound();
  return <FindingsList page={page} />;
}
