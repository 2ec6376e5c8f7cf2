/** Placeholder until cross-references land: a clause's 上位依据 / 下位实施 panel. */
export function ClauseRelations(_props: { documentId: string; clauseId: string }) {
  return null;
}
