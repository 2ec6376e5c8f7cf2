/**
 * A pair compared in the browser shows what its pre-generated page would:
 * for every page the build makes from the real content, the comparison
 * built from the per-document data (with the recorded segmentation, not the
 * segmenter) has the same rows, diffs and summary.
 */
import { describe, expect, it } from 'vitest';
import { CorpusIndex, splitGlobalId } from '../../lib/content/corpus-index';
import { buildComparison, type Comparison } from '../../lib/compare/build-comparison';
import { compareDocumentData, onDemandComparison } from '../../lib/compare/compare-document-data';
import { declaredParents, relate } from '../../lib/compare/compare-pairs';
import { corpusPairLinks } from '../../lib/compare/corpus-pair-links';
import { comparePairData } from '../../scripts/lib/compare-data';
import { contentConfig } from '../../scripts/lib/content-config';
import { createSegmenter } from '../../lib/text/segmenter';
import { realCorpus } from '../helpers/corpus';

/** What a page shows, without functions. */
const shown = (c: Comparison) => ({ rows: c.rows, summary: c.summary, wording: c.wording });

describe('onDemandComparison', () => {
  const { corpus } = realCorpus();
  const index = new CorpusIndex({ ...corpus, bodies: {} });
  const segmenter = createSegmenter(contentConfig().terms());
  const pairs = comparePairData(index, segmenter);
  const data = (id: string) => compareDocumentData(index, id, corpus.links.filter((l) => splitGlobalId(l.from).documentId === id), segmenter);

  it('equals the pre-generated page for every pair, of every relation', { timeout: 60_000 }, () => {
    // Siblings, and a pair seen from the parent's side, are compared on request only.
    expect(new Set(pairs.map((p) => p.relation))).toEqual(new Set(['implements', 'versions', 'similar']));
    for (const pair of pairs) {
      const page = buildComparison(index, pair, pair.links, segmenter);
      const onDemand = onDemandComparison([pair.local, pair.parent, ...pair.via].map(data), pair);
      expect(shown(onDemand), `${pair.local}/${pair.parent}`).toEqual(shown(page));
    }
  });

  it('equals what the build would compute for a pair without a page', () => {
    const ids = new Set(index.documents.map((d) => d.id));
    const parentsOf = new Map(index.documents.map((d) => [d.id, declaredParents(d, ids)]));
    const pair = relate(index.document('zongzhi-weiwen-jiedu')!, index.document('zongzhi-zerenzhi-2016')!, parentsOf);
    expect(pairs.some((p) => p.local === pair.local && p.parent === pair.parent)).toBe(false);
    const built = buildComparison(index, pair, corpusPairLinks(index, segmenter, pair), segmenter);
    expect(built.rows.some((r) => r.row.kind === 'aligned')).toBe(true);
    expect(shown(onDemandComparison([data(pair.local), data(pair.parent)], pair))).toEqual(shown(built));
  });

  it('equals what the build would compute for a pair seen from the parent side', () => {
    const ids = new Set(index.documents.map((d) => d.id));
    const parentsOf = new Map(index.documents.map((d) => [d.id, declaredParents(d, ids)]));
    const page = pairs.find((p) => p.relation === 'implements')!;
    const pair = relate(index.document(page.parent)!, index.document(page.local)!, parentsOf);
    expect(pair).toMatchObject({ local: page.parent, parent: page.local, relation: 'implemented-by' });
    const built = buildComparison(index, pair, corpusPairLinks(index, segmenter, pair), segmenter);
    expect(built.rows.some((r) => r.row.kind === 'aligned')).toBe(true);
    expect(shown(onDemandComparison([data(pair.local), data(pair.parent)], pair))).toEqual(shown(built));
  });

  it('refuses a text whose segmentation was not recorded, rather than segmenting differently', () => {
    const pair = pairs.find((p) => p.relation === 'similar')!;
    const [left, right] = [data(pair.local), data(pair.parent)];
    expect(() => onDemandComparison([left, { ...right, segments: [] }], pair)).toThrow(/no recorded segmentation/);
  });
});
