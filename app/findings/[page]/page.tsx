/** Page `page` of the findings by document (page 1 is /findings/). */
import type { Metadata } from 'next';
import { pageNumber, pageParams, type PageParams as Params } from '@/app/_lib/page-params';
import { FindingsList } from '@/app/_components/site/findings-list';
import { findingsData } from '@/app/_data/site-lists';

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return pageParams(findingsData().pages);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { page } = await params;
  return { title: `编校说明 · 第 ${page} 页` };
}

export default async function FindingsPageN({ params }: { params: Promise<Params> }) {
  const page = pageNumber((await params).page, findingsData().pages);
  return <FindingsList page={page} />;
}
