/**
 * The static pages of a benchmark corpus: one minimal HTML page per document
 * (each clause an element with its id, as the site's document pages are),
 * and the provisions' texts (search-units.ts: what every engine here finds
 * and counts) in one file for the plain-scan baseline.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../../lib/corpus/export-contract';
import { benchUnits } from '../../../lib/bench/bench-units';
import { pushTo } from '../../../lib/push-to';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function writeBenchPages(corpus: Pick<Corpus, 'documents' | 'clauses'>, site: string): { pages: number; bytes: number } {
  mkdirSync(join(site, 'd'), { recursive: true });
  const byDoc = new Map<string, Corpus['clauses']>();
  for (const c of corpus.clauses) pushTo(byDoc, c.documentId, c);
  let bytes = 0;
  for (const d of corpus.documents) {
    const body = (byDoc.get(d.id) ?? [])
      .filter((c) => c.parentId === null || c.depth > 0)
      .map((c) => `<p id="${esc(c.id)}">${esc(c.head.map((r) => r.text).join('') || c.label)}</p>`)
      .join('\n');
    const html = `<!doctype html><html lang="zh"><meta charset="utf-8"><title>${esc(d.title)}</title><main><h1>${esc(d.title)}</h1>\n${body}\n</main></html>\n`;
    writeFileSync(join(site, 'd', `${d.id}.html`), html);
    bytes += Buffer.byteLength(html);
  }
  const texts = benchUnits(corpus).map((u) => [u.documentId, u.unitId, u.text]);
  mkdirSync(join(site, 'scan'), { recursive: true });
  writeFileSync(join(site, 'scan', 'texts.json'), JSON.stringify(texts));
  return { pages: corpus.documents.length, bytes };
}
