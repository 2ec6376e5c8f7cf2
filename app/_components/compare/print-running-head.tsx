/**
 * A running head for the printed handout: both documents' names at the top
 * of every page (the page counter is in compare-print.css). The names differ
 * per pair, so this one rule is written by the page, safely escaped.
 */
import { cssString } from '@/lib/site/css-string';
import { PageRule } from '@/app/_components/site/page-rule.client';

export function PrintRunningHead({ text }: { text: string }) {
  return <PageRule css={`@page compare { @top-left { content: "${cssString(text)}"; } }`} />;
}
