/**
 * Each exported page's CSP allows exactly its own inline scripts, by hash,
 * and no inline script otherwise: there is no 'unsafe-inline' for scripts.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineHash, inlineHashes } from '../../lib/site/inline-hashes';
import { insertCsp, sitePolicy } from '../../lib/site/site-csp';

const page = (body: string) => `<!DOCTYPE html><html><head></head><body>${body}</body></html>`;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const scriptSrc = (html: string) => /script-src ([^;"]*)/.exec(html)?.[1].split(' ') ?? [];

describe('the CSP written after export', () => {
  it('allows the hash of each inline script, once, in script-src only', () => {
    const a = '(self.__next_f=self.__next_f||[]).push([0])';
    const b = 'self.__next_f.push([1,"<b>\\u003c/script\\u003e"])';
    const html = page(`<script>${a}</script><script src="/_next/static/x.js" async=""></script><script id="b">${b}</script><script>${a}</script>`);
    const out = insertCsp(html, sitePolicy(inlineHashes(html)));
    expect(scriptSrc(out)).toEqual(["'self'", sha(a), sha(b)]);
    expect(out).toContain("style-src 'self';");
    expect(out).toContain(`<script>${a}</script>`);
  });

  it('allows the hash of each inline style, in style-src only', () => {
    const css = '@page handout { @top-center { content: "标题"; } }';
    const html = page(`<style>${css}</style><script>x()</script>`);
    const policy = sitePolicy(inlineHashes(html));
    expect(/style-src ([^;]*)/.exec(policy)?.[1].split(' ')).toEqual(["'self'", sha(css)]);
    expect(/script-src ([^;]*)/.exec(policy)?.[1].split(' ')).toEqual(["'self'", sha('x()')]);
  });

  it('hashes the text as the browser does: raw, with CRLF as LF', () => {
    expect(inlineHash('a\r\nb')).toBe(sha('a\nb'));
    expect(inlineHash('&amp;')).toBe(sha('&amp;'));
  });

  it('goes first in <head>, after the charset, and only once', () => {
    const html = '<html><head><meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/></head><body></body></html>';
    const out = insertCsp(html, sitePolicy({ scripts: [], styles: [] }));
    expect(out.startsWith(`<html><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; `)).toBe(true);
    expect(out).toContain('"/><link rel="stylesheet" href="/a.css"/>');
    expect(() => insertCsp(out, sitePolicy({ scripts: [], styles: [] }))).toThrow(/already has a CSP/);
    expect(() => insertCsp('<p>no head</p>', sitePolicy({ scripts: [], styles: [] }))).toThrow(/no <head>/);
  });
});

describe('the project allows nothing inline wholesale', () => {
  it("has no 'unsafe-inline' in the config, app, scripts or lib", () => {
    const offending: string[] = [];
    const walk = (path: string) => {
      if (statSync(path).isDirectory()) return readdirSync(path).forEach((f) => walk(join(path, f)));
      for (const line of readFileSync(path, 'utf8').split('\n')) if (/unsafe-inline/.test(line)) offending.push(`${path}: ${line.trim()}`);
    };
    ['next.config.mjs', 'app', 'scripts', 'lib'].forEach(walk);
    expect(offending).toEqual([]);
  });
});
