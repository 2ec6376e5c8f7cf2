/**
 * Possible conflicts between a local provision and the parent provision it is
 * linked to: the things a lawyer checks first when a local text rewrites a
 * national one.
 *
 * - numbers that matter — 期限 (日、工作日、小时、个月、年), 金额 (元、万元、倍),
 *   比例 (百分之、%), 次数 (次) — with their bounds (以上 / 以下 / 内 / 不超过…);
 * - 级别: 县级以上, 设区的市级…;
 * - the modal of one and the same action: 应当 / 可以 / 不得;
 * - who must act (the body before 应当 / 可以 / 不得) for one and the same action.
 *
 * Precision first: a local text often adds detail (a second deadline, an
 * extra duty) or leaves some out. That is not a conflict. A kind is flagged
 * only when each side has a value of that kind the other lacks — the local
 * text says 三十日 where the parent says 六十日 — so a number present on one
 * side only never is. Numbers are compared by value, so 三十日内, 30日内 and
 * 不超过三十日 are the same. Dates (2016年1月1日) and clause numbers (第三十条)
 * are not quantities.
 */
import type { ConflictKind } from '../corpus/export-contract';

export type Conflict = { kind: ConflictKind; local: string; parent: string };

/** The order flags are listed in: numbers first, then who and how. */
export const CONFLICT_KINDS: readonly ConflictKind[] = ['deadline', 'amount', 'ratio', 'count', 'level', 'subject', 'modal'];

export function detectConflicts(local: string, parent: string): Conflict[] {
  const a = facts(local);
  const b = facts(parent);
  const out: Conflict[] = [];
  for (const kind of CONFLICT_KINDS) {
    const mine = a.filter((f) => f.kind === kind);
    const theirs = b.filter((f) => f.kind === kind);
    const flagged = byAction(mine, theirs);
    if (flagged) out.push({ kind, local: phrases(flagged.local), parent: phrases(flagged.parent) });
  }
  return out;
}

/**
 * One thing a text states: its kind, the value compared, what it is about
 * (the action for a modal or a subject; for a period, whether it is a time
 * limit or a term of custody) and the words it is in. Only facts about the
 * same thing are compared.
 */
type Fact = { kind: ConflictKind; key: string; action?: string; phrase: string };

function facts(text: string): Fact[] {
  const masked = maskDates(text);
  return [...quantities(masked, text), ...levels(masked, text), ...duties(masked, text)];
}

/** Values each side has that the other lacks, when both sides have some. */
function differing(mine: Fact[], theirs: Fact[]): { local: Fact[]; parent: Fact[] } | null {
  const keysA = new Set(mine.map((f) => f.key));
  const keysB = new Set(theirs.map((f) => f.key));
  const local = mine.filter((f) => !keysB.has(f.key));
  const parent = theirs.filter((f) => !keysA.has(f.key));
  return local.length && parent.length ? { local, parent } : null;
}

/** The comparison, one subject matter at a time: 可以约谈 against 应当约谈, not against 应当报告; 一年内 against 二年内, not against 十五日以下拘留. */
function byAction(mine: Fact[], theirs: Fact[]): { local: Fact[]; parent: Fact[] } | null {
  const local: Fact[] = [];
  const parent: Fact[] = [];
  for (const action of new Set(mine.map((f) => f.action))) {
    const d = differing(
      mine.filter((f) => f.action === action),
      theirs.filter((f) => f.action === action),
    );
    if (d) local.push(...d.local), parent.push(...d.parent);
  }
  return local.length ? { local, parent } : null;
}

function phrases(facts: Fact[]): string {
  return [...new Set(facts.map((f) => f.phrase))].join('；');
}

// ---- numbers ----------------------------------------------------------

const CN_NUM = '[零〇一二两三四五六七八九十百千万亿]+';
const NUM = `(?:[0-9０-９]+(?:\\.[0-9]+)?|${CN_NUM})`;
const LESS = ['以内', '内', '以下', '不超过', '不得超过', '不高于', '最长', '最多', '未满', '不满'];
const MORE = ['以上', '不少于', '不得少于', '不低于', '至少', '最少'];
const BEFORE = '(不得超过|不超过|不高于|不得少于|不少于|不低于|最长|最多|至少|最少|未满|不满)?';
const QUANTITY = new RegExp(`${BEFORE}(百分之)?(${NUM})(%|％)?(个)?(工作日|小时|日|天|周|月|年|万元|亿元|千元|元|倍|次)?(以内|以上|以下|内)?`, 'g');

/** A period followed by these is a term of custody (五日以上十五日以下拘留), not a time limit. */
const CUSTODY = /拘留|徒刑|监禁|拘役|管制/;

const UNIT_KIND: Record<string, ConflictKind> = {
  工作日: 'deadline',
  小时: 'deadline',
  日: 'deadline',
  天: 'deadline',
  周: 'deadline',
  月: 'deadline',
  年: 'deadline',
  元: 'amount',
  万元: 'amount',
  亿元: 'amount',
  千元: 'amount',
  倍: 'amount',
  次: 'count',
};
/** Same unit, same key: 天 is 日; money is counted in 元. */
const UNIT_AS: Record<string, [string, number]> = { 天: ['日', 1], 万元: ['元', 1e4], 亿元: ['元', 1e8], 千元: ['元', 1e3] };

