/**
 * Repeal notices in a document's text: "……《X》同时废止", "《X》自本条例施行之日
 * 起废止". Each names the titles it repeals, with the sentence quoted as
 * evidence; which version of X that is, is decided by the caller (the one
 * in force at the repealing document's date).
 */
import type { ClauseRecord } from '../corpus/export-contract';
import type { FoundDocumentCitation } from '../refs/model';
import { cleanText } from '../refs/clean-text';
import { PRINTED_DATE, REPEAL_GAP, REPEAL_GAP_VETO, REPEAL_WORD, SENTENCE_END } from './patterns';
import { citedIn } from './cited-in';

/** `printedDate`: the last date printed before the title since the previous one (通过、修正的《X》), which names the version. */
export type RepealNotice = { citation: FoundDocumentCitation; sentence: string; clause: ClauseRecord; printedDate: string | null };

/** Clauses whose text holds no other clause's: articles carry their paragraphs, so only these are read. */
function readable(clauses: ClauseRecord[]): ClauseRecord[] {
  const articles = clauses.filter((c) => c.kind === 'article' || c.kind === 'preamble');
  return articles.length ? articles : clauses.filter((c) => c.kind !== 'title' && c.parentId === null);
}

export function findRepeals(clauses: ClauseRecord[]): RepealNotice[] {
  const out: RepealNotice[] = [];
  for (const clause of readable(clauses)) {
    if (!clause.text.includes('废止')) continue;
    for (const sentence of cleanText(clause.text).split(SENTENCE_END)) {
      if (!sentence.includes('废止')) continue;
      const cited = repealedIn(sentence);
      cited.forEach((citation, i) => out.push({ citation, sentence: sentence.trim(), clause, printedDate: printedDate(sentence, i ? cited[i - 1].span.end : 0, citation.span.start) }));
    }
  }
  return out;
}

/** The titles a sentence repeals: those before a repeal word that follows the last of them closely. */
export function repealedIn(sentence: string): FoundDocumentCitation[] {
  const cited = citedIn(sentence);
  const out: FoundDocumentCitation[] = [];
  let from = 0;
  for (const m of sentence.matchAll(REPEAL_WORD)) {
    const at = m.index!;
    if (cited.some((c) => c.span.start <= at && at < c.span.end)) continue;
    const before = cited.filter((c) => c.span.end <= at && c.span.start >= from);
    const last = before.at(-1);
    if (!last) continue;
    const gap = sentence.slice(last.span.end, at);
    if (REPEAL_GAP.test(gap) && !REPEAL_GAP_VETO.test(gap)) out.push(...before);
    from = at + m[0].length;
  }
  return out;
}

/** The last date in the clause before the title ("本条例自2020年1月1日起施行，" is the repealing text's own date, not X's). */
function printedDate(sentence: string, from: number, to: number): string | null {
  const text = sentence.slice(Math.max(from, sentence.lastIndexOf('，', to) + 1), to);
  const m = [...text.matchAll(PRINTED_DATE)].at(-1)?.groups;
  return m ? `${m.y}-${m.m.padStart(2, '0')}-${m.d.padStart(2, '0')}` : null;
}
