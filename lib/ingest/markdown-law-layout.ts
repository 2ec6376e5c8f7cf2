/**
 * How a Markdown law text in the LawRefBook layout is declared: the `# title`
 * line is the title, the adoption-history lines between it and
 * `<!-- INFO END -->` are excluded as history, and that marker line as
 * markup. The body starts after the marker (or after the title when there is
 * no marker).
 */
import type { DeclaredExclusion } from './layout-source';
import { INFO_END, TITLE_HEADING } from './patterns';

export type MarkdownLawLayout = { titleLines: number[]; exclusions: DeclaredExclusion[]; bodyStart: number };

export function markdownLawLayout(lines: readonly string[]): MarkdownLawLayout {
  const titleLines = TITLE_HEADING.test(lines[0] ?? '') ? [1] : [];
  const marker = lines.findIndex((l) => INFO_END.test(l));
  if (marker < 0) return { titleLines, exclusions: [], bodyStart: titleLines.length + 1 };
  const end = marker + 1;
  const exclusions: DeclaredExclusion[] = [];
  const first = titleLines.length + 1;
  if (end - 1 >= first) exclusions.push({ lines: `${first}-${end - 1}`, kind: 'history', reason: '通过、修正、施行等沿革' });
  exclusions.push({ lines: `${end}`, kind: 'markup', reason: '原文的标记行' });
  return { titleLines, exclusions, bodyStart: end + 1 };
}
