/** One line of a source with its owner: a clause link, or an exclusion and why. */
import Link from 'next/link';
import type { CorpusIndex } from '@/lib/content/corpus-index';
import type { DocumentRecord } from '@/lib/corpus/export-contract';
import type { SourceLine } from '@/app/_lib/source-lines';
import { EXCLUSION_LABEL } from '@/lib/content/labels';
import { docHref } from '@/app/_lib/routes';

export function SourceLineRow({ line, index, startsDocument }: { line: SourceLine; index: CorpusIndex; startsDocument: DocumentRecord | null }) {
  const excluded = line.owner.kind === 'exclusion' && !line.blank;
  return (
    <>
      {startsDocument ? (
        <li aria-hidden="true" className="border-t-2 border-seal/40 bg-[#f6f3ec] px-3 py-1 font-sans text-sm font-bold">
          ▼ 《{startsDocument.shortTitle}》
        </li>
      ) : null}
      <li
        id={`L${line.no}`}
        data-owner={line.owner.kind}
        className={`src-line grid grid-cols-[3rem_minmax(0,1fr)] gap-x-3 border-b border-rule/60 px-2 sm:grid-cols-[3.5rem_minmax(0,1fr)_15rem] ${excluded ? 'src-excluded' : ''}`}
      >
        <a href={`#L${line.no}`} className="text-right font-mono text-xs leading-7 text-muted select-none" aria-label={`第${line.no}行`}>
          {line.no}
        </a>
        <span className="src-text">{line.text}</span>
        <span className="col-start-2 pb-1 font-sans text-xs leading-5 text-muted sm:col-start-3 sm:pb-0 sm:leading-7">
          {line.blank ? null : <Owner line={line} index={index} />}
        </span>
      </li>
    </>
  );
}

function Owner({ line, index }: { line: SourceLine; index: CorpusIndex }) {
  const o = line.owner;
  if (o.kind === 'exclusion') {
    return (
      <span>
        <span className="mr-1 rounded border border-[#c0392b]/50 px-1 text-[#a02a1e]">已排除·{EXCLUSION_LABEL[o.exclusion.kind]}</span>
        {o.exclusion.reason}
      </span>
    );
  }
  if (o.kind === 'none') return <span className="text-[#a02a1e]">未归属</span>;
  const doc = index.document(o.documentId);
  const name = doc?.shortTitle ?? o.documentId;
  if (o.kind === 'document') return <Link href={docHref(o.documentId)}>{name}</Link>;
  return (
    <Link href={docHref(o.documentId, o.clauseId)}>
      {name} · {index.clauseName(o.documentId, o.clauseId)}
    </Link>
  );
}
