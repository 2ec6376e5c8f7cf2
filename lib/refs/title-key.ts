/**
 * What makes two printed titles the same document: titles are compared by
 * a key with issuers, 关于 and punctuation stripped, and scored for the
 * damage scrapes do (a dropped word, a dropped city name) while refusing
 * pairs that differ in jurisdiction (省 vs 市) or instrument (规定 vs 办法).
 */
import type { DocNumber } from './model';
import { BOOK_MARKS, DOC_NUMBER, INSTRUMENT_TYPE, JURISDICTION, NOTICE_WRAPPER, PROVISIONAL, TITLE_BRACKETS, TITLE_ISSUER, TITLE_NOISE, TITLE_PREFIX } from './patterns';

export type ParsedTitle = {
  /** The title as printed, 《》 stripped. */
  printed: string;
  issuer: string | null;
  /** For a 关于印发〈X〉的通知: X. */
  promulgates: string | null;
  /** Comparison key of the title itself (for a notice: of the whole notice). */
  key: string;
};

export function parseTitle(printed: string): ParsedTitle {
  const t = printed.replace(TITLE_BRACKETS, '').trim();
  const issuerMatch = TITLE_ISSUER.exec(t);
  const issuer = issuerMatch?.groups?.issuer ?? null;
  // Titles in frontmatter write the promulgated title in 《》 rather than 〈〉.
  const wrapper = NOTICE_WRAPPER.exec(t.replace(BOOK_MARKS, (m) => (m === '《' ? '〈' : '〉')));
  const promulgates = wrapper?.groups?.inner ? wrapper.groups.inner.replace(TITLE_BRACKETS, '') : null;
  return { printed: t, issuer, promulgates, key: titleKey(t) };
}

/** The comparison key: no issuer, no 关于, no 中华人民共和国, no punctuation. */
export function titleKey(title: string): string {
  let t = title.replace(TITLE_BRACKETS, '').trim();
  const issuerMatch = TITLE_ISSUER.exec(t);
  if (issuerMatch?.groups) t = issuerMatch.groups.rest;
  t = t.replace(TITLE_PREFIX, '');
  t = t.replace(TITLE_NOISE, '');
  return t.replace(TITLE_PREFIX, '');
}

/** 厅字〔2016〕8号 and 厅字(2016)8号 are one number. */
export function sameDocNumber(a: DocNumber, b: DocNumber): boolean {
  if (a.year !== b.year || a.num !== b.num) return false;
  return !a.prefix || !b.prefix || a.prefix === b.prefix;
}

/** Parse a 文号 written as a metadata value ("厅字〔2016〕8号"). */
export function parseDocNumber(s: string): DocNumber | null {
  const m = new RegExp(DOC_NUMBER.source).exec(s);
  if (!m?.groups) return null;
  return { prefix: m.groups.prefix || null, year: Number(m.groups.year), num: Number(m.groups.num), raw: m[0] };
}

/** 暂行规定 is still a 规定; 实施办法 is not a 规定. */
function instrument(key: string): string | null {
  const m = INSTRUMENT_TYPE.exec(key);
  if (!m) return null;
  return m[1].replace(PROVISIONAL, '');
}

function jurisdiction(key: string): { place: string; level: string } | null {
  const m = JURISDICTION.exec(key);
  return m?.groups ? { place: m.groups.place, level: m.groups.level } : null;
}

/**
 * Similarity of two title keys in [0, 1]. 1 for equal keys; 0 when the
 * titles name different jurisdictions or different instruments; otherwise
 * the larger of bigram Dice and containment (a key missing a word at one
 * end, as scrapes drop words, is still contained in the full one).
 */
export function titleSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const ja = jurisdiction(a);
  const jb = jurisdiction(b);
  if (ja && jb && (ja.level !== jb.level || (ja.place && jb.place && ja.place !== jb.place))) return 0;
  const ia = instrument(a);
  const ib = instrument(b);
  if (ia && ib && ia !== ib) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const contained = long.includes(short) ? short.length / long.length : 0;
  // One title opening with a jurisdiction the other lacks is a weaker match.
  const unevenPlace = Boolean(ja) !== Boolean(jb) ? 0.1 : 0;
  return Math.max(0, Math.max(dice(a, b), contained) - unevenPlace);
}

function dice(a: string, b: string): number {
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  const total = Math.max(1, a.length - 1 + (b.length - 1));
  return (2 * shared) / total;
}
