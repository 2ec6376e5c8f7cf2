/** What the bench's page (entries/runner.ts) and the bench (browser-bench.ts) exchange. */
export type RunnerQuery = { q: string; ms: number; rankedMs: number; total: number };
/** `tripMs`: fetches of the page itself, revalidated (304); `cachedMs`: of a content-hashed file the browser holds (none if the engine fetched none). */
export type RunnerReport = { runs: RunnerQuery[]; warmMs: number[]; tripMs: number[]; cachedMs: number[] } | { error: string };
/** Posted before each step: `open` before the engine is opened, `query` before each query, `done` after the last. */
export const MARK_PATH = '/bench-mark';
/** The report, posted last. */
export const REPORT_PATH = '/bench-report';
/** The queries, written beside the page. */
export const QUERIES_FILE = 'bench-queries.json';
/** The runner's bundle, beside the engines'. */
export const RUNNER_SCRIPT = 'runner.js';
