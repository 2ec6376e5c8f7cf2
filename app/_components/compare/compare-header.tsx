/**
 * The top of a comparison: which two documents, in which role, and how
 * their clauses were paired. The title names both documents, so the printed
 * handout says what it compares.
 */
import Link from 'next/link';
import type { Comparison } from '@/lib/compare/build-comparison';
import { pairTitle, versionLabel, type SideRole } from '@/lib/compare/pair-wording';
import { docHref } from '@/app/_lib/routes';

const ROLE_NAME: Partial<Record<SideRole, string>> = { local: '地方文件', parent: '上位法' };

export function CompareHeader({ comparison: c }: { comparison: Comparison }) {
  // Two versions of one law carry the same title: the sides are told apart by their dates.
  const versions = c.local.workId === c.parent.workId;
  return (
    <header className="mb-4">
      <p className="no-print mb-1 text-sm">
        <Link href="/compare/" prefetch={false} className="underline">
          条文对照
        </Link>
        <span className="text-muted"> › 两件文件逐条对照</span>
      </p>
      <h1 className="font-serif text-2xl leading-snug font-bold">
        {pairTitle(c.local, c.parent)}
      </h1>
      <dl className="cmp-docs">
        {(['local', 'parent'] as const).map((side) => {
          const doc = side === 'local' ? c.local : c.parent;
          return (
            <div key={side}>
              <dt>{versions ? (side === 'local' ? '新版本' : '旧版本') : (ROLE_NAME[c.wording.roles[side]] ?? (side === 'local' ? '左栏' : '右栏'))}</dt>
              <dd>
                <Link href={docHref(doc.id)} prefetch={false}>
                  {doc.title}
                </Link>
                {versions ? `（${versionLabel(doc)}）` : null}
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="cmp-basis">{c.wording.basis}</p>
    </header>
  );
}
