/**
 * The cross-references of one unit a reader cites (lib/clause), after its text:
 * 「上位依据」 — the parent provision(s) it implements, with their text,
 * score and evidence, what became of each in the version in force today, and
 * their own parents up the chain (governing-steps.tsx); 「下位实施」 — the
 * local provisions implementing it, by province;
 * 「相似条款（非上位依据）」 — similarity-only neighbours, never presented
 * as a governing basis. Renders nothing for a clause without relations.
 */
import Link from 'next/link';
import { getCorpus } from '@/app/_data/corpus';
import { docHref } from '@/app/_lib/routes';
import { globalId, splitGlobalId, type CorpusIndex } from '@/lib/content/corpus-index';
import type { LinkRecord } from '@/lib/corpus/export-contract';
import { governingChain } from '@/lib/refs/governing-chain';
import { provinceOrder, splitRegion } from '@/lib/site/split-region';
import { UNKNOWN_REGION } from '@/lib/site/document-groups';
import { findPair } from '@/app/compare/_lib/compare-data';
import { pushTo } from '@/lib/push-to';
import { GoverningSteps } from './governing-steps';
import { Evidence, LinkStatus, ReviewMark } from './evidence';
import './refs.css';

export function ClauseRelations({ documentId, clauseId }: { documentId: string; clauseId: string }) {
  const index = getCorpus();
  const self = globalId(documentId, clauseId);
  const out = byRank(index.linksFrom(self));
  const up = governingChain(index, self, (newer, older) => findPair(newer, older)?.links ?? null);
  const down = byRank(index.linksTo(self).filter((l) => l.kind === 'implements'));
  const similar = [...out.filter((l) => l.kind === 'similar'), ...index.linksTo(self).filter((l) => l.kind === 'similar')];
  const items = itemLinks(index, documentId, clauseId);
  const rejected = [...index.rejectedLinksFrom(self), ...index.rejectedLinksTo(self)];
  if (!up.length && !down.length && !similar.length && !items.length && !rejected.length) return null;
  const name = index.clauseName(documentId, clauseId);
  return (
    <aside className="relations" aria-label={`${name}的关联条款`} data-relations={self}>
      {up.length ? (
        <section data-rel="up" aria-label="上位依据">
          <h4 className="rel-h">上位依据</h4>
          <GoverningSteps steps={up} index={index} />
        </section>
      ) : null}
      {items.length ? <ItemPairs links={items} index={index} /> : null}
      {down.length ? (
        <section data-rel="down" aria-label="下位实施">
          <h4 className="rel-h">下位实施</h4>
          {byProvince(index, down).map(([province, links]) => (
            <div key={province} data-province={province}>
              <p className="rel-above-h">
                {province}（{links.length}）
              </p>
              <ul className="rel-list">
                {links.map((l) => (
                  <li key={l.from}>
                    <ClauseRef id={l.from} index={index} /> <LinkStatus link={l} />
                    <Evidence link={l} compact />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}
      {similar.length ? (
        <section data-rel="similar" aria-label="相似条款（非上位依据）">
          <h4 className="rel-h">相似条款（非上位依据）</h4>
          <ul className="rel-list">
            {similar.map((l) => {
              const other = l.from === self ? l.to : l.from;
              return (
                <li key={other}>
                  <ClauseRef id={other} index={index} /> <LinkStatus link={l} />
                  <Evidence link={l} compact />
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {rejected.length ? (
        <section data-rel="rejected" aria-label="编辑否决的推定链接">
          <h4 className="rel-h">编辑否决的推定链接（不作为上下位依据）</h4>
          <ul className="rel-list">
            {rejected.map((l) => {
              const other = l.from === self ? l.to : l.from;
              return (
                <li key={other} className="rel-rejected">
                  <ClauseRef id={other} index={index} /> {l.review ? <ReviewMark review={l.review} /> : null}
                  {l.review?.note ? <span className="rel-note-inline">：{l.review.note}</span> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}

/** 「市综治维稳领导责任制实施办法（二十）」 as a link to the clause. */
export function ClauseRef({ id, index }: { id: string; index: CorpusIndex }) {
  const { documentId, clauseId } = splitGlobalId(id);
  const doc = index.document(documentId);
  return (
    <Link href={docHref(documentId, clauseId)} prefetch={false} data-clause-ref={id}>
      <span className="text-muted">{doc?.shortTitle ?? documentId}</span>
      {index.clauseName(documentId, clauseId)}
    </Link>
  );
}

/** Items of this article paired with items of the parent article: （十八）1. ↔ 第二十条（一）. */
function ItemPairs({ links, index }: { links: LinkRecord[]; index: CorpusIndex }) {
  return (
    <section data-rel="items" aria-label="列项对应">
      <h4 className="rel-h">列项对应</h4>
      <ul className="rel-list">
        {links.map((l) => {
          const from = splitGlobalId(l.from);
          return (
            <li key={`${l.from}>${l.to}`}>
              <Link href={docHref(from.documentId, from.clauseId)} prefetch={false}>
                {index.clauseName(from.documentId, from.clauseId)}
              </Link>
              <span aria-hidden="true"> ↔ </span>
              <span className="sr-only">对应</span>
              <ClauseRef id={l.to} index={index} /> <LinkStatus link={l} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Links from or to the items inside this article (item-level alignment). */
function itemLinks(index: CorpusIndex, documentId: string, clauseId: string): LinkRecord[] {
  const items = index.children(documentId, clauseId).filter((c) => c.kind === 'item');
  return items.flatMap((c) => {
    const id = globalId(documentId, c.id);
    return [...index.linksFrom(id), ...index.linksTo(id).map((l) => ({ ...l, from: l.to, to: l.from }))].filter((l) => l.kind === 'implements');
  });
}

/** 下位实施 by the province of the implementing document, in the order every province list uses. */
function byProvince(index: CorpusIndex, links: LinkRecord[]): [string, LinkRecord[]][] {
  const groups = new Map<string, LinkRecord[]>();
  for (const l of links) {
    const region = index.document(splitGlobalId(l.from).documentId)?.region;
    pushTo(groups, region ? splitRegion(region).province : UNKNOWN_REGION, l);
  }
  return [...groups.entries()].sort(([a], [b]) => provinceOrder(a, b));
}

function byRank(links: LinkRecord[]): LinkRecord[] {
  return [...links].sort((a, b) => (a.rank ?? 1) - (b.rank ?? 1) || b.score - a.score);
}
