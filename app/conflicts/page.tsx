/** Every possible conflict between linked local and parent provisions; the first page, with the filters by law and region. */
import type { Metadata } from 'next';
import { ConflictList } from '@/app/_components/refs/conflict-list';
import { ALL_CONFLICTS } from '@/lib/site/conflict-groups';

export const metadata: Metadata = { title: '可能冲突' };

export default function ConflictsPage() {
  return <ConflictList slug={ALL_CONFLICTS} page={1} />;
}
