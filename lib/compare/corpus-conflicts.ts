/**
 * The corpus's possible conflicts: every `implements` link between two
 * units a reader cites (the links a comparison row shows; links between
 * items refine them and would repeat their flags), checked by
 * detectConflicts on the corrected wording. One pass over the links, each
 * link looked at once: linear in the corpus.
 */
import type { ClauseRecord, ConflictRecord, LinkRecord } from '../corpus/export-contract';
import { ClauseIndex, isCitationUnit } from '../clause';
import { globalId } from '../content/corpus-index';
import { pushTo } from '../push-to';
import { comparableText } from './comparable-text';
import { detectConflicts } from './detect-conflicts';

export function corpusConflicts(corpus: { clauses: ClauseRecord[]; links: LinkRecord[] }): ConflictRecord[] {
  const byDoc = new Map<string, ClauseRecord[]>();
  for (const c of corpus.clauses) pushTo(byDoc, c.documentId, c);
  const trees = new Map<string, ClauseIndex>();
  const tree = (documentId: string) => {
    let t = trees.get(documentId);
    if (!t) trees.set(documentId, (t = new ClauseIndex(byDoc.get(documentId) ?? [])));
    return t;
  };
  const byId = new Map(corpus.clauses.map((c) => [globalId(c.documentId, c.id), c]));
  const unit = (id: string) => {
    const c = byId.get(id);
    return c && isCitationUnit(c, tree(c.documentId)) ? c : null;
  };
  const out: ConflictRecord[] = [];
  for (const l of corpus.links) {
    if (l.kind !== 'implements') continue;
    const local = unit(l.from);
    const parent = unit(l.to);
    if (!local || !parent) continue;
    for (const c of detectConflicts(comparableText(local, 'corrected'), comparableText(parent, 'corrected'))) out.push({ from: l.from, to: l.to, ...c });
  }
  return out;
}
