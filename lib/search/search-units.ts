/**
 * What search finds and counts: provisions. A provision is a clause whose
 * parent is a heading (编, 章, 节), the document itself, or too long to be
 * one result, together with everything under it: an article with its 款 and
 * 项, a top-level outline point with its sub-points. A heading, a title line,
 * or a clause too long to show as one hit is a provision of its own text
 * only, and its children are provisions in their turn.
 *
 * Every character of a document belongs to exactly one provision, so a
 * phrase is indexed once, an article that holds a phrase in its third item is
 * one hit (not the item, the article and the chapter), and words scattered
 * over an article's items still meet in that article.
 */
import type { ClauseRecord, DocumentRecord } from '../corpus/export-contract';
import { clausePieces } from './clause-pieces';
import { fold } from './fold';
import { ClauseIndex, clauseName, displayLabel, isHeadingKind } from '../clause';

/** A clause inside a provision: [id, parent (position in the provision's list, -1 for the root), kind, name (lib/clause), pieces]. */
export type UnitClause = [string, number, string, string, UnitPiece[]];
/** Literal text, or the position of a child clause (in the provision's list) whose full text stands there. */
export type UnitPiece = string | number;

export type SearchUnit = {
  docIndex: number;
  /** Labels of the headings above the provision that its clauses' names leave out (第五章 above 第二十条), outermost first. */
  path: string[];
  /** The provision's clauses in document order, its root first. */
  clauses: UnitClause[];
};

/** Above this many folded characters a clause is listed by its parts: one hit should fit a results page. */
const MAX_UNIT_LENGTH = 1500;

export function buildUnits(documents: Pick<DocumentRecord, 'id'>[], clauses: ClauseRecord[]): SearchUnit[] {
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  const byDocument = new Map<string, ClauseRecord[]>();
  for (const c of clauses) {
    const list = byDocument.get(c.documentId);
    if (list) list.push(c);
    else byDocument.set(c.documentId, [c]);
  }
  const trees = new Map([...byDocument].map(([id, list]) => [id, new ClauseIndex(list)]));
  const nameOf = (c: ClauseRecord) => clauseName(c, trees.get(c.documentId)!);
  const { pieces, parent } = clausePieces(clauses);
  const children = clauses.map((): number[] => []);
  parent.forEach((p, i) => p >= 0 && children[p].push(i));
  const length = new Map<number, number>();
  const lengthOf = (i: number): number => {
    let n = length.get(i);
    if (n === undefined) {
      n = 0;
      for (const p of pieces[i]) n += typeof p === 'string' ? fold(p).length : lengthOf(p);
      length.set(i, n);
    }
    return n;
  };
  const units: SearchUnit[] = [];
  const visit = (i: number, path: string[]) => {
    const c = clauses[i];
    const whole = !isHeadingKind(c.kind) && c.kind !== 'title' && lengthOf(i) <= MAX_UNIT_LENGTH;
    const doc = docIndex.get(c.documentId) ?? -1;
    if (whole) {
      const list: number[] = [];
      const collect = (k: number) => {
        list.push(k);
        children[k].forEach(collect);
      };
      collect(i);
      const local = new Map(list.map((k, n) => [k, n]));
      units.push({
        docIndex: doc,
        path,
        clauses: list.map((k) => [clauses[k].id, k === i ? -1 : local.get(parent[k])!, clauses[k].kind, nameOf(clauses[k]), pieces[k].map((p) => (typeof p === 'string' ? p : local.get(p)!))]),
      });
      return;
    }
    // Its own text is a provision; its children follow as provisions of their own.
    const own = pieces[i].filter((p): p is string => typeof p === 'string');
    units.push({ docIndex: doc, path, clauses: [[c.id, -1, c.kind, nameOf(c), own]] });
    // The path tells what the name leaves out: the chapter of a 第N条 (lib/clause).
    const heading = isHeadingKind(c.kind) && trees.get(c.documentId)!.articlesNumberedThrough() ? displayLabel(c.label) : '';
    for (const k of children[i]) visit(k, heading ? [...path, heading] : path);
  };
  parent.forEach((p, i) => p < 0 && visit(i, []));
  return units;
}

/** A provision's text, folded, and where each of its clauses sits in it: what the index and a scan both read. */
export function unitText(unit: SearchUnit): { text: string; folded: string; spans: [number, number][] } {
  const spans: [number, number][] = unit.clauses.map(() => [0, 0]);
  let text = '';
  let folded = '';
  const emit = (k: number) => {
    spans[k][0] = folded.length;
    for (const p of unit.clauses[k][4]) {
      if (typeof p === 'number') emit(p);
      else {
        text += p;
        folded += fold(p);
      }
    }
    spans[k][1] = folded.length;
  };
  emit(0);
  return { text, folded, spans };
}
