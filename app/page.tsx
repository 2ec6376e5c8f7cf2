/**
 * Home: what the collection holds (counts by 效力位阶 and region, linking
 * into the browse pages), the collection by level and region, and the sources it was drawn
 * from with what each holds and what was left out.
 */
import Link from 'next/link';
import { getCorpus } from './_data/corpus';
import { getSources } from './_data/sources';
import { LEVEL_LABEL, LEVEL_ORDER } from '@/lib/content/labels';
import { groupHref, sourcesHref } from './_lib/routes';
import { documentGroups, HOME_PER_GROUP } from '@/lib/site/document-groups';
import { DocumentEntry } from './_components/home/document-entry';
import { SourceItems } from './_components/home/source-list';
import { CollectionSummary } from './_components/home/collection-summary';

/** Region groups of a level listed with their first documents; the rest of the level's regions are links. */
const HOME_GROUPS_PER_LEVEL = 6;

export default function HomePage() {
  const index = getCorpus();
  const docs = index.documents;
  const allGroups = documentGroups(docs, LEVEL_ORDER);
  return (
    <div className="space-y-10">
      <section aria-labelledby="intro-h">
        <h1 id="intro-h" className="font-serif text-2xl font-bold">
          社会治理法规知识库
        </h1>
        <p className="mt-2 max-w-3xl text-[0.95rem] leading-7 text-muted">
          收录 {docs.length} 件文件、{index.data.clauses.length} 个条款单元。每件文件按章、条、款、项结构化，可逐条链接；来源中的错字经校订后标出，随时可切换查看原文；编者推定的信息标有「推定」。
        </p>
      </section>
      <CollectionSummary total={docs.length} />
      <section aria-labelledby="docs-h">
        <h2 id="docs-h" className="mb-3 text-lg font-bold">
          文件（按层级、地区）
        </h2>
        <div className="space-y-6">
          {LEVEL_ORDER.map((level) => {
            const groups = allGroups.filter((g) => g.level === level);
            if (!groups.length) return null;
            const label = level ? LEVEL_LABEL[level] : '未知';
            return (
              <section key={level ?? 'unknown'} aria-labelledby={`level-${level ?? 'unknown'}`}>
                <h3 id={`level-${level ?? 'unknown'}`} className="border-b border-rule pb-1 font-bold">
                  {label}
                  <span className="ml-2 text-sm font-normal text-muted">{groups.reduce((n, g) => n + g.documents.length, 0)} 件</span>
                </h3>
                {groups.slice(0, HOME_GROUPS_PER_LEVEL).map((g) => (
                  <div key={g.slug} className="mt-3">
                    <h4 className="text-sm text-muted">
                      {g.region}（{g.documents.length} 件）
                    </h4>
                    <ul className="mt-1 space-y-2">
                      {g.documents.slice(0, HOME_PER_GROUP).map((d) => (
                        <DocumentEntry key={d.id} doc={d} index={index} />
                      ))}
                    </ul>
                    {g.documents.length > HOME_PER_GROUP ? (
                      <p className="mt-2 text-sm">
                        <Link href={groupHref(g.slug, 1)}>
                          {g.region}全部 {g.documents.length} 件 →
                        </Link>
                      </p>
                    ) : null}
                  </div>
                ))}
                {groups.length > HOME_GROUPS_PER_LEVEL ? (
                  <p className="mt-3 text-sm" data-more-regions={groups.length - HOME_GROUPS_PER_LEVEL}>
                    <span className="text-muted">其他地区：</span>
                    {groups.slice(HOME_GROUPS_PER_LEVEL).map((g, i) => (
                      <span key={g.slug}>
                        {i ? '、' : ''}
                        <Link href={groupHref(g.slug, 1)} className="underline">
                          {g.region}
                        </Link>（{g.documents.length} 件）
                      </span>
                    ))}
                  </p>
                ) : null}
              </section>
            );
          })}
        </div>
      </section>
      <SourceList />
    </div>
  );
}

function SourceList() {
  const sources = getSources();
  return (
    <section aria-labelledby="sources-h">
      <h2 id="sources-h" className="mb-1 text-lg font-bold">
        来源
      </h2>
      <p className="mb-3 text-sm text-muted">每份来源逐行列出：哪一行属于哪件文件的哪一条，哪些行作为页面框架等内容被排除。</p>
      <SourceItems sources={sources.slice(0, HOME_PER_GROUP)} />
      {sources.length > HOME_PER_GROUP ? (
        <p className="mt-2 text-sm">
          <Link href={sourcesHref(1)}>全部 {sources.length} 份来源 →</Link>
        </p>
      ) : null}
    </section>
  );
}
