/**
 * A source as it was received (normalised only in line endings), line by
 * line, with who owns each line: a clause of a document, or an exclusion
 * with its reason. This is where a reader checks what the source said and
 * what the collection left out.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCorpus } from '@/app/_data/corpus';
import { getSource, getSources } from '@/app/_data/sources';
import { sourceLines } from '@/app/_lib/source-lines';
import { parseLineRange } from '@/lib/ingest/layout-source';
import { formatLines } from '@/app/_lib/format';
import { docHref, sourceFileOf, sourceSegments } from '@/app/_lib/routes';
import { SourceLineRow } from '@/app/_components/source/source-line-row';

/** The source's path under sources/, one segment per folder (an imported collection keeps its folders). */
type Params = { file: string[] };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getSources().map((s) => ({ file: sourceSegments(s.file) }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: `来源 ${sourceFileOf((await params).file)}` };
}

export default async function SourcePage({ params }: { params: Promise<Params> }) {
  const file = sourceFileOf((await params).file);
  const source = getSource(file);
  if (!source) notFound();
  const index = getCorpus();
  const docs = index.documentsOfSource(file);
  const lines = sourceLines(source.text, docs, docs.flatMap((d) => index.clauses(d.id)), index.exclusions(file));
  const starts = new Map(docs.map((d) => [parseLineRange(d.sourceLines).from, d]));
  const excluded = lines.filter((l) => l.owner.kind === 'exclusion' && !l.blank).length;

  return (
    <div>
      <h1 className="font-serif text-2xl font-bold break-all">来源：{file}</h1>
      {source.title || source.origin ? <p className="mt-1 text-muted">{[source.title, source.origin].filter(Boolean).join('。')}</p> : null}
      <p className="mt-2 text-sm leading-6 text-muted">
        共 {lines.length} 行，收录 {docs.length} 件文件，排除 {excluded} 行。下面逐字照录来源（仅统一了换行符），右栏是每行的归属。
      </p>
      <ul className="mt-3 space-y-0.5 text-sm">
        {docs.map((d) => (
          <li key={d.id}>
            <Link href={docHref(d.id)}>{d.title}</Link>
            <span className="ml-2 text-muted">
              <a href={`#L${parseLineRange(d.sourceLines).from}`}>{formatLines(d.sourceLines)}</a>
            </span>
          </li>
        ))}
      </ul>
      <ol className="mt-5 rounded border border-rule bg-white font-serif text-[0.95rem] leading-7" aria-label="来源逐行文本">
        {lines.map((l) => (
          <SourceLineRow key={l.no} line={l} index={index} startsDocument={starts.get(l.no) ?? null} />
        ))}
      </ol>
    </div>
  );
}
