/**
 * The regular expressions of the study features in one place: the sentence
 * shapes questions are drawn from. Their table-driven tests are in
 * tests/study/generate-questions.test.ts.
 */
import { CN_NUM } from '../ingest/patterns';

/** A number as regulations print it: 15, １５, 十五, 两. */
export const NUM = `(?:[0-9０-９]+|${CN_NUM})`;

// ---------- Time limits ----------

/** 1小时内, 15个工作日内, 半年内, 一年以内: within a period. Groups: number, unit. */
export const WITHIN = new RegExp(`(${NUM}|半)(个)?(小时|个?工作日|日|天|周|个?月|季度|年)(?:以)?内`, 'gd');

/**
 * 每年至少2次, 每月开展1次, 每四年开展一次, 每年对…进行一次: a frequency.
 * Groups: period number (每四年), period unit, count. The words between
 * the period and the count are kept short so the two belong together.
 */
export const FREQUENCY = new RegExp(`每(${NUM})?(年|季度|月|周)(?:[^，。；、]{0,12}?)(?:至少)?(${NUM})次`, 'gd');

/** 每年3月底前, 每年3月前: a yearly deadline. Group: month. */
export const YEARLY_DEADLINE = new RegExp(`每年(${NUM})月(?:底|末)?前`, 'gd');

/** 期限一般为6个月: a stated duration. Groups: number, unit. */
export const DURATION = new RegExp(`期限(?:一般|原则上)?为(${NUM})(个)?(小时|个?工作日|日|天|个?月|年)`, 'gd');

/** 自2016年2月27日起施行: when a text takes effect. Group: the date. */
export const EFFECTIVE_DATE = /自([0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日)起施行/dg;

// ---------- Who is responsible ----------

/**
 * 由X负责/承担/进行…: the body that acts. X stops at the first verb or
 * preposition that starts the action, and may not contain a clause break.
 * 由于 (because) and 由此 are not agents.
 */
export const BY_WHOM =
  /由(?!于|此|乱|治|点|表及|浅)([^，。；：“”]{2,24}?)(?=负责|承担|进行|组织(?!部|人事)|办理|提出|作出|出具|制发|会同|共同|按照|依照|根据|以书面|以适当|对其|对相关|对|向|挂牌|挂账|约谈|实行|行使|商|作为|牵头|统一|明确|核查|研究|予以|给予)/dg;

/** X是…第一责任人 / X同为…第一责任人. Groups: X, the role. */
export const ROLE_HOLDER = /(?:^|[，。；：])([^，。；：“”]{2,26}?)(?:是|同为|为)(?:[^，。；]{0,24}?)(第一责任人|直接责任人)/dg;

/** X对…负总责 / X对…负主要领导责任. Groups: X, the responsibility. */
export const ANSWERS_FOR = /(?:^|[，。；：])([^，。；：“”]{2,26}?)对(?:[^，。；]{1,40}?)负(总责|全责|主要领导责任|领导责任|全面领导责任)/dg;

// ---------- Graduated measures ----------

/** 受到X后(仍)未…, 受到X处理的: a measure that triggers the next one. Group: X. */
export const AFTER_MEASURE = /受到([^，。；、后的]{2,10}?)(后仍?未|处理的|处理后)/dg;

/** What a body or a person is called: the answer to "who" must end like one. */
export const AGENT_END = /(?:委员会|办公室|部门|机关|单位|小组|政府|党委|工委|委|室|局|部|厅|办|会|组|院|人员|领导|负责人|负责同志|主任|组长|干部|成员|主体|机构|班子)$/;
/** Words that may open an agent's name but are not part of it (相应的上一级… keeps 上一级…). */
export const AGENT_LEAD = /^(?:相应的|相应)/;
/** Adverbs between an agent and its verb (…办公室适时组织…). */
export const AGENT_TAIL = /(?:适时|及时|依法|分别|具体|直接|共同|统一)$/;

/** 实行一票否决, 进行诫勉: a measure named after its verb, when it is not one the text names elsewhere. */
export const MEASURE_AFTER_VERB = /(?:实行|进行|采取|予以)([^，。；、的]{2,8}?)(?=[，。；]|$)/g;
