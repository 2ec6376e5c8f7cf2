/** "第二条、（十八）": links to the clauses of one document where something is cited. */
import Link from 'next/link';
import type { CorpusIndex } from '@/lib/content/corpus-index';
import { docHref } from '@/app/_lib/routes';

export function ClausePlaceLinks({ index, documentId, clauseIds }: { index: CorpusIndex; documentId: string; clauseIds: string[] }) {
  return (
    <>
      {clauseIds.map((id, i) => (
        <span key={id}>
          {i ? '、' : ''}
          <Link href={docHref(documentId, id)} prefetch={false}>
            {index.clauseName(documentId, id)}
          </Link>
        </span>
      ))}
    </>
  );
}
