/**
 * A parsed YAML document (or one of its nodes) → plain data, with a content
 * problem instead of an exception when aliases expand too far. A "billion
 * laughs" file (anchors whose aliases nest a few levels deep) would
 * otherwise fill memory, or throw "Excessive alias count" with no file
 * name. Content files have no need for many aliases, so the limit is low.
 */
import { isAlias, visit, type Document, type LineCounter, type Node } from 'yaml';

const MAX_ALIAS_COUNT = 20;

export type YamlValue = { ok: true; value: unknown } | { ok: false; line: number; message: string };

export function yamlToJs(doc: Document, counter: LineCounter, node?: Node): YamlValue {
  try {
    return { ok: true, value: node ? node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) : doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (e) {
    if (!(e instanceof ReferenceError) || !/alias/i.test(e.message)) throw e;
    return { ok: false, line: firstAliasLine(doc, counter), message: `YAML 别名（*引用）展开过多（上限 ${MAX_ALIAS_COUNT}），疑似“别名炸弹”，拒绝读取；请直接写出内容，不用锚点和别名` };
  }
}

function firstAliasLine(doc: Document, counter: LineCounter): number {
  let line = 1;
  visit(doc, {
    Alias(_, alias) {
      if (isAlias(alias) && alias.range) line = counter.linePos(alias.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
}
