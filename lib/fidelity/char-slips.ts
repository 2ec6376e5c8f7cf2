/**
 * Slips of one character — a look-alike or homophone read in its place, or a
 * character dropped — found by corpus statistics rather than by a parallel
 * text. A scanned or retyped character that makes no word leaves behind a
 * character pair or triple that the thousands of other texts never print
 * (处埋, 部门章头), while one changed or inserted character gives a sequence
 * they print often (处理, 部门牵头; 展大决 → 展重大决). Comparing a phrase with
 * the same document's other phrases was tried and raises far too much; the
 * national corpus knows which sequences Chinese legal prose uses.
 *
 * Pure: the caller counts the corpus (charNgramCounts) and passes the table.
 * Each slip is a suggestion for an editor, never a correction made for them.
 */
import { pinyin } from 'pinyin-pro';
import { HAN_RANGE } from './patterns';

/** Bigram and trigram counts of runs of Chinese characters; a trigram seen fewer than `minTrigram` times is left out. */
export type NgramCounts = Map<string, number>;

const HAN_RUN = new RegExp(`[${HAN_RANGE}]+`, 'g');

/**
 * Count the bigrams and trigrams inside each run of Chinese characters (a
 * mark, digit or letter ends a run: a character pair across 、 is no word).
 * Trigrams seen once are dropped by default, which halves the table; a
 * dropped trigram reads as 0, and a slip is a sequence seen at most once.
 */
export function charNgramCounts(texts: Iterable<string>, options: { minTrigram?: number } = {}): NgramCounts {
  const counts: NgramCounts = new Map();
  for (const text of texts) addCounts(counts, text);
  const min = options.minTrigram ?? 2;
  if (min > 1) for (const [gram, n] of counts) if (gram.length === 3 && n < min) counts.delete(gram);
  return counts;
}

function addCounts(counts: NgramCounts, text: string): void {
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    for (let i = 0; i + 1 < run.length; i++) {
      const bi = run.slice(i, i + 2);
      counts.set(bi, (counts.get(bi) ?? 0) + 1);
      if (i + 2 < run.length) {
        const tri = run.slice(i, i + 3);
        counts.set(tri, (counts.get(tri) ?? 0) + 1);
      }
    }
  }
}

export type CharSlipThresholds = {
  /** The printed trigram at the place is seen at most this often elsewhere in the corpus (else it is ordinary usage). */
  maxPrinted: number;
  /** A changed character: its rarest printed pair is seen at most this often (a misread character rarely makes a known pair)… */
  maxPrintedPair: number;
  /** …and its other pair (if it has neighbours on both sides) at most this often: a misread character fits neither neighbour, a rare word fits one… */
  maxOtherPair: number;
  /** …the pair it becomes at least this often… */
  minProposedPair: number;
  /** …and the trigram it becomes at least this often (it fits the words on both sides). */
  minProposed: number;
  /** …and the trigram it becomes holds at least this share of all the trigrams with that slot free (部门?头 is 部门牵头): one reading, not one of many. */
  minProposedShare: number;
  /** A dropped character: the trigram it makes with the pair after (or before) it is seen at least this often… */
  minInserted: number;
  /** …and that pair is printed without it at most this often (the place itself included): the pair is hardly ever printed so. */
  maxBareInserted: number;
  /** A homophone (same toneless pinyin) is a likelier slip of an input method: the pair and trigram minimums are divided by this. */
  soundBoost: number;
};

export const CHAR_SLIP_THRESHOLDS: CharSlipThresholds = {
  maxPrinted: 1,
  maxPrintedPair: 1,
  maxOtherPair: 3,
  minProposedPair: 50,
  minProposed: 10,
  minProposedShare: 0.5,
  minInserted: 100,
  maxBareInserted: 1,
  soundBoost: 2,
};

