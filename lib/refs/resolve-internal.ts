/**
 * Stage 4b (resolve, internal): 本办法第十八条, 第十一条第二款, 前款, 本条,
 * 前条, 上述 → a clause id in the same document. 第十八条 finds the article
 * numbered 18 whether it is printed 第十八条 or （十八）; relative words are
 * read from the citing clause's place in the tree.
 */
import type { ClauseRecord } from '../corpus/export-contract';
import { toChineseNumber } from '../ingest/patterns';
import type { ArticleRefToken, RelativeRefToken } from './model';
import { clauseName, type ClauseIndex } from '../clause';

export type InternalResolution = { targetClauseId: string | null; reason: string };

export function resolveInternal(ref: ArticleRefToken | RelativeRefToken, citing: ClauseRecord, doc: ClauseIndex): InternalResolution {
  if (ref.kind === 'relative-ref') return resolveRelative(ref.word, citing, doc);
  if (ref.unit === '项' && !ref.self) return resolveItem(ref.art, paragraphOf(citing, doc), doc, `第${toChineseNumber(ref.art)}项`);
  const article = findArticle(ref.art, citing, doc);
  if (!article) return { targetClauseId: null, reason: `本文件没有第${toChineseNumber(ref.art)}条` };
  let target = article;
  if (ref.para !== null) {
    const para = paragraphs(article, doc)[ref.para - 1];
    if (!para) return { targetClauseId: article.id, reason: `${clauseName(article, doc)}没有第${toChineseNumber(ref.para)}款，指向该条` };
    target = para;
  }
  if (ref.item !== null) return resolveItem(ref.item, target, doc, `${clauseName(target, doc)}第${toChineseNumber(ref.item)}项`);
  return { targetClauseId: target.id, reason: `指本文件${clauseName(target, doc)}` };
}

/** Articles numbered N; where numbering restarts per chapter, the citing clause's chapter wins. */
function findArticle(n: number, citing: ClauseRecord, doc: ClauseIndex): ClauseRecord | null {
  const matches = doc.all.filter((c) => c.kind === 'article' && c.number === n);
  if (matches.length <= 1) return matches[0] ?? null;
  const home = doc.articleOf(citing)?.parentId ?? null;
  return matches.find((m) => m.parentId === home) ?? matches[0];
}

function resolveRelative(word: string, citing: ClauseRecord, doc: ClauseIndex): InternalResolution {
  const article = doc.articleOf(citing);
  if (!article) return { targetClauseId: null, reason: `“${word}”不在任何条文之内，无从确定所指` };
  if (word === '本条') return { targetClauseId: article.id, reason: `指${clauseName(article, doc)}` };
  const paras = paragraphs(article, doc);
  const here = paragraphOf(citing, doc);
  const at = paras.indexOf(here);
  if (word === '本款') return { targetClauseId: here.id, reason: `指${clauseName(here, doc)}` };
  if (word.startsWith('前') && word.endsWith('款')) {
    const back = word === '前款' ? 1 : word === '前三款' ? 3 : 2;
    const first = paras[at - back];
    if (!first) return { targetClauseId: null, reason: `${clauseName(here, doc)}之前没有${word.slice(1)}` };
    return { targetClauseId: first.id, reason: `指${clauseName(first, doc)}${back > 1 ? `起的${word.slice(1)}` : ''}` };
  }
  if (word === '前条') {
    const articles = doc.all.filter((c) => c.kind === 'article');
    const prev = articles[articles.indexOf(article) - 1];
    if (!prev) return { targetClauseId: null, reason: '本条之前没有条文' };
    return { targetClauseId: prev.id, reason: `指${clauseName(prev, doc)}` };
  }
  return resolveAforesaid(citing, doc);
}

/** 上述 points back: at the start of a clause, to the clause before it; inside one, to the clause itself. */
function resolveAforesaid(citing: ClauseRecord, doc: ClauseIndex): InternalResolution {
  const own = citing.head.map((r) => r.text).join('');
  if (own.startsWith('上述')) {
    const siblings = doc.children(citing.parentId);
    const prev = siblings[siblings.indexOf(citing) - 1] ?? doc.parent(citing);
    if (prev) return { targetClauseId: prev.id, reason: `“上述”承接${clauseName(prev, doc)}` };
  }
  return { targetClauseId: citing.id, reason: `“上述”指${clauseName(citing, doc)}前文所述` };
}

function resolveItem(n: number, within: ClauseRecord, doc: ClauseIndex, name: string): InternalResolution {
  const item = doc.children(within.id).find((c) => (c.kind === 'item' || c.kind === 'subitem') && c.number === n);
  if (!item) return { targetClauseId: within.id, reason: `${clauseName(within, doc)}没有列出${name}，指向该条款` };
  return { targetClauseId: item.id, reason: `指${clauseName(item, doc)}` };
}

/** An article's paragraphs (款) in order: its own first paragraph, then each paragraph child. */
function paragraphs(article: ClauseRecord, doc: ClauseIndex): ClauseRecord[] {
  const paras = doc.children(article.id).filter((c) => c.kind === 'paragraph');
  // An article whose own line is only a caption has no 款 of its own: ingest numbers its first paragraph 第一款, and so do names.
  return paras[0]?.number === 1 ? paras : [article, ...paras];
}

/** The paragraph a clause sits in: an item belongs to the paragraph (or article) above it. */
function paragraphOf(c: ClauseRecord, doc: ClauseIndex): ClauseRecord {
  for (let at: ClauseRecord | undefined = c; at; at = doc.parent(at)) {
    if (at.kind === 'paragraph' || at.kind === 'article') return at;
  }
  return c;
}
