/**
 * Marks a page as an A4 handout (study.css: page numbers at the foot) and
 * writes its running head, the document's or topic's title, at the top of
 * every printed page. The title differs per page, so this one rule is
 * written by the page (page-rule.client.tsx), escaped as a CSS string.
 */
import { cssString } from '@/lib/site/css-string';
import { PageRule } from '@/app/_components/site/page-rule.client';
import './study.css';

export function PrintHead({ title }: { title: string }) {
  return (
    <>
      <span className="handout" hidden />
      <PageRule css={`@page handout { @top-center { content: "${cssString(title)}"; } }`} />
    </>
  );
}
