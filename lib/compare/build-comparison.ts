/**
 * Everything a comparison page (and its CSV) shows for one pair, for both
 * wordings: the rows with their diffs, similarities and one-line change
 * summaries, and the summary. Pure over the corpus index, the pair's links
 * (see pair-links.ts) and the word segmentation the diffs are made of.
 */
import { globalId, splitGlobalId, type CorpusIndex } from '../content/corpus-index';
import type { ClauseRecord, DocumentRecord, LinkRecord } from '../corpus/export-contract';
import { citationUnits, clauseName } from '../clause';
import { comparableText } from './comparable-text';
import type { ComparePair } from './compare-pairs';
import type { Segmenter } from '../refs/term-bag';
import { changeLine } from './row-changes';
import { diffClauses, hasChanges } from './diff-clauses';
import { detectConflicts, type Conflict } from './detect-conflicts';
import { routineKind, type RoutineKind } from './routine-articles';
import type { AlignedRow, CompareRow, DiffSegment, TextMode } from './model';
import { TEXT_MODES } from './model';
import { pairRows } from './pair-rows';
import { pairWording, type PairWording } from './pair-wording';
import { anchoredRows } from './row-anchor';
import { pairSimilarity, summarize, type CompareSummary } from './summarize';

export type ComparedRow = {
  row: CompareRow;
  /** Element id of the row. */
  anchor: string;
  /** Per wording; null for an unpaired row. */
  diff: Record<TextMode, DiffSegment[]> | null;
  similarity: Record<TextMode, number> | null;
  /** Whether the row shows any difference in that wording (unpaired rows always do). */
  changed: Record<TextMode, boolean>;
  /** Per wording, what changed in one line (row-changes.ts); null for an unpaired row. */
  changes: Record<TextMode, string> | null;
  /** For a row with one side only: the kind of routine article it is (routine-articles.ts), or null for substance. */
  routine: RoutineKind | null;
  /** Possible conflicts of an `implements` row (corrected wording), `local` being the left column. */
  conflicts: Conflict[];
};

/** A rejected link as a comparison row names it: the right clause's name and the decision. */
export type RejectedPairing = { to: string; name: string; review: LinkRecord['review'] };

export type Comparison = {
  pair: ComparePair;
  local: DocumentRecord;
  parent: DocumentRecord;
  wording: PairWording;
  rows: ComparedRow[];
  summary: Record<TextMode, CompareSummary>;
  /** Per wording, a diff lookup for the CSV and summary stages. */
  diffOf: Record<TextMode, (row: AlignedRow) => DiffSegment[]>;
  /** A row's clause as named everywhere else (lib/clause). */
  nameOf: (clause: ClauseRecord) => string;
  /** Links an editor rejected between the two documents, oriented left → right, by the left clause's global id. */
  rejected: Map<string, RejectedPairing[]>;
};

/**
 * `links`: the pair's links oriented left → right, as pairLinks gives them;
 * `segmenter`: the words the diffs compare (recorded-segmenter.ts where nodejieba cannot run).
 */
export function buildComparison(index: CorpusIndex, pair: ComparePair, links: LinkRecord[], segmenter: Segmenter): Comparison {
  const local = index.document(pair.local);
  const parent = index.document(pair.parent);
  if (!local || !parent) throw new Error(`buildComparison: unknown document in ${pair.local} / ${pair.parent}`);
  const left = citationUnits(index.clauseIndex(local.id));
  const right = citationUnits(index.clauseIndex(parent.id));
  // Only links between two units count (pairRows drops the rest): a link between two items
  // (（十八）1. ↔ 第二十条（一）) refines the link between their units, which is there too.
  const rows = pairRows(left, right, links);

  const cache = new Map<AlignedRow, Record<TextMode, DiffSegment[]>>();
  const diffs = (row: AlignedRow) => {
    let d = cache.get(row);
    if (!d) {
      const corrected = diffRow(row, 'corrected', segmenter);
      // Most rows carry no correction on either side: the 原文 diff is then the same diff.
      const same = row.local.text === row.local.sourceText && row.parent.text === row.parent.sourceText;
      d = { corrected, source: same ? corrected : diffRow(row, 'source', segmenter) };
      cache.set(row, d);
    }
    return d;
  };
  const diffOf = { corrected: (r: AlignedRow) => diffs(r).corrected, source: (r: AlignedRow) => diffs(r).source };

  const compared = anchoredRows(rows).map(({ row, anchor }): ComparedRow => {
    if (row.kind !== 'aligned') {
      const routine = routineKind(comparableText(row.kind === 'local-only' ? row.local : row.parent, 'corrected'));
      return { row, anchor, diff: null, similarity: null, changed: { corrected: true, source: true }, changes: null, routine, conflicts: [] };
    }
    const d = diffs(row);
    return {
      row,
      anchor,
      diff: d,
      similarity: { corrected: pairSimilarity(d.corrected), source: pairSimilarity(d.source) },
      routine: null,
      changed: { corrected: hasChanges(d.corrected), source: hasChanges(d.source) },
      changes: { corrected: changeLine(d.corrected, ROW_LINE), source: changeLine(d.source, ROW_LINE) },
      // The same check as the corpus's conflicts stage (corpus-conflicts.ts), on the row's two texts.
      conflicts: row.linkKind === 'implements' ? detectConflicts(comparableText(row.local, 'corrected'), comparableText(row.parent, 'corrected')) : [],
    };
  });

  const summary = Object.fromEntries(TEXT_MODES.map((m) => [m, summarize(rows, diffOf[m])])) as Record<TextMode, CompareSummary>;
  const viaTitles = pair.via.map((id) => index.document(id)?.shortTitle ?? id);
  const nameOf = (clause: ClauseRecord) => clauseName(clause, index.clauseIndex(clause.documentId));
  // Unpaired routine articles (施行日期, 解释权…) form their own group after the rows of substance, in their order.
  const ordered = [...compared.filter((r) => !r.routine), ...compared.filter((r) => r.routine)];
  return { pair, local, parent, wording: pairWording(pair, local, parent, viaTitles), rows: ordered, summary, diffOf, nameOf, rejected: rejectedBetween(index, left, parent.id) };
}

/** Rejected links from a left unit to the right document, or from it to a left unit (turned round). */
function rejectedBetween(index: CorpusIndex, left: ClauseRecord[], rightId: string): Map<string, RejectedPairing[]> {
  const out = new Map<string, RejectedPairing[]>();
  for (const c of left) {
    const id = globalId(c.documentId, c.id);
    const found = [
      ...index.rejectedLinksFrom(id).filter((l) => splitGlobalId(l.to).documentId === rightId),
      ...index.rejectedLinksTo(id).filter((l) => splitGlobalId(l.from).documentId === rightId).map((l) => ({ ...l, from: l.to, to: l.from })),
    ];
    if (found.length) out.set(id, found.map((l) => ({ to: l.to, name: index.clauseName(rightId, splitGlobalId(l.to).clauseId), review: l.review })));
  }
  return out;
}

function diffRow(row: AlignedRow, mode: TextMode, segmenter: Segmenter): DiffSegment[] {
  return diffClauses(comparableText(row.local, mode), comparableText(row.parent, mode), { segmenter });
}

/** A row's line names its first few changes, each quoted short, or says the row is mostly rewritten; the cells mark them all. */
const ROW_LINE = { max: 3, width: 16, rewritten: 0.3 };
