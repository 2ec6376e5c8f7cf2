/**
 * Editorial MDX (a topic body or a document's note) rendered from its
 * checked tree: the body is parsed, never compiled or evaluated, and only
 * the components given here can appear (see lib/content/editorial-hast).
 */
import type { ComponentType } from 'react';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { editorialHast } from '@/lib/content/editorial-hast';
import type { EditorialKind } from '@/lib/content/check-editorial-mdx';

type Props = { source: string; kind: EditorialKind; components?: Record<string, ComponentType<never>> };

export function EditorialMdx({ source, kind, components = {} }: Props) {
  return toJsxRuntime(editorialHast(source, kind), { Fragment, jsx, jsxs, components: components as Partial<Components> });
}
