/**
 * Everything a comparison page (and its CSV) shows for one pair, for both
 * wordings: the rows with their diffs and similarities, and the summary.
 * Pure over the corpus index and the pair's links (see pair-links.ts).
 */
import type { CorpusIndex } from '../content/corpus-index';
import { splitGlobalId } from '../content/corpus-index';
import type { DocumentRecord, LinkRecord } from '../types';
import { articleUnits, type ArticleUnits } from './article-units';
import { comparableText } from './comparable-text';
import type { ComparePair } from './compare-pairs';
import { diffClauses, hasChanges } from './diff-clauses';
import type { AlignedRow, CompareRow, DiffSegment, TextMode } from './model';
import { TEXT_MODES } from './model';
import { pairRows } from './pair-rows';
import { pairWording, type PairWording } from './pair-wording';
import { rowAnchor } from './row-anchor';
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
};

export type Comparison = {
  pair: ComparePair;
  local: DocumentRecord;
  parent: DocumentRecord;
  wording: PairWording;
  rows: ComparedRow[];
  summary: Record<TextMode, CompareSummary>;
  /** Per wording, a diff lookup for the CSV and summary stages. */
  diffOf: Record<TextMode, (row: AlignedRow) => DiffSegment[]>;
};

/** `links`: the pair's links oriented left → right, as pairLinks gives them. */
export function buildComparison(index: CorpusIndex, pair: ComparePair, links: LinkRecord[]): Comparison {
  const local = index.document(pair.local);
  const parent = index.document(pair.parent);
  if (!local || !parent) throw new Error(`buildComparison: unknown document in ${pair.local} / ${pair.parent}`);
  const left = articleUnits(index.clauses(local.id));
  const right = articleUnits(index.clauses(parent.id));
  const rows = pairRows(left.list, right.list, links.filter((l) => joinsUnits(l, left, right)));

  const cache = new Map<AlignedRow, Record<TextMode, DiffSegment[]>>();
  const diffs = (row: AlignedRow) => {
    let d = cache.get(row);
    if (!d) {
      d = { corrected: diffRow(row, 'corrected'), source: diffRow(row, 'source') };
      cache.set(row, d);
    }
    return d;
  };
  const diffOf = { corrected: (r: AlignedRow) => diffs(r).corrected, source: (r: AlignedRow) => diffs(r).source };

  const seenLocal = new Set<string>();
  const compared = rows.map((row): ComparedRow => {
    const first = row.kind !== 'parent-only' && !seenLocal.has(row.local.id);
    if (row.kind !== 'parent-only') seenLocal.add(row.local.id);
    if (row.kind !== 'aligned') return { row, anchor: rowAnchor(row, first), diff: null, similarity: null, changed: { corrected: true, source: true } };
    const d = diffs(row);
    return {
      row,
      anchor: rowAnchor(row, first),
      diff: d,
      similarity: { corrected: pairSimilarity(d.corrected), source: pairSimilarity(d.source) },
      changed: { corrected: hasChanges(d.corrected), source: hasChanges(d.source) },
    };
  });

  const summary = Object.fromEntries(TEXT_MODES.map((m) => [m, summarize(rows, diffOf[m])])) as Record<TextMode, CompareSummary>;
  const viaTitles = pair.via.map((id) => index.document(id)?.shortTitle ?? id);
  return { pair, local, parent, wording: pairWording(pair, local, parent, viaTitles), rows: compared, summary, diffOf };
}

function diffRow(row: AlignedRow, mode: TextMode): DiffSegment[] {
  return diffClauses(comparableText(row.local, mode), comparableText(row.parent, mode));
}

/**
 * The comparison pairs whole units. A link between two items (（十八）1. ↔
 * 第二十条（一）) refines a link between their units, which is there too;
 * lifting it would add a pairing of units the aligner did not make.
 */
function joinsUnits(link: LinkRecord, left: ArticleUnits, right: ArticleUnits): boolean {
  return isUnit(link.from, left) && isUnit(link.to, right);
}

function isUnit(global: string, units: ArticleUnits): boolean {
  const { documentId, clauseId } = splitGlobalId(global);
  const unit = units.unitOf(clauseId);
  return unit?.id === clauseId && unit.documentId === documentId;
}
