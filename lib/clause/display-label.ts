/** The printed label with full-width brackets, as Chinese typesetting wants: (十八) → （十八）. */
export function displayLabel(label: string): string {
  return label.replace(/^\(/, '（').replace(/\)$/, '）');
}
