/**
 * Tools on a citable clause (article-level ones and their items): 复制引用.
 * The citation follows lib/study/format-citation; nothing is rendered on
 * headings, titles and preambles, which are not cited on their own.
 */
import { getCorpus } from '@/app/_data/corpus';
import { formatCitation, formatQuotation } from '@/lib/study/format-citation';
import type { ClauseRecord } from '@/lib/types';
import { CopyCitation } from './copy-citation.client';
import './study.css';

export function ClauseTools({ documentId, record, articleLevel }: { documentId: string; record: ClauseRecord; articleLevel: boolean }) {
  if (!articleLevel && record.kind !== 'item') return null;
  const index = getCorpus();
  const doc = index.document(documentId);
  if (!doc) return null;
  const clauses = index.clauses(documentId);
  return (
    <span className="clause-tools no-print">
      <CopyCitation citation={formatCitation(doc.title, clauses, record.id)} quotation={formatQuotation(doc.title, clauses, record.id)} />
    </span>
  );
}
