/**
 * One topic: the editor's framing (MDX from content/topics/) with the
 * clauses it names embedded live from the corpus. Prints as a handout.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getStudy } from '@/app/_data/study';
import { Clause, Clauses } from '@/app/_components/study/clause-embed';
import { PrintHead } from '@/app/_components/study/print-head';
import { EditorialMdx } from '@/app/_components/ui/editorial-mdx';

type Params = { slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getStudy().topics.map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { slug } = await params;
  return { title: getStudy().topics.find((t) => t.slug === slug)?.title ?? '专题' };
}

export default async function TopicPage({ params }: { params: Promise<Params> }) {
  const { slug } = await params;
  const study = getStudy();
  const topic = study.topics.find((t) => t.slug === slug);
  if (!topic) notFound();
  const questions = study.questions.filter((q) => q.topics.includes(slug)).length;
  return (
    <article className="max-w-3xl">
      <PrintHead title={`专题：${topic.title}`} />
      <nav aria-label="位置" className="crumbs no-print mb-2 text-sm text-muted">
        <ol>
          <li>
            <Link href="/">首页</Link>
          </li>
          <li>
            <Link href="/topics/">专题</Link>
          </li>
          <li aria-current="page">{topic.title}</li>
        </ol>
      </nav>
      <header className="mb-4">
        <h1 className="font-serif text-2xl leading-snug font-bold">{topic.title}</h1>
        <p className="mt-2 text-[0.95rem] leading-7 text-muted">{topic.summary}</p>
        {questions ? (
          <p className="no-print mt-2 text-sm">
            <Link href={`/study/?topic=${encodeURIComponent(slug)}`}>本专题自测（{questions} 道题）</Link>
          </p>
        ) : null}
      </header>
      <div className="topic-body">
        <EditorialMdx source={topic.body} kind="topic" components={{ Clause, Clauses }} />
      </div>
    </article>
  );
}
