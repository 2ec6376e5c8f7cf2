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

export function foldForDiff(text: string): string {
  let out = '';
  for (let k = 0; k < text.length; k++) out += SAME[text[k]] ?? text[k];
  return out;
}