export type CharSlip = {
  kind: 'substitution' | 'insertion';
  /** Offset of `find` in the text. */
  start: number;
  /** The printed passage, with context, unique on its line. */
  find: string;
  replace: string;
  /** The printed character (substitution) or '' (insertion), and the proposed one. */
  printed: string;
  proposed: string;
  /** The two characters share a toneless reading. */
  sameSound: boolean;
  /** Why, in the errata's language: the counts behind the proposal. */
  reason: string;
};

/**
 * The table is read as it is, the document itself included: the place under
 * test is one of the occurrences counted, so "seen at most once" means seen
 * nowhere else. Taking the document's own counts away was tried and raised
 * every term one law repeats (高度层, 拾得人) as a slip.
 */
type CountLookup = (gram: string) => number;

/**
 * The table's trigrams by the two characters that stay when one is unknown:
 * `a?b` lists the middles that fit between a and b, `ab?` what follows ab,
 * `?ab` what precedes it. Built once per table.
 */
type Slots = Map<string, string[]>;
const slotsByTable = new WeakMap<NgramCounts, Slots>();
function slotsOf(counts: NgramCounts): Slots {
  let slots = slotsByTable.get(counts);
  if (slots) return slots;
  slots = new Map();
  const add = (key: string, ch: string) => {
    const list = slots!.get(key);
    if (list) list.push(ch);
    else slots!.set(key, [ch]);
  };
  for (const gram of counts.keys()) {
    if (gram.length !== 3) continue;
    add(gram[0] + '?' + gram[2], gram[1]);
    add(gram[0] + gram[1] + '?', gram[2]);
    add('?' + gram[1] + gram[2], gram[0]);
  }
  slotsByTable.set(counts, slots);
  return slots;
}

const reading = new Map<string, string>();
function sound(ch: string): string {
  let r = reading.get(ch);
  if (r === undefined) {
    r = pinyin(ch, { toneType: 'none', v: true });
    reading.set(ch, r);
  }
  return r;
}
const sameSound = (a: string, b: string) => a !== b && sound(a) === sound(b);

/** Characters of context on each side, so `find` is a phrase an editor recognises. */
const CONTEXT = 2;

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * Slips on one line, read against the corpus table `counts`. Only runs of three or more characters are read: a pair
 * alone between marks has too little context to tell a slip from a name.
 */
export function charSlips(text: string, counts: NgramCounts, t: CharSlipThresholds = CHAR_SLIP_THRESHOLDS): CharSlip[] {
  const index = slotsOf(counts);
  const count: CountLookup = (g) => counts.get(g) ?? 0;
  const out: Placed[] = [];
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    if (run.length < 3) continue;
    const at = m.index!;
    for (let i = 0; i < run.length; i++) {
      const s = substitutionAt(run, i, index, count, t);
      if (s) out.push(place(text, at + i, 1, s.proposed, { kind: 'substitution', printed: run[i], ...s }));
    }
    for (let i = 0; i + 1 < run.length; i++) {
      const s = insertionAt(run, i, index, count, t);
      if (s) out.push(place(text, at + i + 1, 0, s.proposed, { kind: 'insertion', printed: '', ...s }));
    }
  }
  // A slip also leaves rare sequences around its neighbours; keep the strongest reading of each place.
  return out
    .sort((a, b) => a.start - b.start)
    .filter((s, k, all) => !all.some((o, j) => j !== k && overlaps(o, s) && stronger(o, s, j, k)))
    .map(({ score: _score, ...s }) => s);
}

type Reading = { proposed: string; sameSound: boolean; score: number; reason: string };

/**
 * Character i of the run read in place of another: the pair it makes with a
 * neighbour and its trigram unseen, while one other character there makes a
 * common pair and a trigram that also fits the text beyond.
 */
