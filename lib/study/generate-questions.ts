/**
 * Clauses → fill-in-the-blank questions, by general rules (question-rules):
 * time limits, who is responsible, which measure follows which. Each
 * question is a sentence of one clause with the answer cut out, so the
 * answer is always the clause's own words, and it links back to the clause.
 */
import { pushTo } from '../push-to';
import type { ClauseRecord } from '../corpus/export-contract';
import { ClauseIndex, citationName, isHeadingKind } from '../clause';
import { measuresOf, sequenceCandidates, timeCandidates, whoCandidates, type Candidate, type QuestionKind } from './question-rules';
import { SENTENCE_END } from '../fidelity/patterns';

export type { QuestionKind } from './question-rules';

export type Question = {
  /** Stable across builds while the clause's text is unchanged: progress is kept by it. */
  id: string;
  kind: QuestionKind;
  documentId: string;
  clauseId: string;
  /** 《…》第二十四条 */
  cite: string;
  /** The sentence cut at its blanks: prompt.length - 1 blanks, all with the same answer. */
  prompt: string[];
  answer: string;
  /** Other wordings accepted as the answer: the glossary's aliases and synonyms.yaml (lib/content/parse-synonyms). */
  accepted?: string[];
  hint: string;
  /** Options to pick from, for answers too long to type exactly (who, sequence). */
  choices?: string[];
  /** Topics that embed this clause or one of its ancestors. */
  topics: string[];
};

export type QuestionSource = {
  documents: { id: string; title: string }[];
  clauses: ClauseRecord[];
  topics?: { slug: string; refs: string[] }[];
  /** Synonym groups, as search uses them (lib/content/parse-synonyms). */
  synonyms?: string[][];
};

/** A prompt longer than this is cut to the words around the blank. */
const MAX_PROMPT = 150;
const WINDOW = 60;
const MAX_CHOICES = 4;
/** How many answers from other documents a question's wrong choices are drawn from: the first of its kind to occur. */
const OTHER_POOL = 256;

export function generateQuestions(source: QuestionSource): Question[] {
  const out: Question[] = [];
  const seen = new Set<string>();
  const synonymsOf = synonymTable(source.synonyms ?? []);
  // Grouped once: filtering every clause for each document was quadratic at national size.
  const clausesOf = new Map<string, ClauseRecord[]>();
  for (const c of source.clauses) pushTo(clausesOf, c.documentId, c);
  for (const doc of source.documents) {
    const clauses = clausesOf.get(doc.id) ?? [];
    const tree = new ClauseIndex(clauses);
    const measures = measuresOf(clauses.map(headText));
    for (const clause of clauses) {
      // Captions and containers: nothing to ask.
      if (clause.kind === 'title' || isHeadingKind(clause.kind)) continue;
      const text = headText(clause);
      const candidates = distinct([...timeCandidates(text), ...whoCandidates(text), ...sequenceCandidates(text, measures)]);
      for (const c of candidates) {
        // Another blank's words (…委员会办公室 around …委员会) stay as printed.
        const keep = [...candidates.filter((o) => o !== c), ...(c.keep ? [c.keep] : [])];
        const prompt = cutPrompt(text, c, keep);
        const key = prompt.join('\u0000') + '\u0001' + text.slice(c.start, c.end);
        if (seen.has(key)) continue;
        seen.add(key);
        const answer = text.slice(c.start, c.end);
        const accepted = c.kind === 'time' ? [] : alternatives(answer, synonymsOf);
        out.push({
          id: `${doc.id}#${clause.id}@${c.kind}-${c.start}`,
          kind: c.kind,
          documentId: doc.id,
          clauseId: clause.id,
          cite: citationName(doc, clause, tree),
          prompt,
          answer,
          ...(accepted.length ? { accepted } : {}),
          hint: c.hint,
          topics: topicsOf(clause, tree, source.topics ?? []),
        });
      }
    }
  }
  return addChoices(out);
}

function synonymTable(groups: string[][]): Map<string, string[]> {
  return new Map(groups.flatMap((g) => g.map((w) => [w, g.filter((x) => x !== w)] as [string, string[]])));
}

/** Shortest wording swapped inside a longer answer: two-character ones (上访) are too often part of another word. */
const MIN_SWAPPED = 3;

/**
 * Wordings that say the same as the answer: the whole answer in another
 * wording of its group (挂账督办 for 挂牌督办), or one wording of a group
 * inside the answer swapped for another (…社会治安综合治理委员会 → …综治委员会).
 */
export function alternatives(answer: string, synonymsOf: Map<string, string[]>): string[] {
  const out = new Set<string>(synonymsOf.get(answer) ?? []);
  for (const [wording, others] of synonymsOf) {
    if (wording === answer || wording.length < MIN_SWAPPED) continue;
    const at = answer.indexOf(wording);
    if (at < 0) continue;
    for (const o of others) out.add(answer.slice(0, at) + o + answer.slice(at + wording.length));
  }
  out.delete(answer);
  return [...out];
}

export function headText(c: ClauseRecord): string {
  return c.head.map((r) => r.text).join('');
}

/** One question per span: rules may find the same words twice (由X负责 and X对…负总责). */
function distinct(candidates: Candidate[]): Candidate[] {
  const taken: Candidate[] = [];
  for (const c of candidates.sort((a, b) => a.start - b.start)) {
    if (!taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c);
  }
  return taken;
}

