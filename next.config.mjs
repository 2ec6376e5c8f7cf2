/**
 * A static export: every page is HTML in out/, served from any directory of
 * any web server, with no request leaving the site's origin. BASE_PATH lets
 * the site live under a sub-path (e.g. /fagui); client code that builds plain
 * URLs reads it back as NEXT_PUBLIC_BASE_PATH.
 */
const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

// Builds run on offline machines: Next's usage telemetry would try to reach
// the network. The config is read before telemetry starts, so this holds.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

import { availableParallelism } from 'node:os';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  reactStrictMode: true,
  // Rendering the pages is the longest step of a national build, and CPU-bound: a worker per core,
  // not Next's default of one fewer (each holds the corpus, about 1.5 GB for the national one).
  experimental: { cpus: availableParallelism() },
};

export default nextConfig;
