/** Shared by the alignment tests: build inputs, score an alignment against a gold file. */
import { readFileSync } from 'node:fs';
import type { BuiltCorpus } from '../../lib/corpus/build-corpus';
import { buildCorpus } from '../../lib/corpus/build-corpus';
import { createSegmenter } from '../../lib/text/segmenter';
import { contentConfig } from '../../scripts/lib/content-config';
import type { AlignInput, Alignment } from '../../lib/refs/align-documents';
import type { LinkRecord } from '../../lib/corpus/export-contract';

export type Gold = {
  local: string;
  parent: string;
  provisions: Record<string, { parent: string | null; also?: string[]; note: string }>;
  items?: Record<string, string>;
};

export const segmenter = createSegmenter(contentConfig().terms());

export function readGold(path: string): Gold {
  return JSON.parse(readFileSync(path, 'utf8')) as Gold;
}

export function inputOf(built: BuiltCorpus, id: string): AlignInput {
  const { corpus } = built;
  return {
    document: corpus.documents.find((d) => d.id === id)!,
    clauses: corpus.clauses.filter((c) => c.documentId === id),
    citations: corpus.citations.filter((c) => c.documentId === id),
  };
}

const local = (globalId: string) => globalId.slice(globalId.indexOf('#') + 1);

/** Per gold provision: the top link's target (or null) and every linked target. */
export function outcome(alignment: Alignment | { links: LinkRecord[] }, gold: Gold) {
  return Object.entries(gold.provisions).map(([id, g]) => {
    const links = alignment.links.filter((l) => local(l.from) === id && l.to.startsWith(gold.parent + '#'));
    const top = links.find((l) => l.rank === 1) ?? null;
    return { id, gold: g, top: top ? local(top.to) : null, all: links.map((l) => local(l.to)) };
  });
}

export function topOneAccuracy(rows: ReturnType<typeof outcome>): number {
  return rows.filter((r) => r.top === r.gold.parent).length / rows.length;
}

/** The food-safety fixture: a fictional pair written for these tests, built through the real parser. */
export function fixtureCorpus(dir = 'tests/refs/fixtures/food-safety'): BuiltCorpus {
  const r = (f: string) => readFileSync(`${dir}/${f}`, 'utf8');
  return buildCorpus({
    sources: [
      { file: 'food-parent.txt', path: `${dir}/parent.txt`, text: r('parent.txt') },
      { file: 'food-local.txt', path: `${dir}/local.txt`, text: r('local.txt') },
    ],
    documents: [
      { path: `${dir}/parent.mdx`, id: 'food-parent', text: r('parent.mdx') },
      { path: `${dir}/local.mdx`, id: 'food-local', text: r('local.mdx') },
    ],
    errata: [],
    terms: contentConfig().terms(),
  });
}
