/** The scaling benchmark's inputs: the size asked for, and parsed as intended. */
import { describe, expect, it } from 'vitest';
import { longLaw, longLine, realArticles, repeatedArticles } from '../../lib/bench/scaling-inputs';
import { collect } from '../../lib/ingest/assign-ids';
import { parseText } from '../../lib/ingest/parse-source';
import { loadCorpus } from '../search/helpers';

const articles = () => realArticles(loadCorpus().clauses);

describe('scaling inputs', () => {
  it('repeatedArticles: n lines, each an article numbered 1', () => {
    const nodes = collect(parseText(repeatedArticles(300)).tree.children);
    expect(nodes).toHaveLength(300);
    expect(nodes.every((n) => n.kind === 'article' && n.number === 1)).toBe(true);
  });

  it('longLine: one line of at least the bytes asked, of real article text', () => {
    const text = longLine(articles(), 100_000);
    expect(text.indexOf('\n')).toBe(text.length - 1);
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(100_000);
    expect(Buffer.byteLength(text)).toBeLessThan(110_000);
  });

  it('longLaw: the articles asked for, numbered through (past 999 too), under chapters, without numbering notices', () => {
    const parsed = parseText(longLaw(articles(), 1010, '社会治理综合规定'));
    const nodes = collect(parsed.tree.children);
    const numbers = nodes.filter((n) => n.kind === 'article' && n.family === 'article').map((n) => n.number);
    expect(numbers).toEqual(Array.from({ length: 1010 }, (_, i) => i + 1));
    expect(nodes.filter((n) => n.kind === 'chapter')).toHaveLength(51);
    expect(parsed.findings.filter((f) => f.kind === 'numbering-gap' || f.kind === 'numbering-restart')).toEqual([]);
  });
});
