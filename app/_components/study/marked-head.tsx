/**
 * A clause's displayed runs with the first occurrence of each glossary term
 * marked (lib/study/mark-terms). The caller still renders every run — a
 * correction stays a correction, inside a term or not.
 */
import { Fragment, type ReactNode } from 'react';
import type { TextRun } from '@/lib/corpus/export-contract';
import { markTerms } from '@/lib/study/mark-terms';
import { getStudy } from '@/app/_data/study';
import { TermMark } from './term-mark';

export function MarkedHead({ runs, scope, renderRun }: { runs: TextRun[]; scope: string; renderRun: (run: TextRun, key: number) => ReactNode }) {
  const study = getStudy();
  let k = 0;
  return (
    <>
      {markTerms(runs, study.patterns).map((seg, i) => {
        const rendered = seg.runs.map((run) => renderRun(run, k++));
        const entry = seg.termId ? study.byId.get(seg.termId) : undefined;
        if (!entry) return <Fragment key={i}>{rendered}</Fragment>;
        return (
          <TermMark key={i} entry={entry} tipId={`term-${scope}-${entry.id}`}>
            {rendered}
          </TermMark>
        );
      })}
    </>
  );
}
