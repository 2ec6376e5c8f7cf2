/** Browser entry for the Pagefind baseline: its own bundle, first 20 results' data loaded (as a results list would). */
type PfResult = { data(): Promise<{ url: string }> };
type Pagefind = { init?(): Promise<void>; search(q: string): Promise<{ results: PfResult[] }> };
let pf: Promise<Pagefind> | null = null;
// A variable path keeps the bundler from resolving Pagefind's file at build time.
const PATH = './pagefind/pagefind.js';
const load = () => (pf ??= import(/* @vite-ignore */ PATH) as Promise<Pagefind>);

(globalThis as unknown as { bench: unknown }).bench = {
  // Pagefind's own way to load what every search needs before the first one.
  warm: async () => (await load()).init?.(),
  async search(q: string) {
    const t = performance.now();
    const r = await (await load()).search(q);
    const rankedMs = performance.now() - t;
    await Promise.all(r.results.slice(0, 20).map((x) => x.data()));
    return { ms: performance.now() - t, rankedMs, total: r.results.length };
  },
  async urls(q: string, cap: number) {
    const r = await (await load()).search(q);
    const data = await Promise.all(r.results.slice(0, cap).map((x) => x.data()));
    return { total: r.results.length, urls: data.map((d) => d.url) };
  },
};
