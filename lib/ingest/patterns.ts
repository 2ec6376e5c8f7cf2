/**
 * Every structural regular expression and the Chinese-numeral table, in one
 * place, with table-driven tests in tests/ingest/patterns.test.ts.
 */
import type { MarkerFamily } from './clause-tree';

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CN_NUM = '[零〇一二两三四五六七八九十百千]+';

/** 二十九 → 29, 一百零一 → 101, 十八 → 18; null for anything else. */
export function parseChineseNumber(s: string): number | null {
  if (!s || !new RegExp(`^${CN_NUM}$`).test(s)) return null;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else {
      const unit = UNITS[ch];
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
  }
  if (digit > 0) total += digit;
  return total;
}

/** 18 → 十八, 29 → 二十九, 101 → 一百零一 (for labels and references). */
export function toChineseNumber(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    const tail = rest === 0 ? '' : rest < 10 ? '零' + d[rest] : rest < 20 ? '一' + toChineseNumber(rest) : toChineseNumber(rest);
    return d[Math.floor(n / 100)] + '百' + tail;
  }
  return String(n);
}

/** Parse a number printed in either Arabic or Chinese numerals. */
export function parseAnyNumber(s: string): number | null {
  if (/^[0-9０-９]+$/.test(s)) return Number(s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
  return parseChineseNumber(s);
}

/**
 * What precedes a line's text: indentation a scrape may use (ASCII,
 * ideographic, NBSP, tabs) and a Markdown heading mark ("## 第一章").
 */
export const INDENT = /^[\s\u3000\u00a0\ufeff]*(?:#{1,6}[ \t\u3000]+)?/;
/** A Markdown heading mark; group 1 gives the depth (## → 2). */
export const MARKDOWN_HEADING = /^[\s\u3000\u00a0\ufeff]*(#{1,6})[ \t\u3000]+/;
export const BLANK_LINE = /^[\s\u3000\u00a0\ufeff•·]*$/;

const NUM = `(?:${CN_NUM}|[0-9０-９]+)`;
const SEP = '[\\s\\u3000\\u00a0]*';

type MarkerRule = { family: MarkerFamily; re: RegExp };

/**
 * Line-initial markers, tried in order. Each regex captures the number and
 * leaves the label as the full match. Brackets may be full-width or ASCII,
 * because scrapes mix them.
 */
export const MARKER_RULES: MarkerRule[] = [
  { family: 'part', re: new RegExp(`^第(${NUM})编(?=${SEP})`) },
  { family: 'chapter', re: new RegExp(`^第(${NUM})章(?=${SEP})`) },
  { family: 'section', re: new RegExp(`^第(${NUM})节(?=${SEP})`) },
  // 第N条 at line start; the text may follow with or without a space.
  // 第N条之一 is an article inserted by amendment (刑法第十七条之一): the
  // second group is its sub-number. 第N条之规定 is a sentence, not a label.
  { family: 'article', re: new RegExp(`^第(${NUM})条(?:之(${CN_NUM}))?(?![之的规所中款项])`) },
  { family: 'cn-paren', re: new RegExp(`^[(（](${CN_NUM})[)）]`) },
  { family: 'arabic-paren', re: /^[(（]([0-9０-９]{1,3})[)）]/ },
  { family: 'cn-dun', re: new RegExp(`^(${CN_NUM})[、，,．](?!\\d)`) },
  // "1." "1．" "1、" — but not a decimal (2.5) or a date (2014.05).
  { family: 'arabic-dot', re: /^([0-9０-９]{1,3})(?:[.．](?![0-9０-９])|、)/ },
  { family: 'circled', re: /^([①-⑳])/ },
];

/** `# 标题`: the level-1 Markdown heading a LawRefBook file opens with, its title line. */
export const TITLE_HEADING = /^#[ \t\u3000]/;

/** The line that ends a LawRefBook file's title and history block. */
export const INFO_END = /^\s*<!--\s*INFO END\s*-->\s*$/;

/** A line that starts with 第…条 after indentation or a heading mark: the census counts these (article-census.ts). */
export const ARTICLE_LINE = new RegExp(`^[\\s\\u3000\\u00a0\\ufeff]*(?:#{1,6}[ \\t\\u3000]+)?第${NUM}条`);

/** `sub` is the 之N of an inserted article (第十七条之一 → number 17, sub 1). */
export type Marker = { family: MarkerFamily; label: string; number: number | null; sub?: number };

/** The structural marker a (de-indented) line starts with, if any. */
export function matchMarker(line: string): Marker | null {
  for (const { family, re } of MARKER_RULES) {
    const m = re.exec(line);
    if (!m) continue;
    const number = family === 'circled' ? m[1].charCodeAt(0) - 0x2460 + 1 : parseAnyNumber(m[1]);
    const sub = m[2] ? parseChineseNumber(m[2]) : null;
    return sub === null ? { family, label: m[0], number } : { family, label: m[0], number, sub };
  }
  return null;
}

/** Families whose place in the hierarchy is fixed by law-drafting convention. */
export const FIXED_RANK: Partial<Record<MarkerFamily, number>> = { part: 0, chapter: 1, section: 2, article: 3 };

/** Sentence-final punctuation: a line ending otherwise reads as a heading. */
export const TERMINAL = /[。；;！!？?：:…」”’）)]$/;

/** "有下列情形之一的：", "包括：", "如下：" — a sentence that announces a list. */
export const ANNOUNCES_LIST = /(下列|以下|如下)[^。；;]{0,24}[：:]$/;

/** A first line that reads as a document title: short, unnumbered, no final punctuation. */
export function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  return t.length >= 4 && t.length <= 60 && !TERMINAL.test(t) && !/[，,]/.test(t) && matchMarker(t) === null;
}

/** A heading reads as a label, not a sentence: short and without final punctuation. */
export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && !TERMINAL.test(t);
}

/**
 * Characters that show nothing, or reorder what is shown: bidi controls can
 * make a title display reversed (U+202E), zero-width ones hide inside a
 * word and break search. The source keeps them verbatim; a finding names
 * each line. A byte-order mark at the very start is removed by normalizing
 * and never reaches this.
 */
export const INVISIBLE_CHAR_NAMES: Record<string, string> = {
  '\u200b': '零宽空格',
  '\u200c': '零宽不连字',
  '\u200d': '零宽连字',
  '\u2060': '词连接符',
  '\ufeff': '零宽不换行空格',
  '\u200e': '从左至右标记',
  '\u200f': '从右至左标记',
  '\u061c': '阿拉伯字母标记',
  '\u202a': '从左至右嵌入',
  '\u202b': '从右至左嵌入',
  '\u202c': '方向格式结束',
  '\u202d': '从左至右强制',
  '\u202e': '从右至左强制',
  '\u2066': '从左至右隔离',
  '\u2067': '从右至左隔离',
  '\u2068': '首强隔离',
  '\u2069': '方向隔离结束',
};
export const INVISIBLE_CHAR = /[\u200b-\u200f\u2060\ufeff\u061c\u202a-\u202e\u2066-\u2069]/g;
