/**
 * Marks a page as an A4 handout (study.css: page numbers at the foot) and
 * writes its running head, the document's or topic's title, at the top of
 * every printed page. The title differs per page, so this one rule is
 * written into the page, escaped as a CSS string ("<" too, so the text can
 * never close the element).
 */
import { cssString } from '@/lib/site/css-string';
import './study.css';

export function PrintHead({ title }: { title: string }) {
  return (
    <>
      <span className="handout" hidden />
      <style>{`@page handout { @top-center { content: "${cssString(title)}"; } }`}</style>
    </>
  );
}
