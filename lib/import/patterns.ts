/**
 * Patterns and tables for importing a collection of law texts (the
 * LawRefBook/Laws layout and plain trees): folder names, the information
 * block above `<!-- INFO END -->`, history lines, titles. Table-driven tests
 * in tests/import/patterns.test.ts.
 */
import type { HistoryEntry, Rank } from '../content/schema';
import { INFO_END, parseChineseNumber } from '../ingest/patterns';

/** The line that ends LawRefBook's information block (title and history): one pattern for ingest and import. */
export { INFO_END };

/** `# 中华人民共和国刑法`: a Markdown heading of any depth; group 1 is its text. */
export const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;

/** The date LawRefBook appends to a file name: `刑法(2020-12-26).md`; group 1 the stem, 2 the date. */
export const FILE_NAME_DATE = /^(.*?)\s*[(（](\d{4}-\d{2}-\d{2})[)）]$/;

/** 1999年7月29日 or ２０１２年１２月１９日; groups: year, month, day (fold with NFKC before reading them). */
export const CN_DATE = /([0-9０-９]{4})年([0-9０-９]{1,2})月([0-9０-９]{1,2})日/;

const DATE_AT = /(根据)?[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日/g;

/**
 * Split one history line into entries: a new entry starts at each date but
 * the first, or at 根据 + date ("…通过根据2004年…修正"). A date after 的 or
 * 自 belongs to the entry before it ("批准的2004年5月11日…决定",
 * "自2013年11月1日施行").
 */
export function splitHistoryLine(text: string): string[] {
  const cuts = [0];
  for (const m of text.matchAll(DATE_AT)) {
    const at = m.index!;
    if (at === 0) continue;
    const before = text.slice(0, at).replace(/[\s　]+$/, '');
    if (!m[1] && /[的自]$|根据$|[(（]$/.test(before)) continue;
    if (before.length === 0) continue;
    cuts.push(at);
  }
  return cuts.map((c, i) => text.slice(c, cuts[i + 1] ?? text.length).replace(/[\s　；;，,。]+$/, ''));
}

/** Bracketed titles inside a history line, removed before the event word is looked for. */
const QUOTED = /《[^》]*》|〈[^〉]*〉|<[^>]*>/g;

/** Event words, the last one outside book-title marks decides. 通过的《…》 is an amendment by decision. */
const EVENT_WORDS: [RegExp, HistoryEntry['event']][] = [
  [/修订/, 'revised'],
  [/修正|修改/, 'amended'],
  [/通过的$/, 'amended'],
  [/批准/, 'approved'],
  [/通过/, 'adopted'],
  [/公布|发布|印发/, 'published'],
  [/施行|实施/, 'effective'],
];
const EVENT_WORD = /修订|修正|修改|批准|通过的|通过|公布|发布|印发|施行|实施/g;

/** The event of a history entry's text: the last event word outside quoted titles. */
export function historyEvent(text: string): HistoryEntry['event'] {
  const bare = text.replace(QUOTED, '');
  let last: string | null = null;
  for (const m of bare.matchAll(EVENT_WORD)) last = m[0];
  if (last === null) return 'other';
  if (last === '通过的') return 'amended';
  return EVENT_WORDS.find(([re]) => re.test(last!))![1];
}

const CN_ORDINAL = '[零〇一二三四五六七八九十百\\d０-９]+';
/** 第十三届, 九届: the term of a congress, dropped from an issuer's name. */
const TERM = new RegExp(`第?${CN_ORDINAL}届`, 'g');
/** 第二十二次会议, 五次会议, 第四会议, 2021年第20次 and everything after: the sitting, not the body. */
const SITTING = new RegExp(`(?:[\\d０-９]{4}年)?第?${CN_ORDINAL}(?:次|会议).*$|会议$`);
/** 令第125号, 公告: the instrument, not the body (令 alone only at the end: 司令部 is a body). */
const INSTRUMENT = new RegExp(`(?:令第${CN_ORDINAL}号|公告).*$|令$`);
/** Where the body's name ends in a history entry: the first event word. */
const EVENT_START = /(?:通过|发布|公布|印发|批准|修订|修正|施行|审议).*$/;

/**
 * The adopting or publishing body of a history entry's text (after its
 * date): "北京市第十三届人民代表大会常务委员会第二十二次会议通过" →
 * 北京市人民代表大会常务委员会; null when the entry names none.
 */
export function historyIssuer(afterDate: string): string | null {
  const name = afterDate
    .replace(/^[\s　（）()]+/, '')
    .replace(EVENT_START, '')
    .replace(SITTING, '')
    .replace(INSTRUMENT, '')
    .replace(TERM, '')
    .replace(/[\s　，,、]+$/, '')
    .trim();
  if (!name || /[《〈<]|^[\d０-９]/.test(name) || name.length > 40) return null;
  return name;
}

/** The 施行 patterns live with the other metadata patterns. */
export { EFFECTIVE_DATE, EFFECTIVE_DATE_CN, EFFECTIVE_ON_EVENT } from '../ingest/meta-patterns';

/** 二○○四, 十月, 一日 → 2004, 10, 1: a year digit by digit, month and day as numbers. */
export function chineseDatePart(s: string, year: boolean): number | null {
  const t = s.replace(/○/g, '〇');
  if (!year) return parseChineseNumber(t);
  const digits = [...t].map((c) => parseChineseNumber(c));
  return digits.some((d) => d === null) ? null : Number(digits.join(''));
}

/** 中华人民共和国公安部令第125号: an order number printed in the information block. */
export const ORDER_NUMBER = /[\u4e00-\u9fa5]{2,16}令第\d+号/;

/** Folder → 效力位阶 and 法律部门 for the national part of LawRefBook. `area: null`: the folder names no branch of law. */
export const NATIONAL_FOLDERS: Record<string, { rank: Rank; area: string | null; areaNote?: string }> = {
  宪法: { rank: 'constitution', area: '宪法相关法', areaNote: '宪法及其修正案归入“宪法及宪法相关法”部门' },
  宪法相关法: { rank: 'law', area: '宪法相关法' },
  民法典: { rank: 'law', area: '民法商法', areaNote: '民法典属民法商法部门' },
  民法商法: { rank: 'law', area: '民法商法' },
  行政法: { rank: 'law', area: '行政法' },
  经济法: { rank: 'law', area: '经济法' },
  社会法: { rank: 'law', area: '社会法' },
  刑法: { rank: 'law', area: '刑法' },
  诉讼与非诉讼程序法: { rank: 'law', area: '诉讼与非诉讼程序法' },
  行政法规: { rank: 'administrative-regulation', area: null },
  部门规章: { rank: 'departmental-rule', area: null },
  司法解释: { rank: 'judicial-interpretation', area: null },
  其他: { rank: 'other', area: null },
};

/** LawRefBook's local part: DLC/<省>地方法规/…; group 1 is the province's short name. */
export const LOCAL_FOLDER = /^(.{2,8}?)地方法规$/;

/** Province short name → full name: municipalities and autonomous regions differ from 省. */
const PROVINCE_SUFFIX: Record<string, string> = {
  北京: '北京市', 上海: '上海市', 天津: '天津市', 重庆: '重庆市',
  内蒙古: '内蒙古自治区', 广西: '广西壮族自治区', 西藏: '西藏自治区', 宁夏: '宁夏回族自治区', 新疆: '新疆维吾尔自治区',
  香港: '香港特别行政区', 澳门: '澳门特别行政区',
};
export function provinceName(short: string): string {
  return PROVINCE_SUFFIX[short] ?? (/[省市区]$/.test(short) ? short : `${short}省`);
}

/** 青岛市… / 彭水苗族土家族自治县…: a city or county at the start of a local title; group 1 its name, 2 the kind. */
export const LOCAL_PREFIX = /^([\u4e00-\u9fa5]{2,10}?(自治州|自治县|自治旗|市|州|盟|地区|县|旗))/;

/** Words that show a title prefix is not a place (关于…, 城市…). */
export const NOT_A_PLACE = /关于|实施|城市$|^中国|^全国/;

/** 最高人民法院…解释 / 最高人民检察院…规定: a judicial interpretation, whatever folder it sits in. */
export const JUDICIAL_TITLE = /^(?:最高人民法院|最高人民检察院)(?:、最高人民(?:法院|检察院))?.*(?:解释|规定|批复|决定|答复|意见|规则|办法)$/;

/** 中华人民共和国…法: a national law by its title. */
export const LAW_TITLE = /^中华人民共和国[\u4e00-\u9fa5（）]+法$/;

/** Titles by kind of document (DocumentMeta.docType). */
export const DOC_TYPE_TITLES: [RegExp, 'interpretation' | 'notice' | 'plan' | 'speech'][] = [
  [/解释$|批复$|答复$/, 'interpretation'],
  [/通知$|通告$|公告$/, 'notice'],
  [/规划$|方案$|纲要$/, 'plan'],
  [/讲话$/, 'speech'],
];

/** Files that are not law texts by their name: indexes, guides, READMEs, licences. */
export const NOT_LAW_NAME = /^(?:readme|index|summary|license|licence|changelog|contributing|_sidebar|目录|说明|索引)(?:\.[a-z]+)?$/i;

/** The text files an import reads. */
export const TEXT_FILE = /\.(?:md|txt)$/i;

/** A place named in a title that is a county (县, or 旗 in Inner Mongolia) rather than a city. */
export const COUNTY_PLACE = /(?:县|旗)$/;
