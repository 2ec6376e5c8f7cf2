/**
 * How a reader cites a clause in writing: 《健全落实社会治安综合治理领导责任制规定》第二十四条,
 * …第二十条第（三）项, …第二条第二款; in outline texts (no 第N条) the printed labels,
 * 《…实施办法》（十八）, 《…实施细则》二、（一）. Pure over one document's clauses.
 */
import type { ClauseRecord } from '../types';
import { toChineseNumber } from '../ingest/patterns';
import { displayLabel } from '../fidelity/render-runs';

const NUMBERED_ARTICLE = /^第.+条$/;
const NUMBERED_HEADING = /^第.+[编章节]$/;
const HEADING_KINDS = new Set(['part', 'chapter', 'section']);
/** A head that ends like a sentence is the first paragraph; one that does not is a caption. */
const PROSE_END = /[。；：！？]$/;

/** A title as cited: in 《》, with any 《》 inside it turned into 〈〉. */
export function bookTitle(title: string): string {
  const bare = /^《[^《》]*》$/.test(title) ? title.slice(1, -1) : title;
  return `《${bare.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}

/** The locator after the title: 第二十条第（三）项, （十八）, 二、（一）. */
export function citationLocator(clauses: ClauseRecord[], clauseId: string): string {
  const { byId } = clauseIndex(clauses);
  const chain: ClauseRecord[] = [];
  for (let c = byId.get(clauseId); c; c = c.parentId ? byId.get(c.parentId) : undefined) chain.unshift(c);
  const article = chain.find((c) => c.kind === 'article' && NUMBERED_ARTICLE.test(c.label));
  if (article) {
    const below = chain.slice(chain.indexOf(article) + 1);
    return displayLabel(article.label) + below.map((c) => numberedPart(clauses, c)).join('');
  }
  // Outline numbers restart under each heading, so every printed label along the way counts.
  const self = chain.at(-1);
  if (self && HEADING_KINDS.has(self.kind) && NUMBERED_HEADING.test(self.label)) return displayLabel(self.label);
  // A preamble is named only when it is what is cited (第二段 of an unnumbered text).
  return chain
    .filter((c) => c.kind !== 'title' && (c.kind !== 'preamble' || c === self))
    .map((c) => (c.label ? displayLabel(c.label) : `第${toChineseNumber(paragraphNumber(clauses, c))}段`))
    .join('');
}

export function formatCitation(title: string, clauses: ClauseRecord[], clauseId: string): string {
  return bookTitle(title) + citationLocator(clauses, clauseId);
}

/** What 复制引用 copies: the citation, then the clause's text in quotation marks. */
export function formatQuotation(title: string, clauses: ClauseRecord[], clauseId: string): string {
  const clause = clauses.find((c) => c.id === clauseId);
  if (!clause) return formatCitation(title, clauses, clauseId);
  const label = displayLabel(clause.label);
  const body = (label && clause.text.startsWith(label) ? clause.text.slice(label.length) : clause.text).replace(/^[\s\u3000]+/, '');
  // Quotation marks inside a quotation become single ones.
  const inner = body.replace(/“/g, '‘').replace(/”/g, '’');
  return `${formatCitation(title, clauses, clauseId)}：“${inner}”`;
}

/** One step below a numbered article: 第二款, 第（三）项, 第1目. */
function numberedPart(clauses: ClauseRecord[], c: ClauseRecord): string {
  if (c.kind === 'paragraph' || !c.label) return `第${toChineseNumber(paragraphNumber(clauses, c))}款`;
  const label = displayLabel(c.label).replace(/[.．、]$/, '');
  return c.kind === 'subitem' ? `第${label}目` : `第${label}项`;
}

/** Paragraphs count from the parent's own text when that text is a sentence, not a caption. */
function paragraphNumber(clauses: ClauseRecord[], c: ClauseRecord): number {
  const { byId, ordinal } = clauseIndex(clauses);
  const parent = c.parentId === null ? undefined : byId.get(c.parentId);
  const parentHead = parent ? parent.head.map((r) => r.text).join('') : '';
  return (ordinal.get(c) ?? 0) + (PROSE_END.test(parentHead) ? 1 : 0);
}

type ClauseIndex = {
  /** The first clause with each id. */
  byId: Map<string, ClauseRecord>;
  /** 1-based place among the unlabelled siblings of the same kind (its 款 or 段 number before any caption shift). */
  ordinal: Map<ClauseRecord, number>;
};

// Built once per clause list: citing every question's clause by scanning the
// whole list made a long document's study data quadratic.
const indexes = new WeakMap<ClauseRecord[], ClauseIndex>();

function clauseIndex(clauses: ClauseRecord[]): ClauseIndex {
  const known = indexes.get(clauses);
  if (known) return known;
  const byId = new Map<string, ClauseRecord>();
  const ordinal = new Map<ClauseRecord, number>();
  const counts = new Map<string, number>();
  for (const c of clauses) {
    if (!byId.has(c.id)) byId.set(c.id, c);
    if (c.label) continue;
    const key = `${c.documentId}\u0000${c.parentId ?? ''}\u0000${c.kind}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    ordinal.set(c, n);
  }
  const index = { byId, ordinal };
  indexes.set(clauses, index);
  return index;
}
