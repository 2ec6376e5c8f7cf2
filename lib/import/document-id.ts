/**
 * A readable, deterministic document id (ID_PATTERN) from a short title and
 * a version date: the pinyin of the title, syllables joined by "-", then the
 * date: 刑法 2020-12-26 → xing-fa-2020-12-26. A long title keeps its first
 * syllables whole and the rest as initials, so ids stay short but still
 * tell titles apart. `taken` ids get a -2, -3… suffix.
 */
import { pinyin } from 'pinyin-pro';

/** Syllables kept whole; the rest of a long title is abbreviated to initials. */
const WHOLE = 6;
/** At most this many syllables before abbreviating. */
const SHORT = 10;
const MAX_INITIALS = 14;

export function titleSyllables(title: string): string[] {
  const folded = title.normalize('NFKC').toLowerCase();
  return pinyin(folded, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((s) => s.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
}

export function baseId(title: string, versionDate: string | null): string {
  const syl = titleSyllables(title);
  const words = syl.length <= SHORT ? syl : [...syl.slice(0, WHOLE), syl.slice(WHOLE).map((s) => s[0]).join('').slice(0, MAX_INITIALS)];
  const stem = words.join('-') || 'doc';
  return versionDate ? `${stem}-${versionDate}` : stem;
}

/** `base`, or base-2, base-3… whichever is not in `taken`; adds the result to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
