/**
 * A running head for the printed handout: both documents' names at the top
 * of every page (the page counter is in compare.css). The names differ per
 * pair, so this one rule is written into the page; they are escaped as a CSS
 * string, and "<" as well so the text can never close the element.
 */
export function PrintRunningHead({ text }: { text: string }) {
  return <style>{`@page compare { @top-left { content: "${cssString(text)}"; } }`}</style>;
}

export function cssString(text: string): string {
  return text.replace(/[\\"<\n\r]/g, (ch) => `\\${ch.charCodeAt(0).toString(16)} `);
}
