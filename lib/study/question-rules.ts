/**
 * The general rules that find something worth asking in a clause's text:
 * a time limit, who is responsible, and which measure follows which. Each
 * rule returns spans of the text that become the blank; nothing here is
 * specific to one regulation.
 */
import {
  AFTER_MEASURE,
  AGENT_END,
  AGENT_LEAD,
  AGENT_TAIL,
  ANSWERS_FOR,
  BY_WHOM,
  DURATION,
  EFFECTIVE_DATE,
  FREQUENCY,
  MEASURE_AFTER_VERB,
  ROLE_HOLDER,
  WITHIN,
  YEARLY_DEADLINE,
} from './patterns';

export type QuestionKind = 'time' | 'who' | 'sequence';

/** A blank found in a text: the answer is text.slice(start, end). */
export type Candidate = {
  kind: QuestionKind;
  start: number;
  end: number;
  /** What the reader is asked to fill in. */
  hint: string;
  /** Where the prompt must begin at the latest (so a sequence question keeps its trigger). */
  contextStart?: number;
  /** Words that stay visible even where they contain the answer (the trigger 受到一票否决警示后). */
  keep?: { start: number; end: number };
};

type Groups = RegExpExecArray & { indices: [number, number][] };

function each(re: RegExp, text: string): Groups[] {
  re.lastIndex = 0;
  return [...text.matchAll(re)] as Groups[];
}

/** Time limits: 1小时内, 每年至少2次, 每四年一次, 每年3月底前, 期限为6个月, 自…起施行. */
export function timeCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const at = (m: Groups, g: number, hint: string) => out.push({ kind: 'time', start: m.indices[g][0], end: m.indices[g][1], hint });
  for (const m of each(WITHIN, text)) at(m, 1, '填写时限');
  // 每四年开展一次 asks for the period; 每年至少2次 for the count.
  for (const m of each(FREQUENCY, text)) at(m, m[1] ? 1 : 3, m[1] ? '填写周期' : '填写次数');
  for (const m of each(YEARLY_DEADLINE, text)) at(m, 1, '填写月份');
  for (const m of each(DURATION, text)) at(m, 1, '填写期限');
  for (const m of each(EFFECTIVE_DATE, text)) at(m, 1, '填写施行日期（年月日）');
  return out;
}

/** Who acts or answers: 由X负责…, X是…第一责任人, X对…负总责. */
export function whoCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of each(BY_WHOM, text)) {
    const span = agentSpan(text, m.indices[1]);
    if (span) out.push({ kind: 'who', ...span, hint: '填写由谁负责（机关或人员）' });
  }
  for (const m of each(ROLE_HOLDER, text)) {
    const span = agentSpan(text, m.indices[1]);
    if (span) out.push({ kind: 'who', ...span, hint: `谁是${m[2]}？` });
  }
  for (const m of each(ANSWERS_FOR, text)) {
    const span = agentSpan(text, m.indices[1]);
    if (span) out.push({ kind: 'who', ...span, hint: `谁对此负${m[2]}？` });
  }
  return out;
}

/** Trim 相应的… and trailing adverbs; keep only what reads as the name of a body or a person. */
function agentSpan(text: string, [start, end]: [number, number]): { start: number; end: number } | null {
  let s = start;
  let e = end;
  const lead = AGENT_LEAD.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  const tail = AGENT_TAIL.exec(text.slice(s, e));
  if (tail) e -= tail[0].length;
  const name = text.slice(s, e);
  if (name.length < 2 || name.startsWith('其') || !AGENT_END.test(name)) return null;
  return { start: s, end: e };
}

/** The measures a document escalates through: every X in 受到X后仍未… / 受到X处理的. */
export function measuresOf(texts: string[]): string[] {
  const found = new Set<string>();
  for (const t of texts) for (const m of each(AFTER_MEASURE, t)) found.add(m[1]);
  return [...found];
}

/**
 * 对受到X后仍未按期完成整改目标…的，由…Y: the blank is Y, the next measure —
 * one the document names in another 受到Y后 (leftmost, longest), or else
 * the object of 实行/进行/采取 in the consequence.
 */
export function sequenceCandidates(text: string, measures: string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of each(AFTER_MEASURE, text)) {
    if (!m[2].startsWith('后')) continue;
    const trigger = m[1];
    const consequence = consequenceSpan(text, m.index + m[0].length);
    if (!consequence) continue;
    const part = text.slice(consequence.start, consequence.end);
    const found = firstMeasure(part, measures.filter((x) => x !== trigger)) ?? verbMeasure(part, trigger);
    if (found) out.push({ kind: 'sequence', start: consequence.start + found.start, end: consequence.start + found.end, hint: `受到“${trigger}”后仍未整改的，下一步措施是什么？`, contextStart: m.index, keep: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}

/** After the condition (…的地区、单位，) up to the end of the sentence. */
function consequenceSpan(text: string, from: number): { start: number; end: number } | null {
  const de = text.indexOf('的', from);
  if (de < 0) return null;
  const comma = text.indexOf('，', de);
  if (comma < 0) return null;
  const stop = text.slice(comma).search(/[。；]/);
  return { start: comma + 1, end: stop < 0 ? text.length : comma + stop };
}

function firstMeasure(part: string, measures: string[]): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const x of measures) {
    const i = part.indexOf(x);
    if (i < 0) continue;
    if (!best || i < best.start || (i === best.start && x.length > best.end - best.start)) best = { start: i, end: i + x.length };
  }
  return best;
}

function verbMeasure(part: string, trigger: string): { start: number; end: number } | null {
  MEASURE_AFTER_VERB.lastIndex = 0;
  for (const m of part.matchAll(MEASURE_AFTER_VERB)) {
    if (m[1] === trigger || m[1].includes('整改')) continue;
    const start = m.index + m[0].length - m[1].length;
    return { start, end: start + m[1].length };
  }
  return null;
}
