/** Every data-quality finding in the collection, by document; the first page (the rest are /findings/<n>/). */
import type { Metadata } from 'next';
import { FindingsList } from '../_components/site/findings-list';

export const metadata: Metadata = { title: '数据提示' };

export default function FindingsPage() {
  return <FindingsList page={1} />;
}
