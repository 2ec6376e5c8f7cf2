/** 第三章 › 第十七条第二款: a hit's place in its document, for the site and the CLI alike. */
export function hitPlace(hit: { path: string[]; label: string }, separator = ' › '): string {
  return [...hit.path, hit.label].filter(Boolean).join(separator);
}
