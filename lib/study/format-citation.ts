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
  const byId = new Map(clauses.map((c) => [c.id, c]));
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
  const siblings = clauses.filter((s) => s.parentId === c.parentId && s.documentId === c.documentId && s.kind === c.kind && !s.label);
  const parent = clauses.find((p) => p.id === c.parentId);
  const parentHead = parent ? parent.head.map((r) => r.text).join('') : '';
  return siblings.indexOf(c) + 1 + (PROSE_END.test(parentHead) ? 1 : 0);
}
