/** Browser entry for the plain-scan baseline: download every provision's text, fold once, scan for each query. */
import { fold } from '../../../../lib/search/fold';

let texts: Promise<{ keys: string[]; folded: string[] }> | null = null;
const load = () =>
  (texts ??= fetch('./scan/texts.json')
    .then((r) => r.json())
    .then((rows: [string, string, string][]) => ({ keys: rows.map((r) => `${r[0]}#${r[1]}`), folded: rows.map((r) => fold(r[2])) })));

(globalThis as unknown as { bench: unknown }).bench = {
  async search(q: string) {
    const t = performance.now();
    const { folded } = await load();
    const needle = fold(q.replace(/\s+/g, ''));
    const hits: number[] = [];
    for (let i = 0; i < folded.length; i++) if (folded[i].includes(needle)) hits.push(i);
    const ms = performance.now() - t;
    return { ms, rankedMs: ms, total: hits.length };
  },
};
