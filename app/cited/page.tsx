/**
 * 未收录文件: every document the collection cites but does not hold, how
 * often and by whom — what to collect next. The first page; the rest are
 * /cited/<n>/.
 */
import type { Metadata } from 'next';
import { CitedList } from '../_components/refs/cited-list';
import '../_components/refs/refs.css';

export const metadata: Metadata = { title: '未收录的被引文件' };

export default function CitedPage() {
  return <CitedList page={1} />;
}
