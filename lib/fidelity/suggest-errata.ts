/**
 * Candidate errata for a document that copies a parent text: where a local
 * sentence equals a parent sentence except for a short gap, the parent shows
 * the words the local text lost. Candidates are proposals for an editor, never
 * corrections: each carries the parallel sentence as evidence and a confidence
 * that reflects how long and exact the surrounding match is.
 */
import { alignSentence, MIN_CONTEXT, type Gap } from './align-sentence';
import { bigramsOf, splitSentences, type Sentence } from './split-sentences';
import { CLAUSE_END, HAN, SENTENCE_END } from './patterns';
import { minimalEdit } from './resolve-errata';
import { placeEdit } from './place-edit';
import { repeatGaps } from './repeat-gaps';

export type LocalLine = { line: number; text: string; clauseId: string | null };
export type ParentPassage = { clauseId: string; label: string; text: string };

export type SuggestInput = {
  documentId: string;
  /** The document's source lines, verbatim, with their 1-based line numbers. */
  lines: LocalLine[];
  parent: { documentId: string; title: string; passages: ParentPassage[] };
  /** Word segmentation; when given, repeated-pattern insertions never split a word. */
  segment?: (text: string) => string[];
  /**
   * Also propose short substitutions. Off by default: a different word in the same slot is
   * usually the drafter's choice (省 for 中央, 督导 for 督促), so these need a reader even more.
   */
  substitutions?: boolean;
  /** Corrections already declared, so candidates they cover are marked rather than repeated. */
  declared?: { id: string; line: number; column: number; corrected: string }[];
  maxGap?: number;
};

export type ErratumCandidate = {
  id: string;
  line: number;
  /** Offset on the line where the edit applies. */
  column: number;
  clauseId: string | null;
  kind: 'insertion' | 'substitution';
  original: string;
  corrected: string;
  find: string;
  replace: string;
  confidence: 'high' | 'medium' | 'low';
  /** 'parallel': read off an aligned parent sentence; 'repeated': the same gap pattern seen elsewhere. */
  basis: 'parallel' | 'repeated';
  /** The parallel sentence; `at` is where the parent's reading of the gap starts in it. */
  parallel: { documentId: string; clauseId: string; label: string; sentence: string; at: number; reading: string };
  /** Ready to paste as the erratum's `evidence`. */
  evidence: string;
  note: string;
  /** Id of a declared erratum that already makes this correction. */
  declared?: string;
};

/** A parent sentence or clause to match; `quote` is the whole sentence that holds it, for evidence. */
type ParentSentence = { passage: ParentPassage; sentence: Sentence; quote: Sentence; bigrams: Set<string> };

export function suggestErrata(input: SuggestInput): ErratumCandidate[] {
  const maxGap = input.maxGap ?? 4;
  // Sentences, and clauses within them: a local sentence that joins two parent sentences still has clauses that match.
  const levels = [SENTENCE_END, CLAUSE_END].map((ends) => ({ ends, parents: input.parent.passages.flatMap((p) => parentUnits(p, ends)) }));
  const parentText = input.parent.passages.map((p) => p.text).join('\n');
  const attested = bigramsOf(parentText);
  const known: Known = { parentChars: new Set(parentText), localText: input.lines.map((l) => l.text).join('\n'), substitutions: input.substitutions ?? false };
  const parallel: ErratumCandidate[] = [];
  for (const line of input.lines) {
    for (const { ends, parents } of levels) for (const sentence of splitSentences(line.text, ends)) {
      for (const match of copiedSentences(sentence.text, parents, maxGap)) {
        for (const gap of match.alignment.gaps) {
          const c = toCandidate(input, line, sentence.start + gap.at, gap, match.parent, known);
          // One place, one proposal: the best-matching parent sentence comes first.
          if (c && !parallel.some((x) => x.line === c.line && x.column === c.column && x.corrected === c.corrected)) parallel.push(c);
        }
      }
    }
  }
  const repeated = repeatGaps({ lines: input.lines, established: parallel, attested, parentTexts: input.parent.passages.map((p) => p.text), segment: input.segment });
  return identify([...parallel, ...repeated], input.declared ?? []);
}

