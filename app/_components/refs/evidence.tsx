/** Why two provisions were linked: the words they share and the structure that agreed, in Chinese; and who stands behind the link. */
import { hintLabel } from '@/app/_components/compare/hint-label';
import type { LinkRecord, LinkReview } from '@/lib/corpus/export-contract';
import { LINK_REVIEW_LABEL } from '@/lib/content/labels';
import './review-mark.css';

/**
 * 系统推定 (with its score), 编辑确认 (with its score), 编辑添加 (no score:
 * no one measured it) or 编辑否决, with the editor's note on hover and for
 * screen readers. A link without a review was aligned on demand: inferred.
 */
export function LinkStatus({ link }: { link: Pick<LinkRecord, 'score' | 'review'> }) {
  const review: LinkReview = link.review ?? { status: 'inferred' };
  return (
    <>
      <ReviewMark review={review} />
      {review.status === 'added' ? null : <Score score={link.score} />}
    </>
  );
}

export function ReviewMark({ review }: { review: LinkReview }) {
  const label = LINK_REVIEW_LABEL[review.status];
  return (
    <span className="rel-review" data-review={review.status} title={review.note ? `${label}：${review.note}` : label}>
      {label}
      {review.note ? <span className="sr-only">：{review.note}</span> : null}
    </span>
  );
}

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