function quantities(masked: string, text: string): Fact[] {
  const out: Fact[] = [];
  for (const m of masked.matchAll(QUANTITY)) {
    const [whole, before, percent, num, percentSign, ge, unitRaw, after] = m;
    const at = m.index!;
    const ratio = Boolean(percent || percentSign);
    if (!ratio && !unitRaw) continue;
    // 第三十条, 第二日: an ordinal is not a quantity.
    if (masked[at - 1] === '第' && !before) continue;
    const next = masked[at + whole.length] ?? '';
    // 一次性, 年度, 月份: words, not quantities. A bare 月 is a month's name unless 个 or a bound makes it a length.
    if ((unitRaw === '次' && next === '性') || (unitRaw === '年' && /[度级]/.test(next)) || (unitRaw === '月' && (next === '份' || (!ge && !before && !after)))) continue;
    const value = parseNumber(num);
    if (value === null) continue;
    const [unit, factor] = ratio ? ['%', 1] : (UNIT_AS[unitRaw] ?? [unitRaw, 1]);
    const bound = before || after ? (MORE.includes(before || after) ? '≥' : LESS.includes(before || after) ? '≤' : '') : '';
    const kind = ratio ? 'ratio' : UNIT_KIND[unitRaw];
    const action = kind === 'deadline' && CUSTODY.test(masked.slice(at + whole.length, at + whole.length + 12).split(STOP)[0]) ? 'custody' : 'limit';
    out.push({ kind, key: `${unit}${bound}${value * factor}`, action, phrase: phraseAround(text, at, at + whole.length) });
  }
  return out;
}

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Arabic (also full-width) or Chinese numerals: 30, ３０, 三十, 一百二十, 五万, 二〇一六. */
export function parseNumber(s: string): number | null {
  const ascii = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9.]+$/.test(ascii)) return Number(ascii);
  // 二〇一六: digit by digit.
  if (s.length > 1 && [...s].every((c) => c in DIGIT)) return Number([...s].map((c) => DIGIT[c]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGIT) digit = DIGIT[c];
    else if (c in UNIT) {
      section += (digit ?? 1) * UNIT[c];
      digit = null;
    } else if (c in BIG) {
      total = (total + section + (digit ?? 0)) * BIG[c];
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

/** Dates are not deadlines: 2016年1月1日, 二〇一六年十二月, 十月一日 are blanked out (same length, so offsets hold). */
function maskDates(text: string): string {
  const blank = (m: string) => '□'.repeat(m.length);
  return text
    .replace(new RegExp(`${NUM}年(${NUM}月(${NUM}[日号])?)?`, 'g'), (m) => (/^[0-9０-９]{4}年|^[零〇一二三四五六七八九]{4}年/.test(m) || m.includes('月') ? blank(m) : m))
    .replace(new RegExp(`${NUM}月${NUM}[日号]`, 'g'), blank);
}

// ---- levels -----------------------------------------------------------

const LEVEL = /(国家|省|自治区|直辖市|设区的市|地市|市|县|乡镇|乡|镇)级(以上|以下)?/g;

function levels(masked: string, text: string): Fact[] {
  return [...masked.matchAll(LEVEL)].map((m) => ({ kind: 'level' as const, key: m[0], action: 'level', phrase: phraseAround(text, m.index!, m.index! + m[0].length) }));
}

// ---- modals and who acts ----------------------------------------------

const MODAL = /(不应当|不得|禁止|严禁|不准|应当|必须|可以)/g;
const MODAL_CLASS: Record<string, string> = { 不应当: '不得', 不得: '不得', 禁止: '不得', 严禁: '不得', 不准: '不得', 应当: '应当', 必须: '应当', 可以: '可以' };
/** Adverbs between the modal and its verb, skipped so 应当及时报告 and 可以报告 are one action. */
const ADVERB = /^(依法|依照规定|按照规定|按规定|根据实际需要|根据需要|根据实际情况|及时|立即|主动|严格|认真|积极|予以|在[^，。；]{1,12}?内)+/;
/** A modal followed by a preposition (应当根据……, 可以对……) hides its verb further on: no action to compare. */
const PREPOSITION = /^(根据|按照|依照|依据|结合|对于|对|在|向|将|把|由|为|与|从|以|经|会同)/;
/** Kinds of body that act; 公安机关 before 机关, so the longer name wins. */
const BODY = /国务院|人民政府|政府|公安机关|人民法院|人民检察院|监察机关|委员会|党委|部门|机关|机构|单位|组织|办公室/g;
const BODY_AS: Record<string, string> = { 国务院: '人民政府', 政府: '人民政府' };

function duties(masked: string, text: string): Fact[] {
  const out: Fact[] = [];
  for (const m of masked.matchAll(MODAL)) {
    const at = m.index!;
    const end = at + m[0].length;
    const rest = masked.slice(end).replace(ADVERB, '');
    const action = /^[\u4e00-\u9fff]{2}/.exec(rest)?.[0];
    if (!action || PREPOSITION.test(action)) continue;
    const modal = MODAL_CLASS[m[0]];
    const phrase = phraseAround(text, at, end);
    out.push({ kind: 'modal', key: modal, action, phrase });
    // Who acts: every kind of body named before the modal in its clause (区、县人民政府及其有关部门 names two).
    const before = masked.slice(0, at);
    const subject = before.slice(Math.max(before.search(/[^，。；：\n]*$/), 0));
    for (const [body] of subject.matchAll(BODY)) out.push({ kind: 'subject', key: BODY_AS[body] ?? body, action: `${modal}${action}`, phrase });
  }
  return out;
}

// ---- phrases ----------------------------------------------------------

const STOP = /[，。；：！？\n]/;
const WINDOW = 16;

/** The words a fact is in: its clause between punctuation, or a window around it when the clause is long. */
function phraseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !STOP.test(text[from - 1]) && start - from < WINDOW) from--;
  let to = end;
  while (to < text.length && !STOP.test(text[to]) && to - end < WINDOW) to++;
  return text.slice(from, to).trim();
}
