/** The census of 第…条 lines against parsed articles, and the layout the import declares for a Markdown law text. */
import { describe, expect, it } from 'vitest';
import { articleCensus, censusMatches } from '../../lib/ingest/article-census';
import { markdownLawLayout } from '../../lib/ingest/markdown-law-layout';
import { parseSource } from '../../lib/ingest/parse-source';
import { collect } from '../../lib/ingest/assign-ids';

const law = ['# 某某法', '', '2020年1月1日通过', '', '<!-- INFO END -->', '', '## 第一章 总则', '', '第一条 甲。', '', '第一条之一 乙。', '', '第二条之规定不适用于丙。', '', '## 附件一', '', '1．丁'];

function census(lines: string[]) {
  const layout = markdownLawLayout(lines);
  const parsed = parseSource('law.md', lines.join('\n'), [{ id: 'doc', lines: `1-${lines.length}`, titleLines: layout.titleLines }], layout.exclusions);
  const nodes = collect(parsed.trees.get('doc')!.children);
  return { layout, parsed, nodes, census: articleCensus(lines, layout.bodyStart, lines.length, nodes.filter((n) => n.family === 'article').map((n) => n.line)) };
}

describe('markdownLawLayout', () => {
  it('declares the title, the history and the INFO END line', () => {
    expect(markdownLawLayout(law)).toEqual({
      titleLines: [1],
      exclusions: [
        { lines: '2-4', kind: 'history', reason: '通过、修正、施行等沿革' },
        { lines: '5', kind: 'markup', reason: '原文的标记行' },
      ],
      bodyStart: 6,
    });
  });
  it('without the marker the body follows the title', () => {
    expect(markdownLawLayout(['# 题', '第一条 甲。'])).toEqual({ titleLines: [1], exclusions: [], bodyStart: 2 });
  });
});

describe('articleCensus', () => {
  it('counts lines starting 第…条 and names those that start no article', () => {
    const { census: c, parsed, nodes } = census(law);
    expect(c).toEqual({ printed: 3, parsed: 2, notArticles: [13], unprinted: [] });
    expect(censusMatches(c)).toBe(false);
    const finding = parsed.findings.find((f) => f.kind === 'unparsed-article')!;
    expect(finding.message).toContain('第 13 行');
    expect(nodes.find((n) => n.id === finding.clauseId)?.line).toBe(13);
  });
  it('holds for a text whose 第…条 lines are all articles, inserted ones included', () => {
    const { census: c, nodes } = census(law.slice(0, 11));
    expect(censusMatches(c)).toBe(true);
    expect(nodes.filter((n) => n.kind === 'article').map((n) => [n.id, n.label])).toEqual([['art-1', '第一条'], ['art-1-1', '第一条之一']]);
  });
  it('a heading without a number ends the chapter and keeps its lines', () => {
    const { nodes } = census(law);
    const annex = nodes.find((n) => n.line === 15)!;
    expect([annex.kind, annex.id, annex.label]).toEqual(['chapter', 'h-1', '']);
    expect(annex.children.map((c) => c.label)).toEqual(['1．']);
  });
});
