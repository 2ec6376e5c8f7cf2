/**
 * A query typed as a lawyer cites: a document's name (full title, short
 * title, or the form people use, like 信访条例 or 反恐怖主义法) followed by
 * 第N条, optionally 第N款 and 第N项 ("信访条例第十四条第一款", "反恐怖主义法 第32条").
 * Such a query goes straight to that provision, in the version in force;
 * a bare 第N条 asks for articles so numbered. Works on the folded query
 * (fold.ts), as the browser and `kb search` both hold it.
 */
import { parseAnyNumber, toChineseNumber } from '../ingest/patterns';
import { titleKey } from '../refs/title-key';
import { fold } from './fold';

export type CitationQuery = {
  /** The document's name as typed, folded; empty for a bare 第N条. */
  name: string;
  article: number;
  paragraph: number | null;
  item: number | null;
  /** The provision's one name (lib/clause), as pages print it: 第十四条第一款第（三）项. */
  label: string;
};

const NUM = '[零〇一二两三四五六七八九十百千0-9]+';
// Folded: 《》 are < >, brackets ASCII, no white space.
const CITATION = new RegExp(`^<?(?<name>[^<>]*?)>?第(?<article>${NUM})条(?:第(?<paragraph>${NUM})款)?(?:第\\(?(?<item>${NUM})\\)?项)?$`);

export function parseCitationQuery(folded: string): CitationQuery | null {
  const m = CITATION.exec(folded);
  if (!m?.groups) return null;
  const article = parseAnyNumber(m.groups.article.replace('两', '二'));
  const paragraph = m.groups.paragraph ? parseAnyNumber(m.groups.paragraph) : null;
  const item = m.groups.item ? parseAnyNumber(m.groups.item) : null;
  if (!article || paragraph === 0 || item === 0) return null;
  const label = `第${toChineseNumber(article)}条${paragraph ? `第${toChineseNumber(paragraph)}款` : ''}${item ? `第（${toChineseNumber(item)}）项` : ''}`;
  return { name: m.groups.name, article, paragraph, item, label };
}

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

/**
 * The document a typed name means: one whose name is exactly the typed one,
 * else the shortest name that contains it, else the shortest it abbreviates;
 * of several, one in force before a superseded version, then the first in
 * document order. Null when none has it.
 */
export function findDocument(name: string, names: readonly string[][], superseded: ReadonlySet<number>): number | null {
  const key = fold(titleKey(name));
  if (!key) return null;
  let best: { doc: number; rank: number } | null = null;
  names.forEach((list, doc) => {
    for (const n of list) {
      const fit = n === key ? 0 : n.includes(key) ? 1 : abbreviates(key, n) ? 2 : -1;
      if (fit < 0) continue;
      // Lower is better: exact, then contained, then abbreviated; shorter before longer; in force before superseded.
      const rank = (fit === 0 ? 0 : fit * 1e6 + n.length * 10) + (superseded.has(doc) ? 1 : 0);
      if (!best || rank < best.rank) best = { doc, rank };
    }
  });
  return best ? (best as { doc: number }).doc : null;
}

/**
 * Of a provision's clauses (their one names), the one the citation names:
 * the exact name, else for a 项 typed without its 款 the item of that
 * article; the article itself when the 款 or 项 does not exist.
 */
export function citedClause(labels: readonly string[], q: CitationQuery): number | null {
  const exact = labels.findIndex((l) => l === q.label);
  if (exact >= 0) return exact;
  const article = `第${toChineseNumber(q.article)}条`;
  if (q.item && !q.paragraph) {
    const item = labels.findIndex((l) => l.startsWith(article) && l.endsWith(`第（${toChineseNumber(q.item!)}）项`));
    if (item >= 0) return item;
  }
  const whole = labels.findIndex((l) => l === article);
  return whole >= 0 ? whole : null;
}
