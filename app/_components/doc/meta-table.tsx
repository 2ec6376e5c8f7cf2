/** The document's metadata, each value with where it comes from. */
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { DocumentRecord, DocumentStatus, ParentLink } from '@/lib/corpus/export-contract';
import type { CorpusIndex } from '@/lib/content/corpus-index';
import type { MetaField } from '@/lib/content/schema';
import { LEVEL_LABEL, RANK_LABEL, STATUS_LABEL } from '@/lib/content/labels';
import { formatDate, formatLines } from '@/app/_lib/format';
import { docHref, sourceHref } from '@/app/_lib/routes';
import { parseLineRange } from '@/lib/ingest/layout-source';
import { InferredMark, MetaValue } from './meta-value';

/** How a parent was found: the editor's declaration, the title (实施《X》办法), or the 制定依据 article. */
const VIA_LABEL: Record<ParentLink['via'], string> = {
  declared: '编辑声明',
  title: '标题',
  'basis-article': '第一条制定依据',
};

export function MetaTable({ doc, index }: { doc: DocumentRecord; index: CorpusIndex }) {
  const m = doc.meta;
  const rows: [string, ReactNode][] = [
    ['发布机关', <MetaValue key="issuer" id="meta-issuer" field={m.issuer} />],
    ['文号', <MetaValue key="no" id="meta-docNumber" field={m.docNumber} />],
    ['效力位阶', <MetaValue key="rank" id="meta-rank" field={m.rank} show={(v) => RANK_LABEL[v]} />],
    ['法律部门', <MetaValue key="area" id="meta-area" field={m.area} />],
    ['层级', <MetaValue key="level" id="meta-level" field={m.level} show={(v) => LEVEL_LABEL[v]} />],
    ['地区', <MetaValue key="region" id="meta-region" field={m.region} />],
    ['发布日期', <MetaValue key="issued" id="meta-issued" field={m.issued} show={formatDate} />],
    ['施行日期', <MetaValue key="effective" id="meta-effective" field={m.effective} show={formatDate} />],
    ['版本日期', <MetaValue key="versionDate" id="meta-versionDate" field={versionDateField(doc)} show={formatDate} />],
    ['状态', <MetaValue key="status" id="meta-status" field={statusField(doc)} show={(v) => STATUS_LABEL[v] ?? v} />],
    ['制定和修改记录', <History key="history" doc={doc} />],
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

/** The date versions are ordered by: the recorded one, else the one the build took (and why). */
function versionDateField(doc: DocumentRecord): MetaField<string> {
  const m = doc.meta.versionDate;
  if (m.value || !doc.versionDate) return m;
  return { value: doc.versionDate, basis: 'inferred', note: '未载版本日期，取施行日期、发布日期或沿革中最晚的日期' };
}

/** The status the build settled (an editor's, a repeal notice, a later version), with its evidence. */
function statusField(doc: DocumentRecord): MetaField<DocumentStatus> {
  const m = doc.meta.status;
  if (m.value && m.basis !== 'unknown') return m;
  if (doc.status === 'unknown') return { value: null, basis: 'unknown', ...(doc.statusEvidence ? { note: doc.statusEvidence } : {}) };
  return { value: doc.status, basis: 'inferred', note: doc.statusEvidence ?? '' };
}

/** The adoption and amendment lines the source prints above its body, each linked to its line. */
function History({ doc }: { doc: DocumentRecord }) {
  const history = doc.meta.history;
  if (!history.length) return <span className="mark-unknown">原文未载</span>;
  return (
    <ol className="space-y-0.5" data-history>
      {history.map((h, i) => (
        <li key={i}>
          <Link href={sourceHref(doc.sourceFile, h.line)}>{h.text}</Link>
        </li>
      ))}
    </ol>
  );
}

function Parents({ doc, index }: { doc: DocumentRecord; index: CorpusIndex }) {
  if (!doc.parents.length) return <span className="mark-unknown">未查得</span>;
  return (
    <ul className="space-y-1">
      {doc.parents.map((p, i) => {
        const target = p.documentId ? index.document(p.documentId) : undefined;
        const current = p.workId ? index.work(p.workId)?.current : null;
        const now = current && current !== p.documentId ? index.document(current) : undefined;
        return (
          <li key={i} data-parent-via={p.via}>
            {target ? <Link href={docHref(target.id)}>{p.citation}</Link> : <span>{p.citation}</span>}
            {target?.versionDate ? <span className="ml-1 text-muted">（{formatDate(target.versionDate)}版）</span> : null}
            {target ? null : <span className="mark-absent">未收录</span>}
            {p.basis === 'inferred' ? <InferredMark id={`meta-parent-${i}`} note={p.note ?? ''} /> : null}
            {p.basis !== 'inferred' && p.note ? <span className="ml-1 text-xs text-muted">（{p.note}）</span> : null}
            <span className="ml-2 text-xs text-muted">
              据{VIA_LABEL[p.via]}
              {p.evidence ? (
                <>
                  ：<q data-parent-evidence>{p.evidence}</q>
                </>
              ) : null}
            </span>
            {p.parents?.length ? (
              <span className="block text-xs" data-parent-chain>
                该文件的上位依据：
                {p.parents.map((g, j) => {
                  const up = g.documentId ? index.document(g.documentId) : undefined;
                  return (
                    <span key={j} className="mr-2">
                      {up ? <Link href={docHref(up.id)}>{g.citation}</Link> : <span>{g.citation}</span>}
                      {up ? null : <span className="mark-absent">未收录</span>}
                      {g.basis === 'inferred' ? <InferredMark id={`meta-parent-${i}-${j}`} note={g.note ?? ''} /> : null}
                    </span>
                  );
                })}
              </span>
            ) : null}
            {now ? (
              <span className="block text-xs" data-parent-current>
                现行版本：<Link href={docHref(now.id)} className="underline">
                  {now.title}
                </Link>
                {now.versionDate ? `（${formatDate(now.versionDate)}）` : null}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
