/**
 * The static file server for out/: what `npm start` serves and what the
 * browser tests load, built on sirv. sirv lists the folder once at start and
 * serves only files in that list, so no URL (`/..%2F…`, a malformed escape)
 * can reach outside it. A base path lets the site be tested as it would be
 * hosted under a sub-path. Content-hashed files (Next's /_next/static/, the
 * search index shards) are cached for good; everything else, the search
 * manifest included, is revalidated with its ETag on every use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { SHARD_FILE } from '../../lib/search/index-format';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SEARCH_DIR = '/data/search/';

/** sirv gives a charset to HTML only; the site's text files are all UTF-8. */
const TEXT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

function isContentHashed(pathname: string): boolean {
  if (pathname.startsWith('/_next/static/')) return true;
  return pathname.startsWith(SEARCH_DIR) && SHARD_FILE.test(pathname.slice(SEARCH_DIR.length));
}

function setHeaders(res: ServerResponse, pathname: string): void {
  if (isContentHashed(pathname)) res.setHeader('Cache-Control', IMMUTABLE);
  const type = TEXT_TYPES[/\.(\w+)$/.exec(pathname)?.[1] ?? ''];
  if (type) res.setHeader('Content-Type', type);
}

/** `onPost`: the bench's pages post their timings back through it; `npm start` and the tests pass none. */
export function startStaticServer(root: string, port: number, basePath = '', onPost?: (path: string, body: string) => void): Promise<{ server: Server; url: string }> {
  const base = basePath.replace(/\/$/, '');
  const rootDir = resolve(root);
  const notFoundFile = join(rootDir, '404.html');
  const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : null;
  const notFound = (res: ServerResponse) => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(notFoundPage ?? 'not found');
  };
  // maxAge 0 → "public,max-age=0,must-revalidate": every file carries the header, which setHeaders may replace.
  const serve = sirv(rootDir, { etag: true, maxAge: 0, extensions: ['html'], setHeaders, onNoMatch: (_req, res) => notFound(res) });
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (base) {
      // Compared undecoded: the base must be the URL's first segment, exactly.
      const rest = url.startsWith(base) ? url.slice(base.length) : null;
      if (rest === null || !(rest === '' || rest.startsWith('/') || rest.startsWith('?'))) return notFound(res);
      req.url = rest.startsWith('/') ? rest : `/${rest}`;
    }
    if (onPost && req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        res.end();
        onPost(req.url ?? '/', Buffer.concat(chunks).toString('utf8'));
      });
      return;
    }
    serve(req, res);
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      const actual = typeof addr === 'object' && addr ? addr.port : port;
      ok({ server, url: `http://127.0.0.1:${actual}${base}/` });
    }),
  );
}
