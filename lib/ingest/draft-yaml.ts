/**
 * Data → YAML text for the files ingest drafts (frontmatter, source
 * manifest). Written with the YAML library rather than by pasting strings,
 * so a value with "#", ": " or quotes stays one value; one with a line break
 * or another control character is double-quoted with escapes, so it stays
 * on one line and reads back unchanged. `flowFields`: each top-level map
 * is written on one line, `title: { value, basis }`, as editors write them.
 */
import { Document, isMap, Scalar, visit } from 'yaml';

const CONTROL = /[\u0000-\u001f\u007f]/;

export function draftYaml(value: unknown, options: { flowFields?: boolean } = {}): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && CONTROL.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  if (options.flowFields && isMap(doc.contents)) for (const pair of doc.contents.items) if (isMap(pair.value)) pair.value.flow = true;
  return doc.toString({ lineWidth: 0, doubleQuotedAsJSON: true });
}
