/**
 * A synthetic corpus of any size made from the real one, for the benchmark:
 * real sentences and list items, shuffled and recombined with a seeded PRNG
 * into new articles under new document titles, written as content files
 * (source text + document front matter) so that the real parser builds it.
 * Pure and deterministic: the same pool, size and seed give the same files.
 *
 * The clause count is exact: the parser makes one clause of a title line,
 * one of an article, one more per extra paragraph and one per list item, so
 * each document is planned clause by clause until its share is used up.
 */
import type { ContentFiles } from '../corpus/build-corpus';
import type { ClauseRecord } from '../corpus/export-contract';
import type { Level } from '../content/schema';
import { isHeadingKind } from '../clause';

export type SynthPool = { sentences: string[]; items: string[]; subjects: string[]; regions: string[] };
export type SynthOptions = { size: number; seed?: number; clausesPerDocument?: number };

const LEVELS: Level[] = ['central', 'provincial', 'prefecture', 'county'];
const KINDS = ['规定', '实施办法', '实施细则', '工作规则', '暂行办法', '管理办法'];
const LABEL = /^(第[一二三四五六七八九十百零〇]+[条章节编]|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])\s*/;
// A line starting like a heading or a list marker would be parsed as one.
const MARKER_START = /^[（(一二三四五六七八九十\d第]/;
const NUMERALS = '零一二三四五六七八九';

/** Sentences, list items and title words from a real corpus. */
export function synthPool(clauses: ClauseRecord[], titles: string[], regions: string[]): SynthPool {
  const sentences = new Set<string>();
  const items = new Set<string>();
  for (const c of clauses) {
    if (c.kind === 'title' || isHeadingKind(c.kind)) continue;
    const own = c.head.map((r) => r.text).join('').replace(LABEL, '').trim();
    if (!own) continue;
    if (c.kind === 'item') {
      if (!MARKER_START.test(own) && !own.includes('\n')) items.add(own);
      continue;
    }
    for (const s of own.split(/(?<=[。；！？])/)) {
      const t = s.trim();
      if (t.length >= 6 && !MARKER_START.test(t) && !t.includes('\n')) sentences.add(t);
    }
  }
  const subjects = new Set<string>();
  for (const t of titles) {
    const core = t.replace(/^.*?关于/, '').replace(/(的)?(通知|规定|办法|细则|方案|意见|解读|摘要|论述)$/, '');
    if (core.length >= 4 && core.length <= 24) subjects.add(core);
  }
  return { sentences: [...sentences].sort(), items: [...items].sort(), subjects: [...subjects].sort(), regions: [...new Set(regions)].sort() };
}

/** Mulberry32: small, fast, and the same on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function chineseNumber(n: number): string {
  if (n < 10) return NUMERALS[n];
  if (n < 20) return '十' + (n % 10 ? NUMERALS[n % 10] : '');
  if (n < 100) return NUMERALS[Math.floor(n / 10)] + '十' + (n % 10 ? NUMERALS[n % 10] : '');
  const rest = n % 100;
  return NUMERALS[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + NUMERALS[rest] : rest < 20 ? '一' + chineseNumber(rest) : chineseNumber(rest));
}

/** Content files holding exactly `size` clauses. */
export function synthContent(pool: SynthPool, options: SynthOptions): ContentFiles {
  const rand = prng(options.seed ?? 1);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const perDoc = Math.max(2, options.clausesPerDocument ?? 24);
  const files: ContentFiles = { sources: [], documents: [], errata: [], terms: [], topics: [] } as unknown as ContentFiles;
  let left = options.size;
  for (let d = 0; left > 0; d++) {
    // Documents vary in length around the mean; the title line is one clause.
    const share = Math.min(left, Math.max(2, Math.round(perDoc * (0.5 + rand()))));
    const lines = documentLines(share, rand, pick, pool);
    left -= share;
    const region = pick(pool.regions);
    const level = LEVELS[d % LEVELS.length];
    const title = `${level === 'central' ? '' : region}关于${pick(pool.subjects)}的${pick(KINDS)}（第${d + 1}号）`;
    const id = `syn-${String(d + 1).padStart(6, '0')}`;
    const file = `${id}.txt`;
    files.sources.push({ file, path: `sources/${file}`, text: [title, ...lines].join('\n') + '\n' });
    files.documents.push({ path: `documents/${id}.mdx`, id, text: frontMatter(title, level, level === 'central' ? null : region, file, lines.length + 1, d) });
  }
  return files;
}

/** Article lines using exactly `share - 1` clauses (the title takes one). */
function documentLines(share: number, rand: () => number, pick: <T>(l: T[]) => T, pool: SynthPool): string[] {
  const lines: string[] = [];
  let left = share - 1;
  for (let n = 1; left > 0; n++) {
    const sentence = () => pick(pool.sentences);
    const head = `第${chineseNumber(n)}条\u3000${sentence()}${rand() < 0.5 ? sentence() : ''}`;
    left--;
    const roll = rand();
    if (roll < 0.2 && left >= 2) {
      const k = Math.min(left, 2 + Math.floor(rand() * 4));
      lines.push(head.replace(/[。；]$/, '') + '：');
      for (let i = 1; i <= k; i++) lines.push(`（${chineseNumber(i)}）${pick(pool.items)}`);
      left -= k;
    } else if (roll < 0.45 && left >= 1) {
      lines.push(head, sentence());
      left--;
    } else lines.push(head);
  }
  return lines;
}

function frontMatter(title: string, level: Level, region: string | null, file: string, lines: number, d: number): string {
  const q = (v: string | null) => (v === null ? 'null' : JSON.stringify(v));
  const year = 2000 + (d % 24);
  return [
    '---',
    `title: { value: ${q(title)}, basis: stated }`,
    `shortTitle: { value: ${q(title.replace(/^.*?关于/, '').slice(0, 30))}, basis: stated }`,
    `issuer: { value: ${q((region ?? '中央') + '办公厅')}, basis: stated }`,
    'docNumber: { value: null, basis: unknown }',
    `level: { value: ${level}, basis: stated }`,
    `region: { value: ${q(region)}, basis: ${region ? 'stated' : 'unknown'} }`,
    `issued: { value: "${year}-0${1 + (d % 9)}-1${d % 10}", basis: stated }`,
    'effective: { value: null, basis: unknown }',
    'status: { value: null, basis: unknown }',
    'docType: regulation',
    'parents: []',
    `source: { file: ${file}, lines: "1-${lines}", titleLines: [1] }`,
    '---',
    '合成文件，仅供性能测试。',
    '',
  ].join('\n');
}
