/**
 * 文号 whose year brackets do not pair: "赣综治办(2010]34号", "〔2016)8号".
 * Scrapes mix bracket styles, so any matching pair is accepted as printed;
 * a mismatched pair is damage. The repair closes with the partner of the
 * opening bracket — one character, the least the text must change — and is
 * used alike by the finding, the errata candidate and the citation
 * extractor, so a broken bracket is never copied on as a 文号.
 */
import type { ClauseRecord, Finding } from '../corpus/export-contract';
import { DOC_NUMBER } from '../refs/patterns';

const PARTNER: Record<string, string> = { '〔': '〕', '［': '］', '[': ']', '（': '）', '(': ')', '【': '】' };
const YEAR_BRACKETS = /([〔［[（(【])((?:19|20)[0-9]{2})([〕］\]）)】])/;

export type BrokenDocNumber = {
  /** Offset of the 文号 (from its prefix) in the text. */
  start: number;
  raw: string;
  repaired: string;
  /** The bracketed year as printed and as repaired: "(2010]" → "(2010)". */
  find: string;
  replace: string;
};

/** The 文号 as printed, its year brackets paired if they were not. */
export function repairDocNumber(raw: string): string {
  const m = YEAR_BRACKETS.exec(raw);
  if (!m || PARTNER[m[1]] === m[3]) return raw;
  return raw.slice(0, m.index) + m[1] + m[2] + PARTNER[m[1]] + raw.slice(m.index + m[0].length);
}

export function brokenDocNumbers(text: string): BrokenDocNumber[] {
  const out: BrokenDocNumber[] = [];
  for (const m of text.matchAll(DOC_NUMBER)) {
    const repaired = repairDocNumber(m[0]);
    if (repaired === m[0]) continue;
    const y = YEAR_BRACKETS.exec(m[0])!;
    out.push({ start: m.index!, raw: m[0], repaired, find: y[0], replace: y[1] + y[2] + PARTNER[y[1]] });
  }
  return out;
}

/** An errata entry proposed for a broken 文号, ready to paste; `declared` names an entry that already makes it. */
export type DocNumberCandidate = {
  id: string;
  line: number;
  column: number;
  find: string;
  replace: string;
  kind: 'substitution';
  evidence: string;
  confidence: 'medium';
  declared?: string;
};

/**
 * One candidate per broken 文号 on the document's verbatim lines. Medium,
 * not high: the pair is certainly broken, but whether the drafter printed
 * (2010) or 〔2010〕 the text cannot say; the repair changes one character.
 */
export function docNumberCandidates(
  lines: { line: number; text: string }[],
  declared: { id: string; line: number; column: number; corrected: string }[] = [],
): DocNumberCandidate[] {
  const out: DocNumberCandidate[] = [];
  for (const l of lines) {
    brokenDocNumbers(l.text).forEach((b, i) => {
      const column = b.start + b.raw.indexOf(b.find) + b.find.length - 1;
      const close = b.replace.at(-1)!;
      out.push({
        id: `wenhao-l${l.line}-${i + 1}`,
        line: l.line,
        column,
        find: b.raw,
        replace: b.repaired,
        kind: 'substitution',
        evidence: `文号“${b.raw}”的年份括号不配对：开括号是“${b.find[0]}”，闭括号却是“${b.find.at(-1)}”。按开括号补成“${close}”，只改一个字；原件用的是哪种括号无从确定。`,
        confidence: 'medium',
        declared: declared.find((d) => d.line === l.line && d.column === column && d.corrected === close)?.id,
      });
    });
  }
  return out;
}

/**
 * A notice on each clause that displays a broken 文号. Read off the text as
 * displayed, so a declared erratum that pairs the brackets ends the notice
 * (its own 已校订 notice takes over); `kb errata suggest` proposes the entry.
 */
export function docNumberFindings(documentId: string, clauses: ClauseRecord[]): Finding[] {
  return clauses.flatMap((c) =>
    brokenDocNumbers(c.head.map((r) => r.text).join('')).map((b) => ({
      documentId,
      clauseId: c.id,
      kind: 'doc-number-brackets' as const,
      message: `文号“${b.raw}”的年份括号不配对，引用时按“${b.repaired}”识别；可用 kb errata suggest 生成校订候选。`,
      severity: 'warning' as const,
    })),
  );
}
