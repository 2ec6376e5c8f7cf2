/** What the bench's page (entries/runner.ts) and the bench (browser-bench.ts) exchange. */
export type RunnerQuery = { q: string; ms: number; rankedMs: number; total: number };
export type RunnerReport = { runs: RunnerQuery[]; warmMs: number[]; tripMs: number; cachedMs: number | null } | { error: string };
/** Posted before each step: `open`, then `query` before each query, then `done`. */
export const MARK_PATH = '/bench-mark';
/** The report, posted last. */
export const REPORT_PATH = '/bench-report';
/** The queries, written beside the page. */
export const QUERIES_FILE = 'bench-queries.json';
