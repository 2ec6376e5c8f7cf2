/**
 * One law text of a collection → its document metadata, each field with its
 * basis (stated with the words as evidence, inferred with the reason, or
 * unknown), the manifest's exclusions for the information block, and what
 * could not be read (with the line). Or the reason the file is no law text.
 * Status and parents are left to the build, which sees every version.
 */
import type { HistoryEntry, Level, Rank, SourceManifest } from '../content/schema';
import { normalizeSource, splitLines, type Line } from '../ingest/normalize';
import { corpusPath } from './corpus-path';
import { infoBlock, isoDate } from './info-block';
import { CN_DATE, COUNTY_PLACE, DOC_TYPE_TITLES, EFFECTIVE_DATE, EFFECTIVE_DATE_CN, EFFECTIVE_ON_EVENT, chineseDatePart, JUDICIAL_TITLE, LAW_TITLE, LOCAL_PREFIX, NOT_A_PLACE, NOT_LAW_NAME, ORDER_NUMBER, historyIssuer } from './patterns';
import { DOC_NUMBER } from '../ingest/meta-patterns';

export type Field<T> = { value: T | null; basis: 'stated' | 'inferred' | 'unknown'; evidence?: string; note?: string };
const unknown = <T>(): Field<T> => ({ value: null, basis: 'unknown' });
const stated = <T>(value: T, evidence: string): Field<T> => ({ value, basis: 'stated', evidence: evidence.trim() });
const inferred = <T>(value: T, note: string): Field<T> => ({ value, basis: 'inferred', note });

export type ImportedMeta = {
  title: Field<string>;
  shortTitle: Field<string>;
  issuer: Field<string>;
  docNumber: Field<string>;
  level: Field<Level>;
  region: Field<string>;
  issued: Field<string>;
  effective: Field<string>;
  status: Field<string>;
  rank: Field<Rank>;
  area: Field<string>;
  versionDate: Field<string>;
  history: HistoryEntry[];
  docType: 'regulation' | 'notice' | 'interpretation' | 'speech' | 'plan';
  parents: [];
  source: { file: string; lines: string; titleLines: number[] };
};

export type ImportNote = { line: number; message: string };
export type ImportResult =
  | { kind: 'law'; meta: ImportedMeta; exclusions: SourceManifest['exclusions']; notes: ImportNote[]; stem: string }
  | { kind: 'skip'; reason: string };

/** `relPath`: the path inside the collection; `sourceFile`: the path under content/sources/. */
export function importMeta(relPath: string, raw: string, sourceFile: string): ImportResult {
  const path = corpusPath(relPath);
  if (NOT_LAW_NAME.test(relPath.split('/').at(-1) ?? '')) return { kind: 'skip', reason: '文件名表明是说明或索引，不是法规正文' };
  const lines = splitLines(normalizeSource(raw));
  const head = infoBlock(lines);
  if (!head.title) return { kind: 'skip', reason: '文件为空' };
  const bodyText = head.body.filter((l) => l.text.trim()).map((l) => l.text);
  if (bodyText.join('').replace(/\s/g, '').length < 10) return { kind: 'skip', reason: '没有正文（标题和沿革之后没有法规条文）' };

  const notes: ImportNote[] = head.undated.map((line) => ({ line, message: '沿革行没有写明日期' }));
  const title = head.title;
  const history = head.history;
  const first = history.find((h) => h.event !== 'effective' && h.event !== 'other') ?? history[0];
  const issuerName = first ? historyIssuer(first.text.replace(CN_DATE, '')) : null;
  const issuer: Field<string> = issuerName && first ? stated(issuerName, first.text)
    : path.ministry ? inferred(path.ministry, `收录于“部门规章/${path.ministry}”文件夹`) : unknown();
  if (!issuerName) notes.push(first ? { line: first.line, message: '未能从沿革中读出制定机关' } : { line: head.markerLine ?? head.titleLine ?? 1, message: '原文没有沿革行：制定机关和公布日期不详' });

  const issued: Field<string> = first?.date ? stated(first.date, first.text) : unknown();
  const latest = history.filter((h) => h.date).at(-1);
  const versionDate: Field<string> = path.nameDate ? inferred(path.nameDate, '文件名中的日期')
    : latest?.date ? stated(latest.date, latest.text) : unknown();

  const effective = effectiveDate(head.body, history);
  if (effective.basis === 'unknown') notes.push({ line: head.markerLine ?? head.titleLine ?? 1, message: '未找到施行日期' });

  const { rank, level, region } = placeOf(title, path, history);
  const infoText = lines.slice(0, head.markerLine ?? head.titleLine ?? 0);
  const docNumber = numberOf(infoText, head.body);
  const shortTitle: Field<string> = path.stem && path.stem !== title ? inferred(path.stem, '取自文件名（收录集采用的简称）') : unknown();

  const exclusions: SourceManifest['exclusions'] = [];
  if (head.historyLines) exclusions.push({ lines: range(head.historyLines.from, head.historyLines.to), kind: 'history', reason: '标题下的制定、修改沿革，已记入元数据 history' });
  if (head.markerLine) exclusions.push({ lines: String(head.markerLine), kind: 'markup', reason: '收录集的信息块结束标记（<!-- INFO END -->）' });

  const meta: ImportedMeta = {
    title: stated(title, head.titleText ?? title),
    shortTitle,
    issuer,
    docNumber,
    level,
    region,
    issued,
    effective,
    status: unknown(),
    rank,
    area: path.area ? inferred(path.area, path.areaNote!) : unknown(),
    versionDate,
    history,
    docType: DOC_TYPE_TITLES.find(([re]) => re.test(title))?.[1] ?? 'regulation',
    parents: [],
    source: { file: sourceFile, lines: range(1, lines.length), titleLines: head.titleLine ? [head.titleLine] : [] },
  };
  return { kind: 'law', meta, exclusions, notes, stem: path.stem || title };
}

