/**
 * One row of a comparison: a meta line (what kind of row, how similar, what
 * changed, why paired) over the left and right cells. Both wordings are in the page;
 * the controls show one. On a phone the cells stack into one card, each
 * headed by its side, so the pairing stays visible; a pair of several
 * paragraphs reads paragraph by paragraph instead (ParagraphView).
 */
import Link from 'next/link';
import type { ClauseRecord } from '@/lib/corpus/export-contract';
import type { ComparedRow, Comparison } from '@/lib/compare/build-comparison';
import { NUMBERED_ARTICLE } from '@/lib/clause';
import type { TextMode } from '@/lib/compare/model';
import { comparableText } from '@/lib/compare/comparable-text';
import { formatPercent } from '@/lib/compare/summarize';
import { docHref } from '@/app/_lib/routes';
import { DiffText } from './diff-text';
import { hintLabel } from './hint-label';
import { ReviewMark } from '@/app/_components/refs/evidence';
import { CONFLICT_KIND_LABEL, ROUTINE_LABEL } from '@/lib/content/labels';
import { globalId, splitGlobalId } from '@/lib/content/corpus-index';
import { paragraphPairs } from '@/lib/compare/paragraph-pairs';
import type { DiffSegment } from '@/lib/compare/model';

type Side = 'local' | 'parent';
const MODES: TextMode[] = ['corrected', 'source'];

export function CompareRow({ item, comparison, partners }: { item: ComparedRow; comparison: Comparison; partners: string | null }) {
  const { row } = item;
  const { wording } = comparison;
  const pairs = row.kind === 'aligned' && item.diff ? paragraphsOf(item.diff) : null;
  return (
    <li
      id={item.anchor}
      className="cmp-row"
      data-kind={row.kind}
      data-changed-corrected={String(item.changed.corrected)}
      data-changed-source={String(item.changed.source)}
      data-conflicts={item.conflicts.length || undefined}
      data-routine={item.routine ?? undefined}
      data-paras={pairs ? '' : undefined}
    >
      <div className="cmp-meta">
        <span className="cmp-kind">{wording.rowKind[row.kind]}</span>
        {item.routine ? <span className="cmp-routine-tag">程序性条款·{ROUTINE_LABEL[item.routine]}</span> : null}
        {row.kind === 'aligned' ? <ReviewMark review={row.review ?? { status: 'inferred' }} /> : null}
        {row.kind === 'aligned' && row.review?.note ? <span className="cmp-note">编辑说明：{row.review.note}</span> : null}
        <Rejected item={item} comparison={comparison} />
        {item.similarity ? (
          <span className="cmp-sim">
            {MODES.map((m) => (
              <span key={m} className={`cmp-${m}`}>
                相似度 {formatPercent(item.similarity![m])}
              </span>
            ))}
          </span>
        ) : null}
        {item.changes ? (
          <span className="cmp-changes">
            {MODES.map((m) => (
              <span key={m} className={`cmp-${m}`} data-changes={m}>
                {comparison.wording.noun.local}较{comparison.wording.noun.parent}：{item.changes![m]}
              </span>
            ))}
          </span>
        ) : null}
        {partners ? <span className="cmp-extra">附加配对：{partners}</span> : null}
        {row.kind === 'aligned' ? <Evidence terms={row.evidence.sharedTerms} hints={row.evidence.hints} /> : null}
      </div>
      {item.conflicts.length ? <ConflictFlags item={item} comparison={comparison} /> : null}
      <Cell side="local" clause={row.kind === 'parent-only' ? null : row.local} item={item} comparison={comparison} />
      <Cell side="parent" clause={row.kind === 'local-only' ? null : row.parent} item={item} comparison={comparison} />
      {pairs && row.kind === 'aligned' ? <ParagraphView pairs={pairs} local={row.local} parent={row.parent} comparison={comparison} /> : null}
    </li>
  );
}

/** Each wording's paragraph pairs, when either wording has more than one (else the two cells read well enough on a phone). */
function paragraphsOf(diff: Record<TextMode, DiffSegment[]>): Record<TextMode, DiffSegment[][]> | null {
  const pairs = { corrected: paragraphPairs(diff.corrected), source: paragraphPairs(diff.source) };
  return pairs.corrected.length > 1 || pairs.source.length > 1 ? pairs : null;
}

/**
 * The phone's reading of a long aligned pair: each local paragraph over the
 * parent paragraph it follows (lib/compare/paragraph-pairs). Wide screens and
 * print show the two cells side by side instead and hide this (compare.css).
 */
