/** Sources as a list: each with what it holds and how many lines were left out. */
import Link from 'next/link';
import { getCorpus } from '../../_data/corpus';
import type { getSources } from '../../_data/sources';
import { sourceHref } from '../../_lib/routes';

export function SourceItems({ sources }: { sources: ReturnType<typeof getSources> }) {
  const index = getCorpus();
  return (
    <ul className="divide-y divide-rule rounded border border-rule bg-white">
      {sources.map((s) => {
        const held = index.documentsOfSource(s.file).length;
        const excluded = index.exclusions(s.file).length;
        return (
          <li key={s.file} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-3 py-2 text-sm">
            <Link href={sourceHref(s.file)} className="font-mono">
              {s.file}
            </Link>
            <span className="text-muted">{s.title ?? s.origin ?? ''}</span>
            <span className="ml-auto whitespace-nowrap">
              {held} 件文件 · 排除 {excluded} 行
            </span>
          </li>
        );
      })}
    </ul>
  );
}
