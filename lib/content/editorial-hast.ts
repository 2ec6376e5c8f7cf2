/**
 * Checked editorial MDX → a hast tree the site renders to React with
 * hast-util-to-jsx-runtime: nothing in the body is compiled or run.
 * `<Clause ref="a#b" />` becomes a `Clause` element with `cite` (React keeps
 * `ref` for itself); `<Clauses refs={[…]} />` a `Clauses` element holding one
 * `Clause` per reference, so no prop needs an array.
 */
import type { Element, Root as HastRoot } from 'hast';
import { toHast, type Handler } from 'mdast-util-to-hast';
import { checkEditorialMdx, embeddedRefs, type EditorialKind, type Jsx } from './check-editorial-mdx';

const clause = (ref: string): Element => ({ type: 'element', tagName: 'Clause', properties: { cite: ref }, children: [] });

const component: Handler = (_state, node: Jsx): Element => {
  const refs = (embeddedRefs(node) ?? []).map((r) => clause(r.ref));
  return node.name === 'Clause' ? refs[0] : { type: 'element', tagName: 'Clauses', properties: {}, children: refs };
};

/** Throws on a body `kb check` would refuse, so the build never renders one. */
export function editorialHast(body: string, kind: EditorialKind): HastRoot {
  const { tree, problems } = checkEditorialMdx('MDX', body, 1, kind);
  if (!tree || problems.length) throw new Error(`editorial MDX refused (run kb check): ${problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`);
  return toHast(tree, { handlers: { mdxJsxFlowElement: component } }) as HastRoot;
}
