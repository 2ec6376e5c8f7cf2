/**
 * Stage 2 (tokenize): every citation-shaped piece of a cleaned clause text,
 * with its span. Tokens do not overlap: a title's inside belongs to the
 * title, and a short name declared in （以下简称《X》） is an abbreviation
 * token, not a title of its own.
 */
import type { Span } from '../corpus/export-contract';
import { parseAnyNumber } from '../ingest/patterns';
import type { AbbreviationToken, ArticleRefToken, DocNumberToken, RelativeRefToken, TitleToken, Token } from './model';
import { repairDocNumber } from '../fidelity/doc-number-brackets';
import { ABBREVIATION_AFTER, DOC_NUMBER, INNER_TITLE, INTERNAL_ARTICLE, LEADING_VERB, RELATIVE, TITLE } from './patterns';

const ABBREVIATION_D = new RegExp(ABBREVIATION_AFTER.source, 'd');

export function tokenizeCitations(text: string): Token[] {
  const titles = findTitles(text);
  const abbreviations = findAbbreviations(text, titles);
  const declared = new Set(abbreviations.map((a) => a.span.start));
  const kept = titles.filter((t) => !declared.has(t.span.start));
  const taken: Span[] = [...kept.map((t) => t.span), ...abbreviations.map((a) => a.span)];
  const free = <T extends Token>(t: T) => !taken.some((s) => t.span.start < s.end && s.start < t.span.end);
  const numbers = findDocNumbers(text).filter(free);
  taken.push(...numbers.map((n) => n.span));
  const articles = findArticleRefs(text).filter(free);
  taken.push(...articles.map((a) => a.span));
  const relatives = findRelativeRefs(text).filter(free);
  return [...kept, ...abbreviations, ...numbers, ...articles, ...relatives].sort((a, b) => a.span.start - b.span.start);
}

function findTitles(text: string): TitleToken[] {
  return [...text.matchAll(TITLE)].map((m) => {
    const start = m.index!;
    const inner = [...m[1].matchAll(INNER_TITLE)].map((i) => {
      const at = start + 1 + i.index!;
      return { title: i[1].trim(), span: { start: at, end: at + i[0].length } };
    });
    return { kind: 'title' as const, span: { start, end: start + m[0].length }, title: m[1].trim(), inner };
  });
}

/** A short name declared in the parenthesis that follows a title. */
function findAbbreviations(text: string, titles: TitleToken[]): AbbreviationToken[] {
  const out: AbbreviationToken[] = [];
  for (const t of titles) {
    const m = ABBREVIATION_D.exec(text.slice(t.span.end));
    if (!m?.groups) continue;
    const name = m.groups.book ? 'book' : m.groups.quoted ? 'quoted' : m.groups.corner ? 'corner' : 'bare';
    const [s, e] = m.indices!.groups![name]!;
    if (name === 'bare') {
      out.push({ kind: 'abbreviation', span: { start: t.span.end + s, end: t.span.end + e }, short: m.groups.bare!, bare: true });
      continue;
    }
    // The span takes in the brackets around the name: 《X》, “X”, 「X」.
    out.push({ kind: 'abbreviation', span: { start: t.span.end + s - 1, end: t.span.end + e + 1 }, short: m.groups[name]!.trim() });
  }
  return out;
}

function findDocNumbers(text: string): DocNumberToken[] {
  return [...text.matchAll(DOC_NUMBER)].map((m) => {
    let prefix = m.groups!.prefix ?? '';
    let start = m.index!;
    // "根据厅字〔2016〕8号": the verb in front is not part of the number.
    for (let v = LEADING_VERB.exec(prefix); v && v[0].length < prefix.length; v = LEADING_VERB.exec(prefix)) {
      prefix = prefix.slice(v[0].length);
      start += v[0].length;
    }
    // A broken bracket pair (赣综治办(2010]34号) is damage, not the number: the citation carries it paired.
    const raw = repairDocNumber(text.slice(start, m.index! + m[0].length));
    const value = { prefix: prefix || null, year: Number(m.groups!.year), num: Number(m.groups!.num), raw };
    return { kind: 'doc-number' as const, span: { start, end: m.index! + m[0].length }, value };
  });
}

function findArticleRefs(text: string): ArticleRefToken[] {
  const out: ArticleRefToken[] = [];
  for (const m of text.matchAll(INTERNAL_ARTICLE)) {
    const g = m.groups!;
    const start = m.index!;
    // A bare 第N条 at the very start is the clause's own label, and one right
    // after 》 pinpoints another document: neither refers within this one.
    if (!g.self && (start === 0 || text[start - 1] === '》')) continue;
    const art = parseAnyNumber(g.art);
    if (art === null) continue;
    const para = g.para ? parseAnyNumber(g.para) : null;
    const item = g.item ? parseAnyNumber(g.item) : null;
    out.push({ kind: 'article-ref', span: { start, end: start + m[0].length }, self: g.self ?? null, unit: g.unit as '条' | '项', art, para, item });
  }
  return out;
}

function findRelativeRefs(text: string): RelativeRefToken[] {
  return [...text.matchAll(RELATIVE)].map((m) => ({ kind: 'relative-ref' as const, span: { start: m.index!, end: m.index! + m[0].length }, word: m[0] }));
}
