/**
 * A provision's class: its length on a log scale and whether it is a title,
 * a heading or a preamble, in one small number stored with every posting so
 * that ranking reads no table besides the postings.
 */
import { isHeadingKind } from '../clause/heading-kinds';

const STEPS = 3; // classes per doubling of length: lengths within 26% share a class
const MAX_STEP = 31;
const KINDS = ['', 'title', 'chapter', 'preamble'] as const;

export function unitClass(length: number, kind: string): number {
  const step = Math.min(MAX_STEP, Math.round(Math.log2(length + 1) * STEPS));
  const k = kind === 'title' ? 1 : isHeadingKind(kind) ? 2 : kind === 'preamble' ? 3 : 0;
  return step + (MAX_STEP + 1) * k;
}

/** The length a class stands for. */
export const classLength = (cls: number) => 2 ** ((cls % (MAX_STEP + 1)) / STEPS) - 1;

/** The kind a class stands for, as rank.ts weighs it ('' for an ordinary provision). */
export const classKind = (cls: number): string => KINDS[Math.floor(cls / (MAX_STEP + 1))] ?? '';
