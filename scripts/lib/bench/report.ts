/** The benchmark's outputs: the Markdown table and the cost chart (hand-written SVG). */
import type { EngineResult, SizeResult } from './run-size';

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const pc = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);

export function resultsTable(results: SizeResult[]): string {
  const rows = [
    '| 条款数 | 方案 | 建索引时间 | 峰值内存 | 索引 gzip | 首次检索下载 | 后续检索下载（中位/最大） | 每次检索请求数（中位/最大） | 浏览器：排好序 p50 / p95 | 浏览器：显示 20 条 p50 / p95 | 浏览器，文件已取 p50 / p95 | Node p50 / p95 | 短语召回 / 精确 |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const cells = (e: EngineResult) =>
    `${kb(e.firstBytes)} | ${kb(e.laterBytesMedian)} / ${kb(e.laterBytesMax)} | ${e.requests.median} / ${e.requests.max} | ${e.ranked.p50} / ${e.ranked.p95} ms | ${e.browser.p50} / ${e.browser.p95} ms | ${e.warm.p50} / ${e.warm.p95} ms`;
  for (const r of results) {
    const n = r.size.toLocaleString('en');
    const o = r.ours;
    rows.push(`| ${n} | 本站分片索引 | ${sec(r.buildMs)} | ${r.buildPeakRssMb} MB | ${kb(r.index.gzipBytes)} | ${cells(o)} | ${o.node.p50} / ${o.node.p95} ms | ${pc(o.recall)} / ${pc(o.precision)} |`);
    const p = r.pagefind;
    if (p) rows.push(`| ${n} | Pagefind | ${sec(p.indexMs)} | ${p.peakRssMb} MB | ${kb(p.gzipBytes)} | ${cells(p)} | – | ${pc(p.recall)} / ${pc(p.precision)} |`);
    const s = r.scan;
    rows.push(`| ${n} | 全文扫描 | – | – | ${kb(s.firstBytes)} | ${cells(s)} | – | ${pc(s.recall)} / ${pc(s.precision)} |`);
  }
  const floors = results.map((r) => `${r.size.toLocaleString('en')} 条时 ${r.ours.fetchFloorMs} ms`).join('，');
  return `${rows.join('\n')}\n\n本机 Chromium 向服务器往返一次（页面以 ETag 重新验证）所需时间（中位）：${floors}。每个新请求至少花这么多，所以浏览器延迟大体是请求数乘以它。“排好序”是取到索引文件、结果已排序计数（总数、各层次数、分面）为止；“显示 20 条”另含取前 20 条结果的条文（本站每条一个文件，Pagefind 每条一个片段文件）；“文件已取”是同一批查询再跑一遍、不再取文件时的耗时，即检索本身的计算。\n`;
}

type Series = { name: string; color: string; points: [number, number][] };

/** Three small log-log panels: bytes for the first query, build time, browser p95; x is the corpus size. */
export function costChart(results: SizeResult[]): string {
  const panels: { title: string; unit: string; series: Series[] }[] = [
    { title: '首次检索下载（KB，gzip）', unit: 'KB', series: series(results, (e) => e.firstBytes / 1024) },
    { title: '建索引时间（秒）', unit: 's', series: series(results, (_, r, name) => (name === 'ours' ? r.buildMs : name === 'pf' ? (r.pagefind?.indexMs ?? NaN) : NaN) / 1000) },
    { title: '浏览器检索 p95（毫秒）', unit: 'ms', series: series(results, (e) => e.browser.p95) },
  ];
  const W = 300;
  const H = 220;
  const parts = panels.map((p, k) => panel(p.title, p.series, k * (W + 20) + 10, 30, W, H));
  const legend = [['本站', '#1f77b4'], ['Pagefind', '#d62728'], ['全文扫描', '#7f7f7f']].map(([n, c], i) => `<rect x="${10 + i * 110}" y="8" width="12" height="12" fill="${c}"/><text x="${26 + i * 110}" y="18">${n}</text>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${3 * (W + 20)}" height="${H + 70}" font-family="sans-serif" font-size="11">\n<rect width="100%" height="100%" fill="#fff"/>${legend}\n${parts.join('\n')}\n</svg>\n`;
}

function series(results: SizeResult[], value: (e: { firstBytes: number; browser: { p95: number } }, r: SizeResult, name: string) => number): Series[] {
  const of = (name: string, color: string, get: (r: SizeResult) => { firstBytes: number; browser: { p95: number } } | null): Series => ({
    name,
    color,
    points: results.map((r) => [r.size, get(r) ? value(get(r)!, r, name) : NaN] as [number, number]).filter(([, y]) => Number.isFinite(y) && y > 0),
  });
  return [of('ours', '#1f77b4', (r) => r.ours), of('pf', '#d62728', (r) => r.pagefind), of('scan', '#7f7f7f', (r) => r.scan)];
}

function panel(title: string, all: Series[], x0: number, y0: number, w: number, h: number): string {
  const pts = all.flatMap((s) => s.points);
  if (!pts.length) return '';
  const lx = (v: number) => Math.log10(v);
  const [xMin, xMax] = [Math.min(...pts.map((p) => lx(p[0]))), Math.max(...pts.map((p) => lx(p[0])))];
  const [yMin, yMax] = [Math.floor(Math.min(...pts.map((p) => lx(p[1])))), Math.ceil(Math.max(...pts.map((p) => lx(p[1]))))];
  const L = 40;
  const B = 30;
  const X = (v: number) => x0 + L + ((lx(v) - xMin) / Math.max(1e-9, xMax - xMin)) * (w - L - 10);
  const Y = (v: number) => y0 + h - B - ((lx(v) - yMin) / Math.max(1e-9, yMax - yMin)) * (h - B - 20);
  const out = [`<text x="${x0 + L}" y="${y0 + 10}" font-weight="bold">${title}</text>`];
  for (let e = yMin; e <= yMax; e++) out.push(`<line x1="${x0 + L}" x2="${x0 + w - 10}" y1="${Y(10 ** e)}" y2="${Y(10 ** e)}" stroke="#ddd"/><text x="${x0 + L - 4}" y="${Y(10 ** e) + 4}" text-anchor="end">${fmt(10 ** e)}</text>`);
  for (const x of [...new Set(pts.map((p) => p[0]))]) out.push(`<text x="${X(x)}" y="${y0 + h - B + 14}" text-anchor="middle">${fmt(x)}</text>`);
  out.push(`<text x="${x0 + L + (w - L) / 2}" y="${y0 + h - 2}" text-anchor="middle">条款数</text>`);
  for (const s of all) {
    if (!s.points.length) continue;
    out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${s.points.map((p) => `${X(p[0]).toFixed(1)},${Y(p[1]).toFixed(1)}`).join(' ')}"/>`);
    for (const p of s.points) out.push(`<circle cx="${X(p[0]).toFixed(1)}" cy="${Y(p[1]).toFixed(1)}" r="3" fill="${s.color}"><title>${s.name} ${p[0]}: ${p[1].toFixed(1)}</title></circle>`);
  }
  return `<g>${out.join('')}</g>`;
}

const fmt = (v: number) => (v >= 1000 ? `${v / 1000}k` : v >= 1 ? String(v) : v.toPrecision(1));
