/**
 * Readable ids that a URL can carry (#art-18, #ch-2-art-1-item-3). They are
 * built from printed numbers along the path, never from positions in the
 * whole document, so an edit elsewhere leaves them alone.
 */
import type { ClauseNode } from './clause-tree';

const PREFIX: Record<string, string> = { part: 'part', chapter: 'ch', section: 'sec', item: 'item', subitem: 'sub' };

export function assignIds(roots: ClauseNode[]): void {
  const used = new Set<string>();
  // A repeated id gets the first free suffix -2, -3, …; each base remembers
  // where its search ended (every smaller suffix is taken for good), so n
  // repeats of one number cost n steps, not n²/2.
  const nextSuffix = new Map<string, number>();
  const unique = (id: string) => {
    let out = id;
    if (used.has(id)) {
      let k = nextSuffix.get(id) ?? 2;
      while (used.has(`${id}-${k}`)) k++;
      nextSuffix.set(id, k + 1);
      out = `${id}-${k}`;
    }
    used.add(out);
    return out;
  };
  // 条 are numbered through the whole document by drafting rule; outline
  // provisions ((一)、1.) often restart per chapter, so they keep the path.
  const outlineArticles = collect(roots).filter((n) => n.kind === 'article' && n.family !== 'article');
  const numbers = outlineArticles.map((n) => n.number);
  const flatOutline = new Set(numbers).size === numbers.length;

  // A heading that prints no number ("## 附件一", "## 序言") is counted
  // through the document: h-1, h-2, …
  let unnumbered = 0;
  const walk = (nodes: ClauseNode[], parentId: string | null, parentKind: string | null) => {
    const counters: Record<string, number> = {};
    for (const n of nodes) {
      const seq = (counters[n.kind] = (counters[n.kind] ?? 0) + 1);
      const unnumberedHeading = n.family === null && (n.kind === 'part' || n.kind === 'chapter' || n.kind === 'section');
      let local: string;
      if (n.kind === 'title' || n.kind === 'preamble') local = seq === 1 ? n.kind : `${n.kind}-${seq}`;
      else if (n.kind === 'paragraph') local = `${parentKind === 'article' ? 'para' : 'p'}-${n.number ?? seq}`;
      else if (n.kind === 'article') local = `art-${n.number ?? seq}${n.sub !== undefined ? `-${n.sub}` : ''}`;
      else if (unnumberedHeading) local = `h-${++unnumbered}`;
      else local = `${PREFIX[n.kind]}-${n.number ?? seq}`;

      const flat = n.kind === 'part' || n.kind === 'chapter' || (n.kind === 'article' && (n.family === 'article' || flatOutline)) || unnumberedHeading;
      const id = unique(flat || !parentId ? local : `${parentId}-${local}`);
      n.id = id;
      walk(n.children, id, n.kind);
    }
  };
  walk(roots, null, null);
}

export function collect(nodes: ClauseNode[], out: ClauseNode[] = []): ClauseNode[] {
  for (const n of nodes) {
    out.push(n);
    collect(n.children, out);
  }
  return out;
}
