/**
 * /search/?q=…&level=…&region=…&doc=…: every matching clause, grouped by
 * document, with filters. The page is static; the query runs in the browser.
 */
import type { Metadata } from 'next';
import { getSearchExamples } from '@/app/_data/search-examples';
import { SearchPage } from '@/app/_components/search/search-page.client';

export const metadata: Metadata = { title: '检索' };

export default function Page() {
  return <SearchPage examples={getSearchExamples()} />;
}
