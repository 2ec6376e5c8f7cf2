/**
 * What the diff treats as the same character. Sources differ in how they
 * print punctuation (ASCII "," in scraped text, "，" in typeset text) and
 * spaces; those differences say nothing about what a rule requires, so the
 * diff compares a folded form. Each character maps to exactly one, so
 * offsets in the folded text are offsets in the original.
 */
import { FULL_WIDTH } from '../fidelity/patterns';

const SAME: Record<string, string> = {
  ...FULL_WIDTH,
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '\u3000': ' ',
  '\u00a0': ' ',
  '\t': ' ',
};

// One pass of the regex engine rather than a string built a character at a time: every comparison row goes through here.
const FOLDABLE = new RegExp(`[${Object.keys(SAME).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

export function foldForDiff(text: string): string {
  return text.replace(FOLDABLE, (c) => SAME[c]);
}
