/**
 * One clause and, recursively, its sub-clauses, numbered as the source
 * numbers them. Every clause element carries `id={clause.id}` so
 * /r/<doc>/#art-18 lands on it. Relations attach after the units a reader cites (lib/clause).
 */
import type { ClauseView } from '@/app/_lib/document-view';
import { isHeadingKind } from '@/lib/clause';
import { ClauseRelations } from '../refs/clause-relations';
import { CompareClauseLink } from '../compare/compare-entry';
import { ClauseFootnotes, ClauseLine } from './clause-line';
import { FindingNote } from './finding-note';
import { mergeFindings } from '@/lib/site/merge-findings';
import { ClauseTools } from '../study/clause-tools';

export function ClauseBlock({ view, documentId }: { view: ClauseView; documentId: string }) {
  const { record, children } = view;
  const leaf = children.length === 0;
  const notes = (
    <>
      <ClauseFootnotes corrections={view.corrections} />
      {mergeFindings(view.findings).map((f, i) => (
        <FindingNote key={i} finding={f} count={f.count} />
      ))}
    </>
  );
  const kids = children.map((c) => <ClauseBlock key={c.record.id} view={c} documentId={documentId} />);
  const relations = view.citationUnit ? <ClauseRelations documentId={documentId} clauseId={record.id} /> : null;

  if (isHeadingKind(record.kind)) {
    const Heading = record.kind === 'section' ? 'h4' : 'h3';
    return (
      <section id={record.id} data-kind={record.kind} className="clause">
        <Heading className="clause-heading">
          <ClauseLine view={view} />
        </Heading>
        {notes}
        {kids}
        {relations}
      </section>
    );
  }
  return (
    <div id={record.id} data-kind={record.kind} className={`clause${leaf ? ' clause-leaf' : ''}`}>
      <p className={record.kind === 'title' ? 'clause-title' : 'clause-head'}>
        <ClauseLine view={view} />
        {view.citationUnit ? <CompareClauseLink documentId={documentId} clauseId={record.id} /> : null}
        <ClauseTools documentId={documentId} record={record} citationUnit={view.citationUnit} />
      </p>
      {notes}
      {kids}
      {relations}
    </div>
  );
}
