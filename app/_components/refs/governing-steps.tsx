/**
 * 上位依据 as a chain: each parent provision the clause implements (a card
 * with its text and evidence), what became of it where its version has since
 * been revised, and above it the provisions it implements in turn — so a city
 * clause leads through the provincial rule to the national law.
 */
import Link from 'next/link';
import { docHref } from '@/app/_lib/routes';
import type { CorpusIndex } from '@/lib/content/corpus-index';
import type { GoverningStep, Today } from '@/lib/refs/governing-chain';
import { versionLabel } from '@/lib/compare/pair-wording';
import { pairHref } from '@/app/compare/_lib/compare-data';
import { ParentProvision } from './parent-provision';
import { LinkStatus } from './evidence';

export function GoverningSteps({ steps, index }: { steps: GoverningStep[]; index: CorpusIndex }) {
  return (
    <>
      {steps.map((s) => (
        <ParentProvision key={s.link.to} link={s.link} index={index}>
          {s.today ? <TodayNote step={s} today={s.today} index={index} /> : null}
          {s.up.length ? <Above steps={s.up} index={index} /> : null}
        </ParentProvision>
      ))}
    </>
  );
}

/** The parents of a parent, one line each, nested as deep as the chain goes. */
function Above({ steps, index }: { steps: GoverningStep[]; index: CorpusIndex }) {
  return (
    <div className="rel-above" data-rel="above">
      <p className="rel-above-h">其上位依据</p>
      <ul className="rel-list">
        {steps.map((s) => {
          const doc = index.document(s.documentId);
          return (
            <li key={s.link.to} data-chain={s.link.to}>
              <Link href={docHref(s.documentId, s.clauseId)} prefetch={false}>
                <span className="text-muted">{doc?.shortTitle ?? s.documentId}</span>
                {index.clauseName(s.documentId, s.clauseId)}
              </Link>{' '}
              <LinkStatus link={s.link} />
              {s.today ? <TodayNote step={s} today={s.today} index={index} /> : null}
              {s.up.length ? <Above steps={s.up} index={index} /> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** 此版本已被修订: which version is in force today, and whether the provision changed in it. */
function TodayNote({ step, today, index }: { step: GoverningStep; today: Today; index: CorpusIndex }) {
  const linked = index.document(step.documentId);
  const current = index.document(today.documentId);
  const currentName = today.clauseId ? index.clauseName(today.documentId, today.clauseId) : null;
  const head = `所链接的是${linked ? versionLabel(linked) : '旧版本'}，现行版本为${current ? versionLabel(current) : today.documentId}：`;
  // A one-step revision has a 新旧对照 page; its row of the linked provision is the place to read the change.
  const compare = linked?.supersededBy === today.documentId && today.clauseId ? pairHref(today.documentId, step.documentId, today.clauseId) : null;
  return (
    <p className="rel-today" data-today={today.change}>
      {head}
      {today.change === 'same' ? (
        <>
          该条文字未变
          {currentName ? (
            <>
              （现为
              <Link href={docHref(today.documentId, today.clauseId!)} prefetch={false}>
                {currentName}
              </Link>
              ）
            </>
          ) : null}
          。
        </>
      ) : today.change === 'changed' ? (
        <>
          该条已修改，现为
          <Link href={docHref(today.documentId, today.clauseId!)} prefetch={false}>
            {currentName}
          </Link>
          {compare ? (
            <>
              （
              <Link href={compare} prefetch={false}>
                新旧对照
              </Link>
              ）
            </>
          ) : null}
          ，请按现行条文核对。
        </>
      ) : today.change === 'gone' ? (
        <>新旧对照中未找到与该条对应的现行条文，可能已删去或并入他条，请核对。</>
      ) : (
        <>本库没有两个版本的逐条对照，该条是否修改请核对现行版本。</>
      )}
    </p>
  );
}
