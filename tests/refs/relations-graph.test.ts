import { describe, expect, it } from 'vitest';
import { realCorpus } from '../helpers/corpus';
import { levelOf, relationGraph } from '../../lib/refs/relations-graph';

const { corpus } = realCorpus();
const graph = relationGraph(corpus.documents, corpus.citations, corpus.links);

describe('relationGraph', () => {
  it('links each document to the parents it declares, held or placeholder', () => {
    const to = (from: string) => graph.edges.filter((e) => e.from === from).map((e) => [e.to, e.held]);
    expect(to('zongzhi-weiwen-shishi-banfa')).toEqual([
      ['zongzhi-zerenzhi-2016', true],
      ['missing:省健全落实综治维稳领导责任制办法', false],
    ]);
    expect(to('x-weiwen-zerenzhi-xize')).toEqual([
      ['missing:维护社会稳定责任制规定', false],
      ['missing:XX省维护社会稳定责任制实施办法', false],
    ]);
  });

  it('continues the chain through an uncollected parent to what it declares it is based on', () => {
    // 唐山办法 → 冀办字〔2017〕3号 (not collected) → the central rule.
    expect(graph.edges.filter((e) => e.from === 'missing:省健全落实综治维稳领导责任制办法').map((e) => [e.to, e.held])).toEqual([['zongzhi-zerenzhi-2016', true]]);
    const docs = corpus.documents.map((d) =>
      d.id === 'x-weiwen-zerenzhi-xize'
        ? { ...d, parents: d.parents.map((p, i) => (i === 1 ? { ...p, parents: [{ citation: '中共中央办公厅、国务院办公厅《维护社会稳定责任制规定》', documentId: null, basis: 'stated' as const }] } : p)) }
        : d,
    );
    const g = relationGraph(docs, corpus.citations, corpus.links);
    // Two placeholders in a row: the province's placeholder points at the central placeholder the city also names.
    expect(g.edges.filter((e) => e.from === 'missing:XX省维护社会稳定责任制实施办法').map((e) => [e.to, e.held])).toEqual([['missing:维护社会稳定责任制规定', false]]);
    expect(g.nodes.filter((n) => n.id === 'missing:维护社会稳定责任制规定')).toHaveLength(1);
  });

  it('places a placeholder at the level its title or issuer names', () => {
    const level = (id: string) => graph.nodes.find((n) => n.id === id)?.level;
    expect(level('missing:维护社会稳定责任制规定')).toBe('central');
    expect(level('missing:XX省维护社会稳定责任制实施办法')).toBe('provincial');
    expect(level('missing:省健全落实综治维稳领导责任制办法')).toBe('provincial');
    expect(level('missing:实行党政领导干部问责的暂行规定')).toBe('central');
    expect(levelOf('某某办法', null, 'county')).toBe('prefecture');
  });

  it('counts the provisions aligned to a held parent and attaches notices and interpretations', () => {
    const edge = graph.edges.find((e) => e.from === 'zongzhi-weiwen-shishi-banfa' && e.held)!;
    expect(edge.implementing).toBeGreaterThanOrEqual(25);
    expect(graph.nodes.find((n) => n.id === 'zongzhi-weiwen-shishi-banfa')!.related.sort()).toEqual(['zongzhi-weiwen-jiedu', 'zongzhi-weiwen-yinfa-tongzhi']);
    expect(graph.unrelated).toContain('pingan-zhongguo-lunshu');
  });
});
