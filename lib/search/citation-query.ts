/**
 * A query typed as a lawyer cites: a document's name (full title, short
 * title, or the form people use, like 信访条例 or 反恐怖主义法) followed by
 * 第N条 (or an article inserted by amendment, 第N条之一), optionally 第N款 and
 * 第N项 ("信访条例第十四条第一款", "反恐怖主义法 第32条", "刑法第一百三十三条之一").
 * Such a query goes straight to that provision, in the version in force;
 * a bare 第N条 asks for articles so numbered. Works on the folded query
 * (fold.ts), as the browser and `kb search` both hold it.
 */
import { CN_NUM, parseAnyNumber, toChineseNumber } from '../ingest/patterns';
import { titleKey } from '../refs/title-key';
import { fold } from './fold';

/** A pinpoint: article (`sub` 1 for 第N条之一, else null), and where given paragraph (款) and item (项). */
export type Pinpoint = { article: number; sub: number | null; paragraph: number | null; item: number | null };

export type CitationQuery = Pinpoint & {
  /** The document's name as typed, folded; empty for a bare 第N条. */
  name: string;
  /** The provision's one name (lib/clause), as pages print it: 第十四条第一款第（三）项. */
  label: string;
};

const NUM = `(?:${CN_NUM}|[0-9]+)`;
// Folded: 《》 are < >, brackets ASCII, no white space.
const CITATION = new RegExp(`^<?(?<name>[^<>]*?)>?第(?<article>${NUM})条(?:之(?<sub>${NUM}))?(?:第(?<paragraph>${NUM})款)?(?:第\\(?(?<item>${NUM})\\)?项)?$`);
// A clause's name as pages print it (lib/clause), read back into numbers; full-width brackets, since names are not folded.
const CLAUSE_NAME = new RegExp(`^第(?<article>${NUM})条(?:之(?<sub>${NUM}))?(?:第(?<paragraph>${NUM})款)?(?:第[（(](?<item>${NUM})[）)]项)?`);

/** The shortest document name a citation query may use: one character (法, 条例) names nothing. */
const MIN_NAME = 2;

export function parseCitationQuery(folded: string): CitationQuery | null {
  const m = CITATION.exec(folded);
  if (!m?.groups) return null;
  const p = pinpoint(m.groups);
  if (!p || (m.groups.name && [...m.groups.name].length < MIN_NAME)) return null;
  const label = `第${toChineseNumber(p.article)}条${p.sub ? `之${toChineseNumber(p.sub)}` : ''}${p.paragraph ? `第${toChineseNumber(p.paragraph)}款` : ''}${p.item ? `第（${toChineseNumber(p.item)}）项` : ''}`;
  return { name: m.groups.name, ...p, label };
}

/** A clause's name (第一千一百一十九条第二款) as numbers, or null for a name that is no article's. */
export function pinpointOf(label: string): Pinpoint | null {
  const m = CLAUSE_NAME.exec(label);
  return m?.groups ? pinpoint(m.groups) : null;
}

function pinpoint(g: Record<string, string | undefined>): Pinpoint | null {
  const article = parseAnyNumber(g.article!);
  const sub = g.sub ? parseAnyNumber(g.sub) : null;
  const paragraph = g.paragraph ? parseAnyNumber(g.paragraph) : null;
  const item = g.item ? parseAnyNumber(g.item) : null;
  if (!article || sub === 0 || paragraph === 0 || item === 0) return null;
  return { article, sub, paragraph, item };
}

/** Where an article stands in its document's order: 第一百三十三条之一 between 第一百三十三条 and 第一百三十四条. */
export const articleOrder = (p: Pinpoint): number => p.article + (p.sub ?? 0) / 1000;

/** The names a document is found by: its title's comparison key and its short title's, folded. */
export function documentNames(title: string, shortTitle: string): string[] {
  return [...new Set([title, shortTitle].filter(Boolean).map((t) => fold(titleKey(t))).filter(Boolean))];
}

/** Are the characters of `short` in `name`, in order: is it an abbreviation of it (综治规定 of 社会治安综合治理…规定)? */
export function abbreviates(short: string, name: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = name.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

const JUDICIAL = '司法解释';

/**
 * How a name fits a typed one: 0 it is the name, 1 it holds it, 2 it
 * abbreviates it, -1 none. Lawyers name an interpretation whose title says
 * only 解释 a 司法解释 (担保制度司法解释, 建设工程施工合同司法解释（一）): typed
 * so, it abbreviates as 解释.
 */
export function nameFit(typed: string, name: string): number {
  if (name === typed) return 0;
  if (name.includes(typed)) return 1;
  return abbreviates(typed, name) || (typed.includes(JUDICIAL) && abbreviates(typed.replaceAll(JUDICIAL, '解释'), name)) ? 2 : -1;
}

/**
 * The documents a typed name means, to try in order: those whose name is
 * exactly the typed one (several documents can share a name: the parts of a
 * code), else the one whose name holds it, else the one it abbreviates,
 * shortest name first; in force before superseded. A name that holds or
 * abbreviates the typed one equally well in several works is ambiguous and
 * means none. Empty when none has it.
 */
export function findDocuments(name: string, names: readonly string[][], superseded: (doc: number) => boolean): number[] {
  const key = fold(titleKey(name));
  if ([...key].length < MIN_NAME) return [];
  const scored: { doc: number; fit: number; length: number; old: boolean }[] = [];
  names.forEach((list, doc) => {
    const fits = list.map((n) => ({ fit: nameFit(key, n), length: n.length })).filter((f) => f.fit >= 0);
    if (!fits.length) return;
    const best = fits.reduce((a, b) => (b.fit < a.fit || (b.fit === a.fit && b.length < a.length) ? b : a));
    scored.push({ doc, ...best, old: superseded(doc) });
  });
  if (!scored.length) return [];
  const fit = Math.min(...scored.map((s) => s.fit));
  const tied = scored.filter((s) => s.fit === fit).sort((a, b) => a.length - b.length || Number(a.old) - Number(b.old) || a.doc - b.doc);
  if (fit === 0) return tied.map((s) => s.doc);
  // Held or abbreviated: the shortest name wins only if no other name of that length fits (versions of one work aside, by being superseded).
  const shortest = tied.filter((s) => s.length === tied[0].length && !s.old);
  return shortest.length > 1 ? [] : [tied[0].doc];
}

/**
 * Of a provision's clauses (their one names), the one the citation names:
 * the exact pinpoint, else for a 项 typed without its 款 the item of that
 * article; the article itself when the 款 or 项 does not exist. Compared as
 * numbers, so 第一千一百一十九条 is found however it was typed.
 */
export function citedClause(labels: readonly string[], q: Pinpoint): number | null {
  const at = labels.map(pinpointOf);
  const same = (p: Pinpoint | null, paragraph: number | null, item: number | null) => p !== null && p.article === q.article && p.sub === q.sub && p.paragraph === paragraph && p.item === item;
  const exact = at.findIndex((p) => same(p, q.paragraph, q.item));
  if (exact >= 0) return exact;
  if (q.item && !q.paragraph) {
    const item = at.findIndex((p) => p !== null && p.article === q.article && p.sub === q.sub && p.item === q.item);
    if (item >= 0) return item;
  }
  const whole = at.findIndex((p) => same(p, null, null));
  return whole >= 0 ? whole : null;
}

/** The article a provision's first clause names, or null (a heading, a preamble). */
export const articleOf = (labels: readonly string[]): Pinpoint | null => pinpointOf(labels[0] ?? '');
