/** The document's metadata, each value with where it comes from. */
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { DocumentRecord } from '@/lib/corpus/export-contract';
import type { CorpusIndex } from '@/lib/content/corpus-index';
import { LEVEL_LABEL, STATUS_LABEL } from '@/lib/content/labels';
import { formatDate, formatLines } from '@/app/_lib/format';
import { docHref, sourceHref } from '@/app/_lib/routes';
import { parseLineRange } from '@/lib/ingest/layout-source';
import { InferredMark, MetaValue } from './meta-value';

export function MetaTable({ doc, index }: { doc: DocumentRecord; index: CorpusIndex }) {
  const m = doc.meta;
  const rows: [string, ReactNode][] = [
    ['发布机关', <MetaValue key="issuer" id="meta-issuer" field={m.issuer} />],
    ['文号', <MetaValue key="no" id="meta-docNumber" field={m.docNumber} />],
    ['层级', <MetaValue key="level" id="meta-level" field={m.level} show={(v) => LEVEL_LABEL[v]} />],
    ['地区', <MetaValue key="region" id="meta-region" field={m.region} />],
    ['发布日期', <MetaValue key="issued" id="meta-issued" field={m.issued} show={formatDate} />],
    ['施行日期', <MetaValue key="effective" id="meta-effective" field={m.effective} show={formatDate} />],
    ['状态', <MetaValue key="status" id="meta-status" field={m.status} show={(v) => STATUS_LABEL[v] ?? v} />],
    ['上位依据', <Parents key="parents" doc={doc} index={index} />],
    [
      '原文出处',
      <Link key="src" href={sourceHref(doc.sourceFile, parseLineRange(doc.sourceLines).from)} className="break-all">
        {doc.sourceFile}，{formatLines(doc.sourceLines)}
      </Link>,
    ],
  ];
  return (
    <table className="w-full border-collapse text-sm">
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label} className="border-b border-rule align-top">
            <th scope="row" className="w-24 py-1.5 pr-3 text-left font-normal whitespace-nowrap text-muted">
              {label}
            </th>
            <td className="py-1.5">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Parents({ doc, index }: { doc: DocumentRecord; index: CorpusIndex }) {
  if (!doc.parents.length) return <span className="mark-unknown">未声明</span>;
  return (
    <ul className="space-y-1">
      {doc.parents.map((p, i) => {
        const target = p.documentId ? index.document(p.documentId) : undefined;
        return (
          <li key={i}>
            {target ? <Link href={docHref(target.id)}>{p.citation}</Link> : <span>{p.citation}</span>}
            {target ? null : <span className="mark-absent">未收录</span>}
            {p.basis === 'inferred' ? <InferredMark id={`meta-parent-${i}`} note={p.note ?? ''} /> : null}
            {p.basis !== 'inferred' && p.note ? <span className="ml-1 text-xs text-muted">（{p.note}）</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
