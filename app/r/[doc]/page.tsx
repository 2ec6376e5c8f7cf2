/**
 * A document: metadata with provenance, the editor's note, contents, the
 * clauses (校订本 or 原文), findings where they apply, and the correction log.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCorpus } from '@/app/_data/corpus';
import { buildDocumentView } from '@/app/_lib/document-view';
import { sourceHref } from '@/app/_lib/routes';
import { formatLines } from '@/app/_lib/format';
import { parseLineRange } from '@/lib/ingest/layout-source';
import { TypeBadge } from '@/app/_components/ui/type-badge';
import { MetaTable } from '@/app/_components/doc/meta-table';
import { InferredMark } from '@/app/_components/doc/meta-value';
import { EditorialBody } from '@/app/_components/doc/editorial-body';
import { DocToc } from '@/app/_components/doc/doc-toc';
import { ClauseBlock } from '@/app/_components/doc/clause-block';
import { FindingNote } from '@/app/_components/doc/finding-note';
import { mergeFindings } from '@/lib/site/merge-findings';
import { TextView } from '@/app/_components/doc/text-view.client';
import { CorrectionLog } from '@/app/_components/doc/correction-log';
import { DocumentCitations } from '@/app/_components/refs/document-citations';
import { CompareDocumentButton } from '@/app/_components/compare/compare-entry';
import { DocumentStudyTools } from '@/app/_components/study/document-study-tools';
import { StatusStatement } from '@/app/_components/doc/status-statement';
import { VersionsPanel } from '@/app/_components/doc/versions-panel';
import { Implementers } from '@/app/_components/doc/implementers';
import { DocumentNeighbourhood } from '@/app/_components/refs/document-neighbourhood';

type Params = { doc: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getCorpus().documents.map((d) => ({ doc: d.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { doc } = await params;
  return { title: getCorpus().document(doc)?.title ?? '文件' };
}

export default async function DocumentPage({ params }: { params: Promise<Params> }) {
  const { doc: id } = await params;
  const index = getCorpus();
  const doc = index.document(id);
  if (!doc) notFound();
  const view = buildDocumentView(index, id);
  const firstLine = parseLineRange(doc.sourceLines).from;

  return (
    <article className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-8">
      <aside className="hidden lg:block">
        <div className="sticky top-4 max-h-[calc(100vh-2rem)] overflow-auto">
          <DocToc entries={view.toc} variant="sidebar" />
        </div>
      </aside>
      <div className="min-w-0 max-w-3xl">
        <DocumentStudyTools doc={doc} roots={view.roots} placement="top" />
        <header className="mb-4">
          <div className="mb-1 flex items-center gap-2 text-sm text-muted">
            <TypeBadge docType={doc.docType} />
            <span>{doc.shortTitle}</span>
          </div>
          <h1 className="font-serif text-2xl leading-snug font-bold sm:text-[1.7rem]">
            {doc.title}
            {doc.meta.title.basis === 'inferred' ? <InferredMark id="meta-title" note={doc.meta.title.note ?? ''} /> : null}
          </h1>
          <StatusStatement doc={doc} index={index} />
          <CompareDocumentButton documentId={id} />
          <DocumentStudyTools doc={doc} roots={view.roots} placement="header" />
        </header>
        <DocToc entries={view.toc} variant="inline" />
        <MetaTable doc={doc} index={index} />
        <VersionsPanel doc={doc} index={index} />
        <Implementers doc={doc} />
        <DocumentNeighbourhood doc={doc} index={index} />
        <div className="mt-4">
          <DocumentCitations documentId={id} />
        </div>
        <div className="mt-4">
          <EditorialBody source={index.body(id)} />
        </div>
        {view.documentFindings.length ? (
          <section aria-label="本文件的编校说明" className="doc-findings mt-4">
            {mergeFindings(view.documentFindings).map((f, i) => (
              <FindingNote key={i} finding={f} count={f.count} />
            ))}
          </section>
        ) : null}
        <section aria-labelledby="text-h" className="mt-8">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="text-h" className="text-lg font-bold">
              正文
            </h2>
            <Link href={sourceHref(doc.sourceFile, firstLine)} className="no-print text-sm">
              查看来源原文（{doc.sourceFile}，{formatLines(doc.sourceLines)}）
            </Link>
          </div>
          <TextView correctionCount={view.corrections.length}>
            <div className="clause-tree" id="clauses">
              {view.roots.map((r) => (
                <ClauseBlock key={r.record.id} view={r} documentId={id} />
              ))}
            </div>
          </TextView>
        </section>
        <CorrectionLog corrections={view.corrections} index={index} documentId={id} />
      </div>
    </article>
  );
}
