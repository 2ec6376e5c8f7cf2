/**
 * Data → YAML text for the files ingest drafts (frontmatter, source
 * manifest). `quoteKeys`: keys whose string values are always double-quoted
 * (file names, which may hold "(", "#" or look like dates). Written with the YAML library rather than by pasting strings,
 * so a value with "#", ": " or quotes stays one value; one with a line break
 * or another control character is double-quoted with escapes, so it stays
 * on one line and reads back unchanged. `flowFields`: each top-level map
 * is written on one line, `title: { value, basis }`, as editors write them.
 */
import { Document, isMap, isScalar, Scalar, visit } from 'yaml';

const CONTROL = /[\u0000-\u001f\u007f]/;

export function draftYaml(value: unknown, options: { flowFields?: boolean; quoteKeys?: string[] } = {}): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && CONTROL.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && options.quoteKeys?.includes(String(pair.key.value)) && isScalar(pair.value) && typeof pair.value.value === 'string') pair.value.type = Scalar.QUOTE_DOUBLE;
    },
  });
  if (options.flowFields && isMap(doc.contents)) for (const pair of doc.contents.items) if (isMap(pair.value)) pair.value.flow = true;
  return doc.toString({ lineWidth: 0, doubleQuotedAsJSON: true });
}
