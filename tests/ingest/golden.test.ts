/**
 * Every source's parse, kept as a reviewed golden tree: one JSON per source,
 * each document as nested clauses with kind, label, number, line and text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClauseRecord } from '../../lib/corpus/export-contract';
import { normalizeSource, splitLines } from '../../lib/ingest/normalize';
import { buildCorpus } from '../../lib/corpus/build-corpus';
import { expectGolden } from '../helpers/golden';
import { realCorpus } from '../helpers/corpus';
import { markdownLawLayout } from '../../lib/ingest/markdown-law-layout';
import { articleCensus } from '../../lib/ingest/article-census';
import { NUMBERED_ARTICLE } from '../../lib/clause/clause-index';

type Node = { id: string; kind: string; label: string; number: number | null; line: number; text: string; children?: Node[] };

function nest(clauses: ClauseRecord[]): Node[] {
  const byParent = new Map<string | null, ClauseRecord[]>();
  for (const c of clauses) byParent.set(c.parentId, [...(byParent.get(c.parentId) ?? []), c]);
  const build = (parent: string | null): Node[] =>
    (byParent.get(parent) ?? []).map((c) => {
      const children = build(c.id);
      return { id: c.id, kind: c.kind, label: c.label, number: c.number, line: c.line, text: c.head.map((r) => r.text).join(''), ...(children.length ? { children } : {}) };
    });
  return build(null);
}

describe('golden trees of the real sources', () => {
  const { corpus } = realCorpus();
  // The seed sources; imported law texts have their golden fixtures in tests/fixtures/ingest.
  for (const file of [...new Set(corpus.documents.map((d) => d.sourceFile))].filter((f) => !f.includes('/'))) {
    it(file, () => {
      const docs = corpus.documents.filter((d) => d.sourceFile === file);
      expectGolden(`tests/ingest/golden/${file.replace(/\.txt$/, '')}.json`, {
        documents: docs.map((d) => ({
          id: d.id,
          lines: d.sourceLines,
          tree: nest(corpus.clauses.filter((c) => c.documentId === d.id)),
          findings: corpus.findings.filter((f) => f.documentId === d.id && f.kind !== 'erratum-applied').map((f) => `${f.kind} ${f.clauseId ?? '-'}: ${f.message}`),
        })),
        exclusions: corpus.exclusions.filter((x) => x.sourceFile === file).map((x) => `${x.line} ${x.kind}: ${x.text.trim()}`),
      });
    });
  }
});

describe('golden trees of the fixtures', () => {
  const dir = 'tests/fixtures/ingest';
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    it(f, () => {
      const raw = readFileSync(`${dir}/${f}`, 'utf8');
      const { corpus } = buildCorpus({
        sources: [{ file: f, path: f, text: raw }],
        documents: [{ path: `${f}.mdx`, id: 'doc', text: fixtureMeta(f, splitLines(normalizeSource(raw)).length) }],
        errata: [],
      });
      expectGolden(`${dir}/${f.replace(/\.txt$/, '.json')}`, { tree: nest(corpus.clauses), findings: corpus.findings.map((x) => `${x.kind} ${x.clauseId ?? '-'}`) });
    });
  }
  // Markdown law texts as the corpus prints them, declared as the import
  // declares them: title line 1, history and the INFO END line excluded.
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    it(f, () => {
      const raw = readFileSync(`${dir}/${f}`, 'utf8');
      const lines = splitLines(normalizeSource(raw));
      const layout = markdownLawLayout(lines.map((l) => l.text));
      const manifest = `exclusions:\n${layout.exclusions.map((x) => `  - { lines: "${x.lines}", kind: ${x.kind}, reason: ${x.reason} }`).join('\n')}\n`;
      const { corpus, problems } = buildCorpus({
        sources: [{ file: f, path: f, text: raw, manifest: { path: `${f}.yaml`, text: manifest } }],
        documents: [{ path: `${f}.mdx`, id: 'doc', text: fixtureMeta(f, lines.length, layout.titleLines) }],
        errata: [],
      });
      expect(problems).toEqual([]);
      const census = articleCensus(lines.map((l) => l.text), layout.bodyStart, lines.length, corpus.clauses.filter((c) => c.kind === 'article' && NUMBERED_ARTICLE.test(c.label)).map((c) => c.line));
      expect(census.notArticles).toEqual([]);
      expectGolden(`${dir}/${f.replace(/\.md$/, '.json')}`, {
        tree: nest(corpus.clauses),
        findings: corpus.findings.map((x) => `${x.kind} ${x.clauseId ?? '-'}: ${x.message}`),
        exclusions: corpus.exclusions.map((x) => `${x.line} ${x.kind}: ${x.text.trim()}`),
      });
    });
  }
});

function fixtureMeta(file: string, lines: number, titleLines?: number[]): string {
  const unknown = '{ value: null, basis: unknown }';
  return `---
title: { value: ${file}, basis: stated }
shortTitle: ${unknown}
issuer: ${unknown}
docNumber: ${unknown}
level: ${unknown}
region: ${unknown}
issued: ${unknown}
effective: ${unknown}
status: ${unknown}
docType: regulation
source: { file: ${file}, lines: "1-${lines}"${titleLines ? `, titleLines: [${titleLines.join(', ')}]` : ''} }
---
`;
}
