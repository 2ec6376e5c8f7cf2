/**
 * A static export: every page is HTML in out/, served from any directory of
 * any web server, with no request leaving the site's origin. BASE_PATH lets
 * the site live under a sub-path (e.g. /fagui); client code that builds plain
 * URLs reads it back as NEXT_PUBLIC_BASE_PATH.
 */
import { availableParallelism, totalmem } from 'node:os';

const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

// Rendering the pages is the longest step of a national build, and CPU-bound: a worker per core, not Next's
// default of one fewer — but each worker holds the whole corpus (about 1.5 GB for the national one), so no more
// workers than memory allows. KB_BUILD_WORKERS overrides.
const workers = Number(process.env.KB_BUILD_WORKERS) || Math.max(1, Math.min(availableParallelism(), Math.floor(totalmem() / 2 ** 30 / 3)));

// Builds run on offline machines: Next's usage telemetry would try to reach
// the network. The config is read before telemetry starts, so this holds.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  reactStrictMode: true,
  experimental: { cpus: workers },
};

export default nextConfig;
