/** Why two provisions were linked: the words they share and the structure that agreed, in Chinese. */
import { hintLabel } from '@/app/_components/compare/hint-label';
import type { LinkRecord } from '@/lib/corpus/export-contract';

export function Score({ score }: { score: number }) {
  return (
    <span className="rel-score" title="文字与结构的综合匹配度（0–1）">
      匹配度 {score.toFixed(2)}
    </span>
  );
}

export function Evidence({ link, compact = false }: { link: LinkRecord; compact?: boolean }) {
  const terms = link.evidence.sharedTerms.slice(0, compact ? 5 : 8);
  const hints = link.evidence.hints.map(hintLabel).filter((h): h is string => Boolean(h));
  if (!terms.length && !hints.length) return null;
  return (
    <dl className={compact ? 'rel-evidence rel-evidence-compact' : 'rel-evidence'}>
      {terms.length ? (
        <div>
          <dt>共同用语</dt>
          <dd>
            {terms.map((t) => (
              <span key={t} className="rel-chip">
                {t}
              </span>
            ))}
          </dd>
        </div>
      ) : null}
      {hints.length ? (
        <div>
          <dt>结构线索</dt>
          <dd>{hints.join('；')}</dd>
        </div>
      ) : null}
    </dl>
  );
}
