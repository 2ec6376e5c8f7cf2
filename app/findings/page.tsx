/** Every data-quality finding in the collection, by document; the first page (the rest are /findings/<n>/). */
import type { Metadata } from 'next';
import { FindingsList } from '../_components/site/findings-list';

export const metadata: Metadata = { title: '编校说明' };

export default function FindingsPage() {
  return <FindingsList page={1} />;
}
