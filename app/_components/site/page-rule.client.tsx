'use client';
/**
 * A CSS rule a page writes for itself (the printed running head that names
 * it), added through the CSS object model. The Content-Security-Policy
 * allows only the inline styles the static HTML was built with (site-csp),
 * so a <style> React adds in the browser — a comparison computed on
 * request, a page reached by a link — would be refused and its printout
 * would lose the head; a constructed style sheet is no inline style.
 */
import { useEffect } from 'react';

export function PageRule({ css }: { css: string }) {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
  return null;
}