const range = (a: number, b: number) => (a === b ? String(a) : `${a}-${b}`);

/** The 施行 article's date; else a history line "… 施行"; else the history's date for 自公布（通过）之日起施行. */
function effectiveDate(body: Line[], history: HistoryEntry[]): Field<string> {
  let dated: { date: string; text: string } | null = null;
  let onEvent: { words: string; event: string } | null = null;
  for (const l of body) {
    const folded = l.text.normalize('NFKC');
    const date = printedDate(folded);
    // The last one: earlier ones may quote another law's date; the 施行 article closes the text.
    if (date) dated = { date: date.date, text: excerpt(l.text, date.words) };
    const m = date ? null : EFFECTIVE_ON_EVENT.exec(folded);
    if (m && !onEvent) onEvent = { words: excerpt(l.text, m[0]), event: m[1] };
  }
  if (dated) return stated(dated.date, dated.text);
  const inHistory = history.filter((h) => h.event === 'effective' && h.date).at(-1);
  if (inHistory) return stated(inHistory.date!, inHistory.text);
  if (onEvent) {
    const wanted = onEvent.event === '通过' ? 'adopted' : 'published';
    const from = history.find((h) => h.event === wanted && h.date) ?? history.find((h) => h.date);
    if (from) return inferred(from.date!, `原文“${onEvent.words}”，日期取沿革“${from.text}”`);
  }
  return unknown();
}

function printedDate(line: string): { date: string; words: string } | null {
  const m = EFFECTIVE_DATE.exec(line);
  if (m) {
    const date = isoDate(m);
    return date ? { date, words: m[0] } : null;
  }
  const c = EFFECTIVE_DATE_CN.exec(line);
  if (!c) return null;
  const [y, mo, d] = [chineseDatePart(c[1], true), chineseDatePart(c[2], false), chineseDatePart(c[3], false)];
  if (y === null || mo === null || d === null) return null;
  const date = isoDate([c[0], String(y), String(mo), String(d)]);
  return date ? { date, words: c[0] } : null;
}

/** The sentence of `line` around `match`, short enough to quote. */
function excerpt(line: string, match: string): string {
  const t = line.trim();
  if (t.length <= 80) return t;
  const at = t.indexOf(match);
  return at < 0 ? match : t.slice(Math.max(0, at - 20), at + match.length + 5);
}

function numberOf(info: Line[], body: Line[]): Field<string> {
  for (const l of [...info, ...body.slice(0, 5)]) {
    const folded = l.text.normalize('NFKC');
    const m = DOC_NUMBER.exec(folded) ?? ORDER_NUMBER.exec(folded);
    if (m) return stated(m[0], l.text);
  }
  return unknown();
}

type Place = { rank: Field<Rank>; level: Field<Level>; region: Field<string> };

/** 效力位阶, level and region from the folder, corrected by the title (a judicial interpretation) and the place it names. */
function placeOf(title: string, path: ReturnType<typeof corpusPath>, history: HistoryEntry[]): Place {
  if (JUDICIAL_TITLE.test(title)) {
    const why = '标题表明由最高人民法院或最高人民检察院发布';
    return { rank: inferred('judicial-interpretation', why), level: inferred('central', why), region: inferred('全国', why) };
  }
  if (path.province) {
    const city = localPlace(title, path.province, history);
    const rank = inferred<Rank>('local-regulation', path.folderNote!);
    if (city) {
      const level: Level = COUNTY_PLACE.test(city) ? 'county' : 'prefecture';
      return { rank, level: inferred(level, `标题以“${city}”开头`), region: inferred(`${path.province}${city}`, `省份据${path.folderNote}，市县据标题`) };
    }
    return { rank, level: inferred('provincial', `${path.folderNote}，标题未冠以市县名`), region: inferred(path.province, path.folderNote!) };
  }
  if (path.national) {
    const why = `${path.folderNote}（全国性法律法规）`;
    return { rank: inferred(path.rank!, path.folderNote!), level: inferred('central', why), region: inferred('全国', why) };
  }
  if (LAW_TITLE.test(title)) {
    const why = '标题为“中华人民共和国……法”';
    return { rank: inferred('law', why), level: inferred('central', why), region: inferred('全国', why) };
  }
  return { rank: unknown(), level: unknown(), region: unknown() };
}

/** The city or county a local title starts with, when the history names it too (so 城市… is no place). */
function localPlace(title: string, province: string, history: HistoryEntry[]): string | null {
  if (title.startsWith(province) || title.startsWith(province.replace(/[省市]$/, ''))) return null;
  const m = LOCAL_PREFIX.exec(title);
  if (!m || NOT_A_PLACE.test(m[1])) return null;
  const all = history.map((h) => h.text).join('');
  return history.length === 0 || all.includes(m[1]) ? m[1] : null;
}
