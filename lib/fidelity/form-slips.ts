/**
 * Slips of form that a careful reader catches without any parallel text: a
 * date whose day lacks 日, a closing ” read as two single quotes ’’, an ASCII
 * quote mark standing alone between Chinese characters, and a run of spaces
 * that a page layout left inside a Chinese phrase. Each is read off one line
 * of text; what the text should read is proposed only where the form itself
 * says so (the missing 日, the ”, the spaces removed). A stray quote mark
 * could stand for any mark, so it is only ever flagged.
 */
import type { ClauseRecord, Finding } from '../corpus/export-contract';
import { FULL_WIDTH, HAN_RANGE as HAN } from './patterns';

export type FormSlipKind = 'date-without-day' | 'quote-as-singles' | 'stray-ascii-quote' | 'space-in-phrase';

export type FormSlip = {
  kind: FormSlipKind;
  /** Offset of `find` in the text. */
  start: number;
  /** The printed passage, with enough context to be unique on its line. */
  find: string;
  /** What it should read, or null where the form does not say. */
  replace: string | null;
  /** Why, in the errata's language. */
  reason: string;
};

/**
 * 年 月 and a day number, then a closing bracket or quote or a sentence end.
 * A day printed as a range or list (5月3、4日, 5月3至5日) or as 号 continues
 * otherwise and is left alone, and so is a date at the end of a line: scraped
 * promulgation notes break "2014年9月26" from its "日" onto the next line.
 */
const DATE_WITHOUT_DAY = /(?<![0-9０-９])((?:19|20)[0-9]{2}年(1[0-2]|0?[1-9])月(3[01]|[12][0-9]|0?[1-9]))(?=[)）」』”〕\]】》。；;])/g;
/** “ … ’’ : the closing double quote read as two single ones (and ‘‘ … ” for the opening one). */
const CLOSE_AS_SINGLES = /“[^“”‘’\n]{1,40}?(’’)/g;
const OPEN_AS_SINGLES = /(‘‘)[^“”‘’\n]{1,40}?”/g;
/** An ASCII ' or ` with a Chinese character on its left and right: no scrape prints a quotation so. */
const STRAY_QUOTE = new RegExp(`(?<=[${HAN}，、；：])['\`](?=[${HAN}])`, 'g');
/**
 * Spaces between a Chinese character or an in-sentence mark (、，) and a
 * Chinese character, when a no-break space is among them: a layout line
 * break, not a spacing the drafter chose (titles and 第一条 labels are
 * spaced with ordinary or ideographic spaces).
 */
const SPACE_IN_PHRASE = new RegExp(`(?<=[${HAN}、，])[ \\u00a0]*\\u00a0[ \\u00a0]*(?=[${HAN}])`, 'g');

/** A heading or article label (第一章, 第十二条): the space after it is layout, kept as printed. */
const LABEL_BEFORE = /第[〇零一二三四五六七八九十百千0-9０-９]+[编章节条款]$/;

/** A heading set letter-spaced (总  则, 附  则): one character on each side, nothing else of the word. */
const SPACED_HEADING = new RegExp(`^(?:^|[^${HAN}])?[${HAN}][ \\u00a0\\u3000]+[${HAN}](?:[^${HAN}]|$)`);
/** A legislative history note runs its entries on one line, spaced: "……修正  根据……". */
const HISTORY_BREAK = /(?:修正|修订|通过|批准|公布)[ \u00a0\u3000]+根据/;

/** Characters of context on each side of a slip, so `find` names one place. */
const CONTEXT = 2;

