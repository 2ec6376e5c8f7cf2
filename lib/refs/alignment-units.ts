/**
 * What alignment compares: the units a reader cites (lib/clause: articles,
 * opening paragraphs, provisions under headings), each with the term bags
 * of its whole text, its lead paragraph and its heading, its items, where it
 * stands in the document, and which of its own clauses it cites.
 */
import type { CitationRecord, ClauseRecord, DocumentRecord } from '../corpus/export-contract';
import { globalId } from '../content/corpus-index';
import { ClauseIndex, citationUnits, isHeadingKind } from '../clause';
import { termBag, type Segmenter, type TermBag } from './term-bag';
import { ownText } from './own-text';
import { LEADING_LABEL, OUTLINE_HEADING, SANCTION, SENTENCE_PUNCTUATION } from './patterns';
import { pushTo } from '../push-to';

/** `units`: alignmentUnits of this input with the same segmenter, when the caller already made them (a parent aligned against many texts). */
export type AlignInput = { document: DocumentRecord; clauses: ClauseRecord[]; citations?: CitationRecord[]; units?: AlignmentUnit[] };

export type AlignmentUnit = {
  clause: ClauseRecord;
  globalId: string;
  /** Place in the document, 0 (first unit) … 1 (last). */
  position: number;
  /** "追责方式" in "（十九）追责方式。…": the heading an outline provision gives itself. */
  heading: string | null;
  /** Heading of the chapter the unit sits in ("责任督导和追究"). */
  chapter: string | null;
  bag: TermBag;
  lead: TermBag;
  headingBag: TermBag | null;
  items: { clause: ClauseRecord; bag: TermBag }[];
  /**
   * The 款 of a provision that has more than one: its lead, then each
   * paragraph with its items (for one 款 with a list: the lead and the list);
   * empty otherwise. Several local provisions may each implement one part of
   * the same parent article.
   */
  parts: TermBag[];
  /** How many 款 it has: its own first 款 and its paragraph children (1 for one 款, with or without a list). */
  paragraphs: number;
  /** Clause ids in its own document that the unit cites (第十八条 → art-18). */
  cites: string[];
  /** Global ids of other documents' clauses the unit cites by pinpoint. */
  citesElsewhere: string[];
  /** It imposes a penalty (罚款, 处分…): a 法律责任 article, wherever the document puts it. */
  sanction: boolean;
  /**
   * For a penalty that names the duty it punishes by its own article (违反本办法第十七条第一款), the
   * text of those clauses: the parent punishes the same duty in its own penalty article, which
   * often shares more words with the duty than with the local penalty's boilerplate.
   */
  duty: TermBag | null;
};

export function alignmentUnits(input: AlignInput, segmenter: Segmenter): AlignmentUnit[] {
  const { document, clauses } = input;
  const tree = new ClauseIndex(clauses);
  const picked = citationUnits(tree);
  // Citations by clause, indexed once: filtering all of them for each unit made a long law's alignment quadratic.
  const cites = citationIndex(input.citations ?? []);
  return picked.map((clause, i) => {
    const inside = [clause, ...tree.descendants(clause)];
    const own = ownText(clause, tree.children(clause.id));
    const heading = headingOf(own);
    const lead = termBag(own, segmenter);
    const paragraphs = tree.children(clause.id).filter((c) => c.kind === 'paragraph');
    const internal = citedWithin(cites, inside, 'internal');
    const sanction = SANCTION.test(clause.text);
    return {
      clause,
      globalId: globalId(document.id, clause.id),
      position: picked.length > 1 ? i / (picked.length - 1) : 0,
      heading,
      chapter: chapterOf(clause, tree),
      bag: termBag(clause.text, segmenter),
      lead,
      headingBag: heading ? termBag(heading, segmenter) : null,
      items: inside
        .slice(1)
        .filter((c) => c.kind === 'item')
        .map((c) => ({ clause: c, bag: termBag(c.text, segmenter) })),
      parts: partsOf(own, lead, clause, paragraphs, segmenter),
      paragraphs: paragraphs.length + 1,
      cites: internal,
      citesElsewhere: citedWithin(cites, inside, 'document'),
      sanction,
      duty: sanction ? dutyOf(internal, tree, segmenter) : null,
    };
  });
}

/**
 * The lead, then each 款; for a single 款 that lists items, the lead and the
 * list (one local provision may restate the duty in the lead, another the list).
 */
function partsOf(own: string, lead: TermBag, clause: ClauseRecord, paragraphs: ClauseRecord[], segmenter: Segmenter): TermBag[] {
  if (paragraphs.length) return [lead, ...paragraphs.map((c) => termBag(c.text, segmenter))];
  const list = clause.text.slice(own.length).trim();
  return list ? [lead, termBag(list, segmenter)] : [];
}

/** The cited clauses that are not penalties themselves (依照本办法第三十五条处罚 names no duty). */
function dutyOf(cited: string[], tree: ClauseIndex, segmenter: Segmenter): TermBag | null {
  const text = cited
    .map((id) => tree.get(id))
    .filter((c): c is ClauseRecord => c !== undefined && !SANCTION.test(c.text))
    .map((c) => c.text)
    .join('\n');
  return text ? termBag(text, segmenter) : null;
}

function headingOf(own: string): string | null {
  const text = own.replace(LEADING_LABEL, '');
  const m = OUTLINE_HEADING.exec(text);
  if (m?.groups) return m.groups.heading ?? m.groups.bracketed;
  // "（二）市委政法委员会职责" — a line that is all heading.
  return text.length <= 20 && !SENTENCE_PUNCTUATION.test(text) && text.length >= 2 ? text : null;
}

/** The heading of the nearest 编, 章 or 节 above the clause. */
function chapterOf(c: ClauseRecord, tree: ClauseIndex): string | null {
  const at = tree.ancestors(c).filter((a) => isHeadingKind(a.kind)).at(-1);
  return at ? at.text.split('\n')[0].replace(LEADING_LABEL, '').trim() || null : null;
}

type CitationIndex = { all: CitationRecord[]; byFrom: Map<string, number[]> };

function citationIndex(all: CitationRecord[]): CitationIndex {
  const byFrom = new Map<string, number[]>();
  all.forEach((c, i) => pushTo(byFrom, c.fromClauseId, i));
  return { all, byFrom };
}

function citedWithin(index: CitationIndex, inside: ClauseRecord[], kind: 'internal' | 'document'): string[] {
  const ids = new Set(inside.map((c) => c.id));
  // In citation order, as a scan of all the document's citations would give them.
  const from = [...ids].flatMap((id) => index.byFrom.get(id) ?? []).sort((a, b) => a - b);
  // 本条 and 上述 point into the unit itself: they say nothing about where it stands.
  return from
    .map((i) => index.all[i])
    .filter((c) => c.kind === kind && c.targetClauseId && c.targetDocumentId)
    .filter((c) => kind === 'document' || !ids.has(c.targetClauseId!))
    .map((c) => (kind === 'internal' ? c.targetClauseId! : globalId(c.targetDocumentId!, c.targetClauseId!)));
}
