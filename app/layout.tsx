/**
 * Every page: header (site name, nav, search), main, footer. The CSP meta
 * keeps the browser from loading anything but the site's own files, so a
 * page that tried to reach the internet would fail loudly rather than leak.
 */
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { SiteHeader } from './_components/site/site-header';
import { SiteFooter } from './_components/site/site-footer';
import { SITE_NAME } from '@/lib/site/site-name';
import { getSearchExamples } from './_data/search-examples';

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s｜${SITE_NAME}` },
  description: '社会治理、综治维稳法规的条款结构化文本、校订记录与上下位法对照，离线可用。',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

// No inline script runs unless its hash is listed: scripts/finalize-site.ts adds
// the hashes of each exported page's own inline scripts to script-src. Styles
// stay allowed inline: the pages set style attributes (indents, widths).
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <head>
        <meta httpEquiv="Content-Security-Policy" content={CSP} />
      </head>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="no-print sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-1">
          跳到正文
        </a>
        <SiteHeader siteName={SITE_NAME} searchExamples={getSearchExamples()} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
