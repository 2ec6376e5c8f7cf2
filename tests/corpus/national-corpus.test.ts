/**
 * The whole national corpus in content/ (not the test content): one build of
 * its data, and the counts the knowledge base promises at that size —
 * structure, works and versions, parents found from titles.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus, type BuiltCorpus } from '../../lib/corpus/build-corpus';
import { readContent } from '../../scripts/lib/read-content';
import { contentConfig, DEFAULT_CONTENT_ROOT } from '../../scripts/lib/content-config';
import { articleCensus, censusMatches } from '../../lib/ingest/article-census';
import { parseLineRange } from '../../lib/ingest/layout-source';
import { TITLE_IMPLEMENTS } from '../../lib/works/patterns';

describe('the national corpus', () => {
  let built: BuiltCorpus;
  const files = () => readContent(contentConfig(DEFAULT_CONTENT_ROOT));

  it('builds with no content problem', { timeout: 1_500_000 }, () => {
    built = buildCorpus(files());
    expect(built.problems).toEqual([]);
    expect(built.corpus.documents.length).toBeGreaterThan(3300);
  });

  it('parses one article per body line that starts with 第…条, in at least 99% of the documents that number them', () => {
    const sources = new Map(files().sources.map((s) => [s.file, s.text.split(/\r?\n/)]));
    // Lines the build excluded (the history block, markup) are not body: blank them, so only body lines are counted.
    for (const e of built.corpus.exclusions) {
      const lines = sources.get(e.sourceFile);
      if (lines) for (let n = e.line; n < e.line + e.text.split('\n').length; n++) lines[n - 1] = '';
    }
    const articleLines = new Map<string, number[]>();
    for (const c of built.corpus.clauses) if (c.kind === 'article' && /^第/.test(c.label)) (articleLines.get(c.documentId) ?? articleLines.set(c.documentId, []).get(c.documentId)!).push(c.line);
    let numbered = 0;
    let matching = 0;
    const unexplained: string[] = [];
    for (const d of built.corpus.documents) {
      const lines = sources.get(d.sourceFile);
      if (!lines) continue;
      const { from, to } = parseLineRange(d.sourceLines);
      const census = articleCensus(lines, from, to, articleLines.get(d.id) ?? []);
      if (census.printed === 0) continue;
      numbered++;
      if (censusMatches(census)) matching++;
      else if (!built.corpus.findings.some((f) => f.documentId === d.id)) unexplained.push(d.id);
    }
    expect(numbered).toBeGreaterThan(3000);
    expect(matching / numbered).toBeGreaterThanOrEqual(0.99);
    // Every exception is explained by a finding that names the file and line.
    expect(unexplained).toEqual([]);
  });

  it('forms one work of each same-title group, with at most one version in force', () => {
    const { works, documents } = built.corpus;
    expect(works.filter((w) => w.versions.length > 1).length).toBeGreaterThan(50);
    // Two texts of one work with the same date are one version printed twice: both stay in force.
    for (const w of works) expect(new Set(w.versions.filter((v) => v.status === 'in-force').map((v) => v.versionDate)).size, w.id).toBeLessThanOrEqual(1);
    const byId = new Map(documents.map((d) => [d.id, d]));
    for (const w of works) for (const v of w.versions) expect(byId.get(v.documentId)?.workId).toBe(w.id);
    expect(byId.get('xin-fang-tiao-li-2005-01-10')).toBeDefined();
    // A code published one part per file is not a set of versions: each part (民法典's 总则, 物权编 …) is in force.
    const code = documents.filter((d) => d.title === '中华人民共和国民法典');
    expect(code.length).toBeGreaterThan(5);
    for (const d of code) expect(d.status, d.id).toBe('in-force');
  });

  it('gives at least 95% of the local regulations titled 实施《X》 their parent X, never one without evidence', () => {
    const local = built.corpus.documents.filter((d) => d.rank === 'local-regulation' && TITLE_IMPLEMENTS.test(d.title));
    expect(local.length).toBeGreaterThan(50);
    const titled = local.filter((d) => d.parents.some((p) => p.via === 'title'));
    expect(titled.length / local.length).toBeGreaterThanOrEqual(0.95);
    for (const d of built.corpus.documents) for (const p of d.parents) if (p.via !== 'declared') expect(p.evidence, d.id).toBeTruthy();
  });
});
