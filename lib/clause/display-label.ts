/** The printed label with full-width brackets, as Chinese typesetting wants: (十八) → （十八）. */
export function displayLabel(label: string): string {
  return label.replace(/^\(/, '（').replace(/\)$/, '）');
}

/** A label printed 第N编/章/节/条 is set off from its text by a full-width space; an outline number (（三）, 一、) runs on. */
export const SPACED_LABEL = /^第.+(?:[编章节条]|条之.+)$/;
