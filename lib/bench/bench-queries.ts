/**
 * The benchmark's fixed queries, drawn from the real content with a seeded
 * PRNG: two-character words, 4–8 character phrases cut from clause texts,
 * and two-word queries. The same content and seed give the same list.
 */
import { prng } from './synth-corpus';

export type BenchQuery = { q: string; kind: 'word' | 'phrase' | 'multi' };

const HAN = /^[\u4e00-\u9fff]+$/;

export function benchQueries(foldedTexts: string[], words: string[], seed = 11, perKind = 8): BenchQuery[] {
  const rand = prng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const han = [...new Set(words.filter((w) => HAN.test(w)))].sort();
  const two = han.filter((w) => w.length === 2);
  const out: BenchQuery[] = [];
  const seen = new Set<string>();
  const add = (q: string, kind: BenchQuery['kind']) => {
    if (seen.has(q)) return false;
    seen.add(q);
    out.push({ q, kind });
    return true;
  };
  for (let n = 0, tries = 0; n < perKind && tries < 1000; tries++) if (add(pick(two), 'word')) n++;
  for (let n = 0, tries = 0; n < perKind && tries < 10000; tries++) {
    const text = pick(foldedTexts);
    const len = 4 + Math.floor(rand() * 5);
    const at = Math.floor(rand() * Math.max(1, text.length - len));
    const q = text.slice(at, at + len);
    if (q.length === len && HAN.test(q) && add(q, 'phrase')) n++;
  }
  const longer = han.filter((w) => w.length >= 2 && w.length <= 4);
  for (let n = 0, tries = 0; n < perKind && tries < 1000; tries++) {
    const a = pick(longer);
    const b = pick(longer);
    if (a !== b && add(`${a} ${b}`, 'multi')) n++;
  }
  return out;
}
