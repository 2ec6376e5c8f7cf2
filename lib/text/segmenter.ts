/**
 * Word segmentation with the legal-term dictionary in content/dict/. nodejieba
 * is a native addon and process-global: the dictionary words are added once
 * per process, and every caller gets the same segmentation. Build-time only;
 * the browser never runs this.
 */
import { createRequire } from 'node:module';

type Jieba = { cut(text: string, hmm?: boolean): string[]; insertWord(word: string): boolean };
const require = createRequire(import.meta.url);
let jieba: Jieba | null = null;
const added = new Set<string>();

/** Parse the dictionary file's text: one term a line, "#" starts a comment. */
export function parseTermList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

export function createSegmenter(terms: string[]): { cut(text: string): string[] } {
  jieba ??= require('nodejieba') as Jieba;
  for (const t of terms) {
    if (added.has(t)) continue;
    jieba.insertWord(t);
    added.add(t);
  }
  const j = jieba;
  return { cut: (text: string) => j.cut(text, true) };
}
