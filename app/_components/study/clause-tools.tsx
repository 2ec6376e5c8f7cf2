/**
 * Tools on a citable clause (the units a reader cites, lib/clause, and their items): 复制引用,
 * in the 校订本 or the 原文 as the page shows (lib/study/format-quotation).
 * The citation is the clause's one name (lib/clause); nothing is rendered on
 * headings and titles, which are not cited on their own.
 */
import { getCorpus } from '@/app/_data/corpus';
import { citationName } from '@/lib/clause';
import { formatQuotation } from '@/lib/study/format-quotation';
import type { ClauseRecord } from '@/lib/corpus/export-contract';
import { CopyCitation } from './copy-citation.client';
import './study.css';

export function ClauseTools({ documentId, record, citationUnit }: { documentId: string; record: ClauseRecord; citationUnit: boolean }) {
  if (!citationUnit && record.kind !== 'item') return null;
  const index = getCorpus();
  const doc = index.document(documentId);
  if (!doc) return null;
  const tree = index.clauseIndex(documentId);
  const corrections = index.corrections(documentId);
  return (
    <span className="clause-tools no-print">
      {/* Both texts are in the page; the button copies the one the view switch shows. */}
      <CopyCitation citation={citationName(doc, record, tree)} quotation={formatQuotation(doc, record, tree, 'corrected', corrections)} sourceQuotation={formatQuotation(doc, record, tree, 'source', corrections)} />
    </span>
  );
}
