/**
 * Preloaded into a measured `kb` child (`node --import …/report-max-rss.ts`):
 * on exit, writes the process's own peak resident memory (bytes) to the file
 * named by KB_BENCH_RSS_FILE, so the parent reads the child's maxRSS and not
 * a sampled guess. Exit also fires after process.exit(1) from a failed check.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.KB_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
