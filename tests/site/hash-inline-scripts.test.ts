/**
 * Each exported page's CSP allows exactly its own inline scripts, by hash,
 * and no inline script otherwise: there is no 'unsafe-inline' for scripts.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashInlineScripts, scriptHash } from '../../lib/site/hash-inline-scripts';

const META = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'"/>`;
const page = (body: string, meta = META) => `<!DOCTYPE html><html><head>${meta}</head><body>${body}</body></html>`;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const scriptSrc = (html: string) => /script-src ([^;"]*)/.exec(html)?.[1].split(' ') ?? [];

describe('hashInlineScripts', () => {
  it('adds the hash of each inline script, once, to script-src only', () => {
    const a = '(self.__next_f=self.__next_f||[]).push([0])';
    const b = 'self.__next_f.push([1,"<b>\\u003c/script\\u003e"])';
    const out = hashInlineScripts(page(`<script>${a}</script><script src="/_next/static/x.js" async=""></script><script id="b">${b}</script><script>${a}</script>`));
    expect(scriptSrc(out)).toEqual(["'self'", sha(a), sha(b)]);
    expect(out).toContain("style-src 'self' 'unsafe-inline'\"");
    expect(out).toContain(`<script>${a}</script>`);
  });

  it('hashes the text as the browser does: raw, with CRLF as LF', () => {
    expect(scriptHash('a\r\nb')).toBe(sha('a\nb'));
    expect(scriptHash('&amp;')).toBe(sha('&amp;'));
  });

  it('leaves a page without inline scripts or without a CSP as it is, and refuses a CSP without script-src', () => {
    const noInline = page('<script src="/a.js"></script>');
    expect(hashInlineScripts(noInline)).toBe(noInline);
    const noCsp = page('<script>x()</script>', '');
    expect(hashInlineScripts(noCsp)).toBe(noCsp);
    expect(() => hashInlineScripts(page('<script>x()</script>', `<meta http-equiv="Content-Security-Policy" content="default-src 'self'"/>`))).toThrow(/script-src/);
  });
});

describe('the project allows no inline script wholesale', () => {
  it("has no 'unsafe-inline' for scripts in the config, app, scripts or lib", () => {
    const offending: string[] = [];
    const walk = (path: string) => {
      if (statSync(path).isDirectory()) return readdirSync(path).forEach((f) => walk(join(path, f)));
      for (const line of readFileSync(path, 'utf8').split('\n')) if (/unsafe-inline/.test(line) && !/style-src/.test(line)) offending.push(`${path}: ${line.trim()}`);
    };
    ['next.config.mjs', 'app', 'scripts', 'lib'].forEach(walk);
    expect(offending).toEqual([]);
  });
});