function ParagraphView({ pairs, local, parent, comparison }: { pairs: Record<TextMode, DiffSegment[][]>; local: ClauseRecord; parent: ClauseRecord; comparison: Comparison }) {
  const { wording } = comparison;
  const clause = { local, parent };
  const doc = { local: comparison.local, parent: comparison.parent };
  return (
    <>
      {MODES.map((m) => (
        <ol key={m} className="cmp-paras" data-mode={m} aria-label={`逐段对照（${wording.column.local}在上，${wording.column.parent}在下）`}>
          {pairs[m].map((segments, k) => (
            <li key={k} className="cmp-para-pair">
              {(['local', 'parent'] as const).map((side) => (
                <p key={side} className={`cmp-para cmp-para-${side}`}>
                  {/* The first pair names each side and its clause in full; the rest say only which side. */}
                  <span className="cmp-para-side">
                    {k === 0 ? (
                      <>
                        {wording.column[side]}{' '}
                        <Link href={docHref(doc[side].id, clause[side].id)} prefetch={false}>
                          {comparison.nameOf(clause[side])}
                        </Link>
                      </>
                    ) : (
                      wording.noun[side]
                    )}
                  </span>
                  <DiffText segments={segments} side={side} />
                </p>
              ))}
            </li>
          ))}
        </ol>
      ))}
    </>
  );
}

function Cell({ side, clause, item, comparison }: { side: Side; clause: ClauseRecord | null; item: ComparedRow; comparison: Comparison }) {
  const { wording } = comparison;
  const doc = side === 'local' ? comparison.local : comparison.parent;
  if (!clause) {
    return (
      <div className={`cmp-cell cmp-${side} cmp-empty`}>
        <span className="cmp-side">{wording.column[side]}</span>
        <span className="cmp-missing">—— {wording.missing[side]}</span>
      </div>
    );
  }
  const label = comparison.nameOf(clause);
  return (
    <div className={`cmp-cell cmp-${side}`}>
      <span className="cmp-side">{wording.column[side]}</span>
      <p className="cmp-text">
        <Link href={docHref(doc.id, clause.id)} prefetch={false} className="cmp-label" title={`在原文件中查看${label}`}>
          {label}
        </Link>
        {/* Printed law sets 第N条 off with a full-width space; （三） runs on; a name we supply (第一段) is set off too. */}
        {!clause.label || NUMBERED_ARTICLE.test(label) ? '\u3000' : null}
        {MODES.map((m) => (
          <span key={m} className={`cmp-${m}`}>
            {item.diff ? <DiffText segments={item.diff[m]} side={side} /> : comparableText(clause, m)}
          </span>
        ))}
      </p>
    </div>
  );
}

/** 可能冲突: each flag with the two phrases side by side, headed by the columns' names. */
function ConflictFlags({ item, comparison }: { item: ComparedRow; comparison: Comparison }) {
  const { wording } = comparison;
  return (
    <div className="cmp-conflicts" role="note" aria-label="可能冲突">
      <p className="cmp-conflicts-h">可能冲突（请核对）</p>
      <table className="cmp-conflict-table">
        <thead>
          <tr>
            <th scope="col">类别</th>
            <th scope="col">{wording.column.local}</th>
            <th scope="col">{wording.column.parent}</th>
          </tr>
        </thead>
        <tbody>
          {item.conflicts.map((c) => (
            <tr key={c.kind} data-conflict={c.kind}>
              <th scope="row">{CONFLICT_KIND_LABEL[c.kind]}</th>
              <td data-side={wording.column.local}>{c.local}</td>
              <td data-side={wording.column.parent}>{c.parent}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 编辑否决: the aligner's pairings of this left clause that an editor rejected, so a reader knows they were considered. */
function Rejected({ item, comparison }: { item: ComparedRow; comparison: Comparison }) {
  const { row } = item;
  if (row.kind === 'parent-only' || (row.kind === 'aligned' && row.repeats.local)) return null;
  const links = comparison.rejected.get(globalId(row.local.documentId, row.local.id));
  if (!links?.length) return null;
  return (
    <span className="cmp-rejected">
      {links.map((l) => {
        const { documentId, clauseId } = splitGlobalId(l.to);
        return (
          <span key={l.to}>
            <ReviewMark review={l.review ?? { status: 'rejected' }} />
            <Link href={docHref(documentId, clauseId)} prefetch={false}>
              与{comparison.wording.noun.parent}
              {l.name}的推定链接
            </Link>
            {l.review?.note ? `：${l.review.note}` : null}
          </span>
        );
      })}
    </span>
  );
}

function Evidence({ terms, hints }: { terms: string[]; hints: string[] }) {
  const named = hints.map(hintLabel).filter((h): h is string => h !== null);
  if (!terms.length && !named.length) return null;
  return (
    <span className="cmp-evidence">
      {terms.length ? <>共有词：{terms.slice(0, 6).join('、')}</> : null}
      {terms.length && named.length ? '；' : null}
      {named.length ? <>依据：{named.join('、')}</> : null}
    </span>
  );
}
