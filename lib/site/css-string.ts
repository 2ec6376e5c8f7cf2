/**
 * Text as the body of a double-quoted CSS string, for a rule written into
 * the page (the printed running head). Quotes, backslashes and line breaks
 * become CSS escapes, and so do "<" and ">", so the text can never close the
 * <style> element it sits in.
 */
export function cssString(text: string): string {
  return text.replace(/[\\"<>\n\r]/g, (ch) => `\\${ch.charCodeAt(0).toString(16)} `);
}
