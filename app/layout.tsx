/**
 * Every page: header (site name, nav, search), main, footer. The
 * Content-Security-Policy is written into each page after export
 * (scripts/finalize-site.ts, lib/site/site-csp.ts), with the hashes of the
 * page's own inline scripts.
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
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
