/** /topics/: the study topics, each gathering one theme's provisions from every document. */
import type { Metadata } from 'next';
import Link from 'next/link';
import { getStudy } from '@/app/_data/study';
import { getCorpus } from '@/app/_data/corpus';
import { topicHref } from '@/app/_lib/study-routes';
import { splitGlobalId } from '@/lib/content/corpus-index';

export const metadata: Metadata = { title: '专题' };

export default function TopicsPage() {
  const { topics, questions } = getStudy();
  const index = getCorpus();
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-2xl font-bold">专题</h1>
      <p className="mt-2 mb-6 text-[0.95rem] leading-7 text-muted">
        每个专题把各文件中同一主题的条款汇集在一起，附简短的编者说明。条文直接取自本库的校订本，点击出处可到原文件中查看上下文；每个专题都可打印为讲义。
      </p>
      <ol className="space-y-4">
        {topics.map((t) => {
          const docs = [...new Set(t.refs.map((r) => splitGlobalId(r).documentId))].map((id) => index.document(id)?.shortTitle ?? id);
          const count = questions.filter((q) => q.topics.includes(t.slug)).length;
          return (
            <li key={t.slug} className="rounded border border-rule bg-white px-4 py-3">
              <h2 className="text-lg font-bold">
                <Link href={topicHref(t.slug)}>{t.title}</Link>
              </h2>
              <p className="mt-1 text-[0.95rem] leading-7">{t.summary}</p>
              <p className="mt-1 text-sm text-muted">
                {t.refs.length} 处条款，涉及{docs.map((d) => `《${d}》`).join('')}
                {count ? `；自测题 ${count} 道` : ''}
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