function substitutionAt(run: string, i: number, index: Slots, count: CountLookup, t: CharSlipThresholds): Reading | null {
  const x = run[i];
  const pairs = [i > 0 ? run.slice(i - 1, i + 1) : null, i + 1 < run.length ? run.slice(i, i + 2) : null].filter((p): p is string => p !== null);
  const pair = pairs.reduce((a, b) => (count(a) <= count(b) ? a : b));
  if (count(pair) > t.maxPrintedPair) return null;
  if (pairs.some((p) => count(p) > t.maxOtherPair)) return null;
  // The window that holds the character with a neighbour on each side where it can, else at the run's edge.
  const w = i > 0 && i + 1 < run.length ? i - 1 : i === 0 ? 0 : i - 2;
  const printed = run.slice(w, w + 3);
  const printedN = count(printed);
  if (printedN > t.maxPrinted) return null;
  const pos = i - w;
  const found: { c: string; proposed: string; newPair: string; n: number; np: number; sound: boolean }[] = [];
  const slot = index.get(printed.slice(0, pos) + '?' + printed.slice(pos + 1)) ?? [];
  const slotTotal = slot.reduce((sum, c) => sum + count(printed.slice(0, pos) + c + printed.slice(pos + 1)), 0);
  for (const c of slot) {
    if (c === x) continue;
    const proposed = printed.slice(0, pos) + c + printed.slice(pos + 1);
    const newPair = pair.replace(x, c);
    const n = count(proposed);
    const np = count(newPair);
    const sound = sameSound(x, c);
    const boost = sound ? t.soundBoost : 1;
    if (n * boost < t.minProposed || np * boost < t.minProposedPair || n * boost < t.minProposedShare * slotTotal) continue;
    // The changed character must also fit the text beyond the window: every other trigram through it is seen.
    if (!fitsAround(run, i, c, w, count)) continue;
    found.push({ c, proposed, newPair, n, np, sound });
  }
  if (!found.length) return null;
  // The commonest trigram first; a trigram cannot see far enough to be sure (和权限 outnumbers 和权威), so the editor sees the others too.
  found.sort((p, q) => q.n - p.n || (p.c < q.c ? -1 : 1));
  const [best, ...others] = found;
  return {
    proposed: best.c,
    sameSound: best.sound,
    score: best.n,
    reason:
      `“${pair}”在全部语料中出现 ${fmt(count(pair))} 次，“${printed}”${fmt(printedN)} 次；改“${x}”为“${best.c}”，“${best.newPair}”出现 ${fmt(best.np)} 次，“${best.proposed}”${fmt(best.n)} 次` +
      `${best.sound ? '（二字同音）' : ''}` +
      (others.length ? `；也可能是${others.slice(0, 2).map((o) => `“${o.c}”（“${o.proposed}”${fmt(o.n)} 次${o.sound ? '，同音' : ''}）`).join('、')}` : '') +
      '。疑是识读或录入错字，请核对原件。',
  };
}

/** Every trigram of the run through position i, other than the window at w, is seen with c in place. */
function fitsAround(run: string, i: number, c: string, w: number, count: CountLookup): boolean {
  const changed = run.slice(0, i) + c + run.slice(i + 1);
  for (let s = Math.max(0, i - 2); s <= i && s + 3 <= run.length; s++) if (s !== w && count(changed.slice(s, s + 3)) === 0) return false;
  return true;
}

/**
 * A character dropped between run[i] and run[i+1]: the printed trigram
 * across the gap unseen, while the pair on one side is almost never printed
 * without the missing character next to it (大决 is printed as 重大决 all but once).
 */
