/**
 * Words that shape a question but name nothing to look for ("多长时间内上报"
 * asks about 上报). They are segmentation units, so that "多长时间" is taken
 * whole rather than leaving "时间" behind, and are then dropped from the
 * words a clause is matched on. General Chinese, not tied to any document.
 */
import { fold } from './fold';

export const QUESTION_WORDS: readonly string[] = [
  '多长时间', '多少时间', '多少天', '多少日', '什么时候', '什么时间', '何时', '多久', '多长', '多少', '多少钱', '几天', '几年', '几次', '几个', '几个月', '多大', '多高',
  '什么', '什么样', '哪些', '哪个', '哪种', '哪类', '哪几种', '哪几类', '哪几项', '哪几个', '何种', '哪里', '哪儿', '哪', '谁', '为什么', '为何', '怎么', '怎样', '怎么样', '如何', '怎么办', '咋办', '咋', '啥',
  '是否', '能否', '可否', '有没有', '是不是', '要不要', '需不需要', '应不应', '能不能', '可不可以', '会不会',
  '要', '需要', '应该', '得到',
  '吗', '呢', '吧', '啊', '呀', '么',
  '的', '地', '得', '了', '着', '过', '是', '在', '和', '与', '及', '或', '对', '把', '被', '由', '从', '向', '将', '以', '于', '之',
  '请问', '关于', '有关', '相关',
];

// Compared with folded queries, so folded too (a traditional 什麼 asks the same).
export const STOP_WORDS: ReadonlySet<string> = new Set(QUESTION_WORDS.map(fold));

/** The words of ASKS_WHICH that ask for several of a kind (ASKS_LIST). */
const LISTS_ASKED = ['哪些', '哪几种', '哪几类', '哪几项', '哪几个'];

/** Modal verbs: what follows 哪些 in 哪些可以申请 is no kind. */
export const MODALS: ReadonlySet<string> = new Set(['可以', '应当', '应该', '必须', '不得', '能够', '需要', '可能'].map(fold));

/**
 * Words that ask which of a kind: the word after them names the kind (the
 * 情况 of 哪些情况要一票否决), which the answer need not repeat. That word
 * adds to the score but does not admit a clause.
 */
export const ASKS_WHICH: ReadonlySet<string> = new Set([...LISTS_ASKED, '什么', '什么样', '哪个', '哪种', '哪类', '何种'].map(fold));

/**
 * Words that ask what a thing means (不可抗力是指什么, 居住权的含义): the answer
 * defines it, often with 是指, but may say only 是 (不可抗力是不能预见……的客观
 * 情况). They do not admit a clause; like any hint, one too common to list by
 * position (是指 in a national collection) does not add to the score either.
 */
export const ASKS_MEANING: ReadonlySet<string> = new Set(['是指', '含义', '定义', '意思', '概念'].map(fold));

/**
 * Words that ask for a list of a kind (哪些情形, 方式有哪些): a statute answers
 * with one that opens 有下列情形之一的 or 采用以下方式. A provision that so
 * introduces a list of the asked kind is ranked first among those holding
 * the question's words (parse-query.ts answerForms).
 */
export const ASKS_LIST: ReadonlySet<string> = new Set(LISTS_ASKED.map(fold));
/** How a statute introduces a list. */
export const LIST_OPENERS: readonly string[] = ['下列', '以下', '下列各项'];
