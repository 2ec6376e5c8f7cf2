/**
 * A new source's text → draft frontmatter for an editor to review: the
 * title line, 文号 and 施行日期 where the text prints them, everything else
 * unknown. Every guessed value is marked inferred with the reason.
 */
import { normalizeSource, splitLines } from './normalize';
import { BLANK_LINE, INDENT, looksLikeTitle } from './patterns';
import { DOC_NUMBER, EFFECTIVE_DATE, LEVEL_HINTS } from './meta-patterns';

export type DraftMeta = {
  title: string | null;
  titleLine: number | null;
  docNumber: string | null;
  effective: string | null;
  level: 'central' | 'provincial' | 'prefecture' | 'county' | null;
  lines: number;
};

export function draftMeta(raw: string): DraftMeta {
  const text = normalizeSource(raw);
  const lines = splitLines(text);
  const first = lines.find((l) => !BLANK_LINE.test(l.text));
  const firstText = first?.text.replace(INDENT, '').trim() ?? '';
  const isTitle = first !== undefined && looksLikeTitle(firstText);
  const head = text.slice(0, 2000);
  const num = DOC_NUMBER.exec(head);
  const eff = EFFECTIVE_DATE.exec(text);
  const title = isTitle ? firstText : null;
  return {
    title,
    titleLine: isTitle ? first!.no : null,
    docNumber: num ? num[0] : null,
    effective: eff ? `${eff[1]}-${eff[2].padStart(2, '0')}-${eff[3].padStart(2, '0')}` : null,
    level: title ? (LEVEL_HINTS.find(([re]) => re.test(title))?.[1] ?? null) : null,
    lines: lines.length,
  };
}
