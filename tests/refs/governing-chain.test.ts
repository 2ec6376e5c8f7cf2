/**
 * The governs chain: a city clause → the provincial provision it implements →
 * the national one, each with what became of it in the version in force today.
 */
import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../lib/content/corpus-index';
import { governingChain, todayOf, type VersionLinks } from '../../lib/refs/governing-chain';
import type { LinkRecord } from '../../lib/corpus/export-contract';
import { clause, doc, link } from '../compare/synthetic';

function indexOf(links: LinkRecord[]) {
  return new CorpusIndex({
    documents: [
      doc('city', { region: '河北省唐山市' }),
      doc('prov', { region: '河北省' }),
      doc('law-2007', { versionDate: '2007-08-30', status: 'amended', supersededBy: 'law-2024', workId: 'law' }),
      doc('law-2024', { versionDate: '2024-06-28', status: 'in-force', workId: 'law' }),
    ],
    works: [],
    clauses: [
      clause('city', 'a1', '市里的规定'),
      clause('prov', 'a1', '省里的规定'),
      clause('law-2007', 'a3', '第三条　国家建立统一领导的体制。', { label: '第三条' }),
      clause('law-2007', 'a4', '第四条　县级人民政府负责。', { label: '第四条' }),
      clause('law-2007', 'a9', '第九条　旧条文。', { label: '第九条' }),
      clause('law-2024', 'a5', '第五条　国家建立统一领导的体制。', { label: '第五条' }),
      clause('law-2024', 'a6', '第六条　县级以上人民政府负责。', { label: '第六条' }),
    ],
    citations: [],
    links,
    rejectedLinks: [],
    conflicts: [],
    findings: [],
    exclusions: [],
    corrections: [],
    bodies: {},
  });
}

const versions: VersionLinks = (newer, older) => (newer === 'law-2024' && older === 'law-2007' ? [link('law-2024#a5', 'law-2007#a3'), link('law-2024#a6', 'law-2007#a4')] : null);

describe('governingChain', () => {
  it('goes from the city through the province to the national provision', () => {
    const index = indexOf([link('city#a1', 'prov#a1'), link('prov#a1', 'law-2007#a3')]);
    const chain = governingChain(index, 'city#a1', versions);
    expect(chain.map((s) => s.link.to)).toEqual(['prov#a1']);
    expect(chain[0].today).toBeNull();
    expect(chain[0].up.map((s) => s.link.to)).toEqual(['law-2007#a3']);
    expect(chain[0].up[0].up).toEqual([]);
  });

  it('lists every parent a clause implements, best first', () => {
    const index = indexOf([{ ...link('city#a1', 'law-2007#a4', 0.5), rank: 2 }, { ...link('city#a1', 'law-2007#a3', 0.9), rank: 1 }]);
    expect(governingChain(index, 'city#a1', versions).map((s) => s.link.to)).toEqual(['law-2007#a3', 'law-2007#a4']);
  });

  it('stops at a cycle rather than looping', () => {
    const index = indexOf([link('city#a1', 'prov#a1'), link('prov#a1', 'city#a1')]);
    const chain = governingChain(index, 'city#a1', versions);
    expect(chain[0].up).toEqual([]);
  });
});

describe('todayOf', () => {
  const index = indexOf([]);
  it.each([
    ['a provision whose words stayed, under a new number', 'a3', { documentId: 'law-2024', clauseId: 'a5', change: 'same' }],
    ['a provision that was changed', 'a4', { documentId: 'law-2024', clauseId: 'a6', change: 'changed' }],
    ['a provision the new version has no counterpart for', 'a9', { documentId: 'law-2024', clauseId: null, change: 'gone' }],
  ])('%s', (_, clauseId, today) => {
    expect(todayOf(index, 'law-2007', clauseId, versions)).toEqual(today);
  });

  it('says nothing of a version in force', () => {
    expect(todayOf(index, 'law-2024', 'a5', versions)).toBeNull();
  });

  it('does not guess when the two versions were never compared', () => {
    expect(todayOf(index, 'law-2007', 'a3', () => null)).toEqual({ documentId: 'law-2024', clauseId: null, change: 'unknown' });
  });
});
