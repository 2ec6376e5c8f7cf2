/**
 * A clause's own line twice over: the 校订本 (label, then displayed runs with
 * corrections marked) and the 原文 (the source's characters, untouched). The
 * page's view switch shows one of them.
 */
import { Fragment } from 'react';
import { displayLabel, SPACED_LABEL } from '@/lib/clause';
import type { ClauseView, NumberedCorrection } from '@/app/_lib/document-view';
import { CorrectionMark } from './correction-mark';
import { MarkedHead } from '../study/marked-head';

// Printed law sets 第N条 and 第N章 off from their text with a full-width space.
export function ClauseLine({ view }: { view: ClauseView }) {
  const { record } = view;
  const label = displayLabel(record.label);
  const byId = new Map<string, NumberedCorrection>(view.corrections.map((c) => [c.id, c]));
  return (
    <>
      <span className="v-corr">
        {label ? <span className="clause-label">{label}</span> : null}
        {label && SPACED_LABEL.test(label) ? '\u3000' : null}
        {/* The first use of each glossary term shows its definition on hover and focus. */}
        <MarkedHead
          runs={record.head}
          scope={record.id}
          renderRun={(run, i) => {
            const c = run.correctionId ? byId.get(run.correctionId) : undefined;
            return c ? <CorrectionMark key={i} correction={c} text={run.text} /> : <Fragment key={i}>{run.text}</Fragment>;
          }}
        />
      </span>
      <span className="v-src" data-source-line={record.line}>
        {view.sourceHead}
      </span>
    </>
  );
}

/** Print-only notes under a clause: what the source printed where it was corrected. */
export function ClauseFootnotes({ corrections }: { corrections: NumberedCorrection[] }) {
  if (!corrections.length) return null;
  return (
    <ol className="footnotes print-only" aria-hidden="true">
      {corrections.map((c) => (
        <li key={c.id} value={c.n} className="list-none">
          〔{c.n}〕原文{c.original ? <>作“{c.original}”</> : '无此字'}
          {c.corrected ? <>，校订为“{c.corrected}”</> : '，已删去'}。
        </li>
      ))}
    </ol>
  );
}
