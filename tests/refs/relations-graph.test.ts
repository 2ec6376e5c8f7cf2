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