/** The sentence around the blank (from the trigger, for a sequence), every occurrence of a worded answer blanked. */
export function cutPrompt(text: string, c: Candidate, keep: { start: number; end: number }[] = []): string[] {
  let from = sentenceStart(text, Math.min(c.start, c.contextStart ?? c.start));
  let to = sentenceEnd(text, c.end);
  if (to - from > MAX_PROMPT) {
    from = Math.max(from, softEdge(text, c.start - WINDOW, -1));
    to = Math.min(to, softEdge(text, c.end + WINDOW, 1));
  }
  const answer = text.slice(c.start, c.end);
  const numeric = /^[0-9０-９零〇一二两三四五六七八九十百千半]+$/.test(answer);
  const free = (i: number) => i === c.start || !keep.some((k) => k.start < i + answer.length && i < k.end);
  const blanks: number[] = numeric || answer.length < 2 ? [c.start] : occurrences(text, answer, from, to).filter(free);
  const pieces: string[] = [];
  let at = from;
  for (const b of blanks) {
    pieces.push(text.slice(at, b));
    at = b + answer.length;
  }
  pieces.push(text.slice(at, to));
  if (from > 0 && !SENTENCE_END.test(text[from - 1])) pieces[0] = '……' + pieces[0];
  if (to < text.length && !SENTENCE_END.test(text[to - 1])) pieces[pieces.length - 1] += '……';
  return pieces;
}

function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (SENTENCE_END.test(text[i])) return i + 1;
  return 0;
}
function sentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) if (SENTENCE_END.test(text[i])) return i + 1;
  return text.length;
}
/** Move a cut to the nearest comma so a prompt does not start or end mid-phrase. */
function softEdge(text: string, at: number, dir: -1 | 1): number {
  const clamped = Math.max(0, Math.min(text.length, at));
  for (let i = clamped, n = 0; n < 20 && i > 0 && i < text.length; i += dir, n++) if (/[，、：]/.test(text[i])) return i + 1;
  return clamped;
}
function occurrences(text: string, word: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(word, from); i >= 0 && i + word.length <= to; i = text.indexOf(word, i + word.length)) out.push(i);
  return out;
}

function topicsOf(clause: ClauseRecord, tree: ClauseIndex, topics: { slug: string; refs: string[] }[]): string[] {
  const chain = new Set<string>();
  for (let c: ClauseRecord | undefined = clause; c; c = tree.parent(c)) chain.add(`${c.documentId}#${c.id}`);
  return topics.filter((t) => t.refs.some((r) => chain.has(r))).map((t) => t.slug);
}

/** Who- and sequence-answers are phrases: offer the answer among others of the same kind, same document first. */
function addChoices(questions: Question[]): Question[] {
  // Each kind's distinct answers in the order they first occur, with the first two documents they occur in;
  // and each document's answers of each kind. A question looks at its own document's answers and at most
  // OTHER_POOL others: looking at every answer of its kind made the national corpus's questions quadratic.
  type Seen = { answer: string; docs: [string, number][] };
  const byKind = new Map<string, Map<string, Seen>>();
  const inDocument = new Map<string, { answer: string; at: number }[]>();
  const firstInDocument = new Set<string>();
  questions.forEach((o, i) => {
    const answers = byKind.get(o.kind) ?? byKind.set(o.kind, new Map()).get(o.kind)!;
    let seen = answers.get(o.answer);
    if (!seen) answers.set(o.answer, (seen = { answer: o.answer, docs: [] }));
    const key = `${o.kind}\u0000${o.documentId}`;
    if (firstInDocument.has(`${key}\u0000${o.answer}`)) return;
    firstInDocument.add(`${key}\u0000${o.answer}`);
    if (seen.docs.length < 2) seen.docs.push([o.documentId, i]);
    pushTo(inDocument, key, { answer: o.answer, at: i });
  });
  const pools = new Map([...byKind].map(([kind, answers]) => [kind, [...answers.values()].slice(0, OTHER_POOL + 2)]));
  return questions.map((q) => {
    if (q.kind === 'time') return q;
    // A wording accepted as right is no wrong choice: offering it would put two right answers side by side.
    const right = new Set([q.answer, ...(q.accepted ?? [])]);
    const same: { answer: string; at: number }[] = [];
    for (const s of inDocument.get(`${q.kind}\u0000${q.documentId}`) ?? []) if (!right.has(s.answer)) same.push(s);
    const other: { answer: string; at: number }[] = [];
    for (const s of pools.get(q.kind)!) {
      if (right.has(s.answer)) continue;
      const elsewhere = s.docs.find(([d]) => d !== q.documentId);
      if (elsewhere && other.length < OTHER_POOL) other.push({ answer: s.answer, at: elsewhere[1] });
    }
    // Shuffled by a hash of the question; equal hashes keep the order the answers first appear in.
    const shuffled = (list: { answer: string; at: number }[]) => list.sort((a, b) => hash(q.id + a.answer) - hash(q.id + b.answer) || a.at - b.at).map((x) => x.answer);
    const others = [...new Set([...shuffled(same), ...shuffled(other)])].slice(0, MAX_CHOICES - 1);
    if (!others.length) return q;
    return { ...q, choices: [q.answer, ...others].sort((a, b) => hash(q.id + a) - hash(q.id + b)) };
  });
}

/** A small deterministic hash, so choices are shuffled the same way in every build. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
