/**
 * Clause kinds that head a stretch of provisions (编, 章, 节, and the 一、
 * of an outline that the parser reads as a chapter) rather than say
 * anything themselves.
 */
import type { ClauseKind } from '../corpus/export-contract';

const HEADING_KINDS: ReadonlySet<ClauseKind> = new Set<ClauseKind>(['part', 'chapter', 'section']);

export function isHeadingKind(kind: string): boolean {
  return HEADING_KINDS.has(kind as ClauseKind);
}