function insertionAt(run: string, i: number, index: Slots, count: CountLookup, t: CharSlipThresholds): Reading | null {
  const a = run[i];
  const b = run[i + 1];
  let best: Reading | null = null;
  // The pair after the gap (b and the next character) wants c before it, or the pair before it (the previous character and a) wants c after it.
  const sides = [
    i + 2 < run.length ? { pair: b + run[i + 2], across: a + b + run[i + 2], key: '?' + b + run[i + 2], made: (c: string) => c + b + run[i + 2] } : null,
    i > 0 ? { pair: run[i - 1] + a, across: run[i - 1] + a + b, key: run[i - 1] + a + '?', made: (c: string) => run[i - 1] + a + c } : null,
  ];
  for (const side of sides) {
    if (!side || count(side.across) > t.maxPrinted) continue;
    const pairN = count(side.pair);
    for (const c of index.get(side.key) ?? []) {
      const n = count(side.made(c));
      if (n < t.minInserted || pairN - n > t.maxBareInserted) continue;
      // The inserted character must join the other side too: the trigram across the gap with it is seen.
      const joined = a + c + b;
      if (count(joined) === 0) continue;
      if (best && n <= best.score) continue;
      best = {
        proposed: c,
        sameSound: false,
        score: n,
        reason:
          `“${side.across}”在全部语料中出现 ${fmt(count(side.across))} 次；“${side.pair}”共出现 ${fmt(pairN)} 次，其中 ${fmt(n)} 次作“${side.made(c)}”，` +
          `“${joined}”出现 ${fmt(count(joined))} 次。疑在“${a}”“${b}”之间脱“${c}”字，请核对原件。`,
      };
    }
  }
  return best;
}

type Placed = CharSlip & { score: number };

/** The slip with context; `width` printed characters at `at` become `proposed`. */
function place(text: string, at: number, width: number, proposed: string, r: Omit<CharSlip, 'start' | 'find' | 'replace'> & { score: number }): Placed {
  let a = Math.max(0, at - CONTEXT);
  let b = Math.min(text.length, at + width + CONTEXT);
  // Widen until the passage names one place on the line.
  while (text.indexOf(text.slice(a, b)) !== a || text.indexOf(text.slice(a, b), a + 1) !== -1) {
    if (a === 0 && b === text.length) break;
    a = Math.max(0, a - 1);
    b = Math.min(text.length, b + 1);
  }
  return { ...r, start: a, find: text.slice(a, b), replace: text.slice(a, at) + proposed + text.slice(at + width, b) };
}

const centre = (s: CharSlip) => s.start + s.find.length / 2;
function overlaps(a: CharSlip, b: CharSlip): boolean {
  return Math.abs(centre(a) - centre(b)) < 3;
}
function stronger(o: Placed, s: Placed, j: number, k: number): boolean {
  return o.score > s.score || (o.score === s.score && j < k);
}

/** An errata entry proposed for a one-character slip, ready to paste; `declared` names an entry already made at that place. */
export type CharSlipCandidate = {
  id: string;
  line: number;
  kind: 'substitution' | 'insertion';
  find: string;
  replace: string;
  evidence: string;
  /** Statistics alone never make a slip certain: every candidate is low, for an editor to confirm against the original. */
  confidence: 'low';
  declared?: string;
};

/**
 * One candidate per slip on the document's verbatim lines. `declared` are
 * the corrections already made (by line and column), `suspects` the places
 * already declared as suspected damage (by line and passage).
 */
export function charSlipCandidates(
  lines: { line: number; text: string }[],
  counts: NgramCounts,
  declared: { id: string; line: number; column: number }[] = [],
  suspects: { id: string; line: number; find: string }[] = [],
): CharSlipCandidate[] {
  return lines.flatMap((l) =>
    charSlips(l.text, counts).map((s, i) => ({
      id: `char-slip-l${l.line}-${i + 1}`,
      line: l.line,
      kind: s.kind,
      find: s.find,
      replace: s.replace,
      evidence: s.reason,
      confidence: 'low' as const,
      declared:
        declared.find((d) => d.line === l.line && d.column >= s.start && d.column <= s.start + s.find.length)?.id ??
        suspects.find((d) => d.line === l.line && (d.find.includes(s.find) || s.find.includes(d.find)))?.id,
    })),
  );
}
