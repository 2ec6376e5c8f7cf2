/** The comparison of the seed pair, built from the real content. */
import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../lib/content/corpus-index';
import { buildComparison } from '../../lib/compare/build-comparison';
import { comparisonCsv } from '../../lib/compare/compare-csv';
import { comparePairs } from '../../lib/compare/compare-pairs';
import { citationUnits } from '../../lib/clause';
import { pairLinks } from '../../lib/compare/pair-links';
import { realCorpus } from '../helpers/corpus';
import { createSegmenter } from '../../lib/text/segmenter';
import { contentConfig } from '../../scripts/lib/content-config';

const LOCAL = 'zongzhi-weiwen-shishi-banfa';
const PARENT = 'zongzhi-zerenzhi-2016';

describe('buildComparison on the seed pair', () => {
  const { corpus, bodies } = realCorpus();
  const index = new CorpusIndex({ ...corpus, bodies });
  const pair = comparePairs(corpus.documents).find((p) => p.local === LOCAL && p.parent === PARENT)!;
  const links = pairLinks(pair, { links: corpus.links, align: () => [], nameClause: (g) => g });
  const c = buildComparison(index, pair, links, createSegmenter(contentConfig().terms()));

  it('is the declared relation and shows every unit of both documents', () => {
    expect(pair.relation).toBe('implements');
    const shown = (side: 'local' | 'parent') => new Set(c.rows.flatMap(({ row }) => (side === 'local' ? (row.kind === 'parent-only' ? [] : [row.local.id]) : row.kind === 'local-only' ? [] : [row.parent.id])));
    expect(shown('local')).toEqual(new Set(citationUnits(index.clauseIndex(LOCAL)).map((u) => u.id)));
    expect(shown('parent')).toEqual(new Set(citationUnits(index.clauseIndex(PARENT)).map((u) => u.id)));
    expect(new Set(c.rows.map((r) => r.anchor)).size).toBe(c.rows.length);
  });

  it('counts what the rows show', () => {
    for (const mode of ['corrected', 'source'] as const) {
      const s = c.summary[mode];
      expect(s.aligned + s.localOnly + s.parentOnly).toBe(c.rows.length);
      expect(s.similarity).toBeGreaterThan(0);
      expect(s.similarity).toBeLessThan(1);
    }
  });

  it('shows 人大, dropped from the source of (三), as a difference in 原文 only', () => {
    const row = c.rows.find((r) => r.anchor === 'row-art-3')!;
    expect(row.row.kind === 'aligned' && row.row.parent.id).toBe('art-2');
    const onlyParent = (mode: 'corrected' | 'source') => row.diff![mode].filter((s) => s.op === 'insert').map((s) => s.text);
    expect(onlyParent('source')).toContain('人大');
    expect(onlyParent('corrected')).not.toContain('人大');
    expect(row.similarity!.corrected).toBeGreaterThan(row.similarity!.source);
  });

  it('writes a CSV line per row', () => {
    const csv = comparisonCsv(c, 'source');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(c.rows.length + 1);
    expect(csv).toContain('「人大」');
  });
});