/** In line order, with ids an editor can keep (l<line>-<n>) and the declared erratum each one matches. */
function identify(candidates: ErratumCandidate[], declared: NonNullable<SuggestInput['declared']>): ErratumCandidate[] {
  const sorted = candidates.sort((a, b) => a.line - b.line || a.column - b.column);
  const perLine = new Map<number, number>();
  for (const c of sorted) {
    const n = (perLine.get(c.line) ?? 0) + 1;
    perLine.set(c.line, n);
    c.id = `l${c.line}-${n}`;
    c.declared = declared.find((d) => d.line === c.line && d.column === c.column && d.corrected === c.corrected)?.id;
  }
  return sorted;
}

function parentUnits(passage: ParentPassage, ends: RegExp): ParentSentence[] {
  const sentences = splitSentences(passage.text);
  return splitSentences(passage.text, ends).map((sentence) => {
    const quote = sentences.find((q) => q.start <= sentence.start && sentence.start < q.start + q.text.length) ?? sentence;
    return { passage, sentence, quote, bigrams: bigramsOf(sentence.text) };
  });
}

/**
 * The parent sentences this local sentence copies, best first. A local
 * sentence may join two parent sentences, so each candidate is judged on its
 * own: it is copied if most of the shorter of the two reappears in order.
 */
function copiedSentences(local: string, parents: ParentSentence[], maxGap: number) {
  const mine = bigramsOf(local);
  return parents
    .map((p) => ({ p, shared: [...mine].filter((b) => p.bigrams.has(b)).length }))
    .filter((r) => r.shared >= 3)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, 5)
    .map(({ p }) => ({ parent: p, alignment: alignSentence(local, p.sentence.text, maxGap) }))
    .filter(({ parent, alignment }) => alignment.equal >= Math.max(8, 0.5 * Math.min(local.length, parent.sentence.text.length)))
    .sort((a, b) => b.alignment.equal - a.alignment.equal);
}

/** What the whole comparison knows: the parent's characters and the local document's text. */
type Known = { parentChars: Set<string>; localText: string; substitutions: boolean };

function toCandidate(input: SuggestInput, line: LocalLine, column: number, gap: Gap, parent: ParentSentence, known: Known): ErratumCandidate | null {
  const intact = known.localText.split(gap.parent).length - 1;
  const confidence = rate(gap, intact, known);
  if (!confidence) return null;
  const placed = placeEdit(line.text, column, gap.local.length, gap.parent, gap.left, gap.right);
  const edit = minimalEdit(placed.find, placed.replace);
  const kind = edit.original ? 'substitution' : 'insertion';
  const why = [`${gap.left}/${gap.right} identical characters before/after`];
  if (gap.bridged) why.push('context spans another gap');
  why.push(intact ? `“${gap.parent}” occurs intact ${intact} times in this document` : `“${gap.parent}” never occurs intact in this document`);
  const label = parent.passage.label;
  const sentence = parent.quote.text;
  const at = parent.sentence.start - parent.quote.start + gap.parentAt;
  return {
    id: '',
    line: line.line,
    column: placed.start + edit.offset,
    clauseId: line.clauseId,
    kind,
    original: edit.original,
    corrected: edit.corrected,
    find: placed.find,
    replace: placed.replace,
    confidence,
    basis: 'parallel',
    parallel: { documentId: input.parent.documentId, clauseId: parent.passage.clauseId, label, sentence, at, reading: gap.parent },
    evidence: `${input.parent.title}${label}：“${sentence}”`,
    note: why.join('; '),
  };
}

/**
 * Confidence from how much identical text surrounds the gap, and whether the
 * document ever writes the missing word: a word it never writes was most
 * likely dropped wherever it belongs, while a word it uses elsewhere may have
 * been left out on purpose.
 */
function rate(gap: Gap, intact: number, known: Known): ErratumCandidate['confidence'] | null {
  const near = Math.min(gap.left, gap.right);
  const far = Math.max(gap.left, gap.right);
  if (gap.local) {
    // Only a word foreign to the parent, inside long exact context, looks like damage rather than wording.
    const foreign = [...gap.local].some((c) => HAN.test(c) && !known.parentChars.has(c));
    return known.substitutions && near >= 8 && !gap.bridged && foreign ? 'low' : null;
  }
  const systematic = intact === 0;
  if (near >= 8 && !gap.bridged) return systematic ? 'high' : 'medium';
  if (near >= MIN_CONTEXT) return systematic ? 'medium' : 'low';
  return near >= 2 && far >= 8 && systematic ? 'low' : null;
}
