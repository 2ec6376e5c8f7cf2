/**
 * Lookups over one document's clauses: by id, parent, children, ancestors.
 * Built once from the clauses in document order; every stage and page that
 * walks a document's tree reads it through this.
 */
import type { ClauseRecord } from '../corpus/export-contract';

/** A printed article number: 第二十条. Outline provisions such as （十八） are articles too, but not numbered so. */
export const NUMBERED_ARTICLE = /^第.+条(?:之.+)?$/;

export class ClauseIndex {
  private readonly byId = new Map<string, ClauseRecord>();
  private readonly kids = new Map<string | null, ClauseRecord[]>();
  private numberedThrough: boolean | null = null;

  /** `all`: one document's clauses in document order. */
  constructor(readonly all: ClauseRecord[]) {
    for (const c of all) {
      this.byId.set(c.id, c);
      const list = this.kids.get(c.parentId);
      if (list) list.push(c);
      else this.kids.set(c.parentId, [c]);
    }
  }

  get(id: string): ClauseRecord | undefined {
    return this.byId.get(id);
  }
  parent(c: ClauseRecord): ClauseRecord | undefined {
    return c.parentId === null ? undefined : this.byId.get(c.parentId);
  }
  /** Children in document order; the top-level clauses for null. */
  children(parentId: string | null): ClauseRecord[] {
    return this.kids.get(parentId) ?? [];
  }
  /** The clauses above `c`, outermost first. */
  ancestors(c: ClauseRecord): ClauseRecord[] {
    const out: ClauseRecord[] = [];
    for (let p = this.parent(c); p; p = this.parent(p)) out.unshift(p);
    return out;
  }
  /** Everything below `c`, in document order. */
  descendants(c: ClauseRecord): ClauseRecord[] {
    return this.children(c.id).flatMap((k) => [k, ...this.descendants(k)]);
  }
  /** The article `c` belongs to: itself, or the nearest article above it. */
  articleOf(c: ClauseRecord): ClauseRecord | undefined {
    for (let at: ClauseRecord | undefined = c; at; at = this.parent(at)) if (at.kind === 'article') return at;
    return undefined;
  }
  /**
   * Whether articles are printed 第N条 and numbered through the whole
   * document, so that an article's number alone says where it is and the
   * headings above it add nothing to its name. Outline numbers such as （一）
   * restart under each heading, and so do 第N条 in some compilations. Outline
   * points beside the articles (a law's appendix listing 1．2．) do not undo
   * that for the articles; they keep their headings (clause-name.ts).
   */
  articlesNumberedThrough(): boolean {
    if (this.numberedThrough === null) {
      const labels = this.all.filter((c) => c.kind === 'article' && NUMBERED_ARTICLE.test(c.label)).map((c) => c.label);
      this.numberedThrough = labels.length > 0 && new Set(labels).size === labels.length;
    }
    return this.numberedThrough;
  }
}
