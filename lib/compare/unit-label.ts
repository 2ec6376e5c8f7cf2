/**
 * How a unit is named in a comparison: its printed label in Chinese
 * brackets, or, for the opening paragraphs that carry none, 序言.
 */
import type { ClauseRecord } from '../types';
import { displayLabel } from '../fidelity/render-runs';

export function unitLabel(clause: ClauseRecord): string {
  if (clause.label) return displayLabel(clause.label);
  return clause.kind === 'preamble' ? '序言' : '（无编号）';
}
