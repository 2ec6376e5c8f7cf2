/**
 * A running head for the printed handout: both documents' names at the top
 * of every page (the page counter is in compare-print.css). The names differ
 * per pair, so this one rule is written into the page, safely escaped.
 */
import { cssString } from '@/lib/site/css-string';

export function PrintRunningHead({ text }: { text: string }) {
  return <style>{`@page compare { @top-left { content: "${cssString(text)}"; } }`}</style>;
}
