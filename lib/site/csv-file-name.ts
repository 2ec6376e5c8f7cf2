/**
 * Where a pair's CSV lives under /data/compare/: one file per wording, so
 * the page can offer the one matching what the reader is looking at.
 */
import type { TextMode } from '../compare/model';

export function csvFileName(localId: string, parentId: string, mode: TextMode): string {
  return `${localId}__${parentId}${mode === 'source' ? '.source' : ''}.csv`;
}

