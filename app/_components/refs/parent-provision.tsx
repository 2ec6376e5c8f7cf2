/**
 * One 上位依据: which provision, how sure, why — and its text, a few lines
 * at first and the rest on request (a <details>, so it works without JS).
 */
import Link from 'next/link';
import type { ReactNode } from 'react';
import { docHref } from '@/app/_lib/routes';
import { splitGlobalId, type CorpusIndex } from '@/lib/content/corpus-index';
import type { LinkRecord } from '@/lib/corpus/export-contract';
import { Evidence, LinkStatus } from './evidence';

/** `children`: what the governs chain adds under the card (the version today, the parents above). */
export function ParentProvision({ link, index, children }: { link: LinkRecord; index: CorpusIndex; children?: ReactNode }) {
  const { documentId, clauseId } = splitGlobalId(link.to);
  const doc = index.document(documentId);
  const clause = index.clause(documentId, clauseId);
  const name = index.clauseName(documentId, clauseId);
  return (
    <div className="rel-card" data-parent={link.to} data-rank={link.rank ?? 1}>
      <p className="rel-card-head">
        {(link.rank ?? 1) > 1 ? <span className="rel-tag">另见</span> : null}
        <Link href={docHref(documentId, clauseId)} prefetch={false} data-parent-link={link.to}>
          <span className="text-muted">{doc?.shortTitle ?? documentId}</span>
          {name}
        </Link>{' '}
        <LinkStatus link={link} />
      </p>
      {link.review?.note ? <p className="rel-note">编辑说明：{link.review.note}</p> : null}
      {clause && isShort(clause.text) ? <p className="rel-text rel-full">{clause.text}</p> : null}
      {clause && !isShort(clause.text) ? (
        <details className="rel-text">
          <summary>
            <span className="rel-preview">{clause.text}</span>
            <span className="rel-toggle rel-open">展开全文</span>
            <span className="rel-toggle rel-close">收起</span>
          </summary>
          <div className="rel-full">{clause.text}</div>
        </details>
      ) : null}
      <Evidence link={link} />
      {children}
    </div>
  );
}

/** Text that fits in the three-line preview needs no 展开. */
function isShort(text: string): boolean {
  return !text.includes('\n') && text.length <= 100;
}