export function formSlips(text: string): FormSlip[] {
  const out: FormSlip[] = [];
  const around = (start: number, end: number) => [Math.max(0, start - CONTEXT), Math.min(text.length, end + CONTEXT)] as const;
  const add = (kind: FormSlipKind, start: number, end: number, replacement: string | null, reason: string) => {
    const [a, b] = around(start, end);
    const find = text.slice(a, b);
    out.push({ kind, start: a, find, replace: replacement === null ? null : text.slice(a, start) + replacement + text.slice(end, b), reason });
  };
  for (const m of text.matchAll(DATE_WITHOUT_DAY)) {
    const end = m.index! + m[1].length;
    add('date-without-day', m.index!, end, m[1] + '日', `日期“${m[1]}”缺“日”。`);
  }
  for (const m of text.matchAll(CLOSE_AS_SINGLES)) {
    const at = m.index! + m[0].length - 2;
    add('quote-as-singles', at, at + 2, '”', '前引号是双引号“，后引号却是两个单引号’’，是把”识读成了两个’。');
  }
  for (const m of text.matchAll(OPEN_AS_SINGLES)) {
    add('quote-as-singles', m.index!, m.index! + 2, '“', '后引号是双引号”，前引号却是两个单引号‘‘，是把“识读成了两个‘。');
  }
  for (const m of text.matchAll(STRAY_QUOTE)) {
    add('stray-ascii-quote', m.index!, m.index! + 1, null, `汉字之间夹着一个孤立的英文引号“${m[0]}”，当是句中标点识读错误，原标点无法确定。`);
  }
  for (const m of text.matchAll(SPACE_IN_PHRASE)) {
    const end = m.index! + m[0].length;
    if (LABEL_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    if (SPACED_HEADING.test(text.slice(Math.max(0, m.index! - 2), end + 2))) continue;
    if (HISTORY_BREAK.test(text.slice(Math.max(0, m.index! - 2), end + 2))) continue;
    add('space-in-phrase', m.index!, m.index! + m[0].length, '', '汉字句中夹着空白（含不换行空格），是排版折行留下的，不是原文的间隔。');
  }
  return out.sort((a, b) => a.start - b.start);
}

/** An errata entry proposed for a slip of form, ready to paste; `declared` names an entry already made at that place. */
export type FormSlipCandidate =
  | { id: string; line: number; kind: 'substitution' | 'insertion' | 'deletion'; find: string; replace: string; evidence: string; confidence: 'high' | 'medium'; declared?: string; slip: FormSlipKind }
  | { id: string; line: number; suspect: true; find: string; note: string; declared?: string; slip: FormSlipKind };

const CONFIDENCE: Record<FormSlipKind, 'high' | 'medium'> = {
  // The day number is printed; only its unit is missing.
  'date-without-day': 'high',
  // The opening quote is printed; only the closing one was misread.
  'quote-as-singles': 'high',
  'stray-ascii-quote': 'medium',
  // A space may also separate two items the drafter spaced on purpose.
  'space-in-phrase': 'medium',
};

/**
 * One candidate per slip on the document's verbatim lines. `declared` are the
 * corrections already made (by line and column), `suspects` the places
 * already declared as suspected damage (by line and passage).
 */
const EDIT_KIND: Record<FormSlipKind, 'substitution' | 'insertion' | 'deletion'> = {
  'date-without-day': 'insertion',
  'quote-as-singles': 'substitution',
  'stray-ascii-quote': 'substitution',
  'space-in-phrase': 'deletion',
};

export function formSlipCandidates(
  lines: { line: number; text: string }[],
  declared: { id: string; line: number; column: number }[] = [],
  suspects: { id: string; line: number; find: string }[] = [],
): FormSlipCandidate[] {
  const out: FormSlipCandidate[] = [];
  for (const l of lines) {
    formSlips(l.text).forEach((s, i) => {
      const id = `${s.kind}-l${l.line}-${i + 1}`;
      const at =
        declared.find((d) => d.line === l.line && d.column >= s.start && d.column <= s.start + s.find.length)?.id ??
        suspects.find((d) => d.line === l.line && (d.find.includes(s.find) || s.find.includes(d.find)))?.id;
      if (s.replace === null) {
        out.push({ id: `suspect-${id}`, line: l.line, suspect: true, find: s.find, note: s.reason, declared: at, slip: s.kind });
        return;
      }
      out.push({ id, line: l.line, kind: EDIT_KIND[s.kind], find: s.find, replace: s.replace, evidence: s.reason, confidence: CONFIDENCE[s.kind], declared: at, slip: s.kind });
    });
  }
  return out;
}

/**
 * A notice on each clause whose displayed text shows a slip of form. Read off
 * the text as displayed, so a declared erratum that mends it ends the notice;
 * a place declared as suspected damage has that entry's notice instead.
 */
export function formSlipFindings(documentId: string, clauses: ClauseRecord[], suspects: { find: string }[] = []): Finding[] {
  return clauses.flatMap((c) =>
    formSlips(c.head.map((r) => r.text).join(''))
      .filter((s) => !suspects.some((x) => c.sourceText.includes(x.find) && (fold(x.find).includes(fold(s.find)) || fold(s.find).includes(fold(x.find)))))
      .map((s) => ({
      documentId,
      clauseId: c.id,
      kind: 'form-slip' as const,
      message: `${s.reason}（“${s.find.trim()}”）${s.replace === null ? '' : '可用 kb errata suggest 生成校订候选。'}`,
      severity: 'warning' as const,
    })),
  );
}

/** The displayed text prints full-width marks where the source has ASCII ones; compare the two forms alike. */
function fold(s: string): string {
  return s.replace(/[,;:!?()]/g, (ch) => FULL_WIDTH[ch]);
}
