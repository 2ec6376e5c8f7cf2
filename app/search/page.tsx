/**
 * /search/?q=…&level=…&region=…&doc=…: every matching clause, grouped by
 * document, with filters. The page is static; the query runs in the browser.
 */
import type { Metadata } from 'next';
import { getCorpus } from '@/app/_data/corpus';
import { getSearchExamples } from '@/app/_data/search-examples';
import { SearchPage } from '@/app/_components/search/search-page.client';
import type { FilterDocument } from '@/app/_components/search/search-filters';

export const metadata: Metadata = { title: '检索' };

export default function Page() {
  const documents: FilterDocument[] = getCorpus().documents.map((d) => ({ id: d.id, title: d.title, shortTitle: d.shortTitle, level: d.level, region: d.region, versionDate: d.versionDate, status: d.status }));
  return <SearchPage documents={documents} examples={getSearchExamples()} />;
}
