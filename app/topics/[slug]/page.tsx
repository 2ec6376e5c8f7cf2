/**
 * One topic: the editor's framing (MDX from content/topics/) with the
 * clauses it names embedded live from the corpus. Prints as a handout.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'react/jsx-runtime';
import { getStudy } from '@/app/_data/study';
import { Clause, Clauses } from '@/app/_components/study/clause-embed';
import { PrintHead } from '@/app/_components/study/print-head';

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
  // The body is the repository's own content file; no imports are resolved, and only these components exist.
  const { default: Content } = await evaluate(topic.body, { ...runtime, jsx: withCite(runtime.jsx), jsxs: withCite(runtime.jsxs), development: false });
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
        <Content components={{ Clause, Clauses }} />
      </div>
    </article>
  );
}

type Jsx = typeof runtime.jsx;

/**
 * Topics write <Clause ref="…" />, the natural word for an author, but React
 * reserves `ref` (and refuses it in a server component): it reaches the
 * component as `cite` instead.
 */
function withCite(jsx: Jsx): Jsx {
  return (type, props, key) => {
    if (type === Clause && props && typeof props === 'object' && 'ref' in props) {
      const { ref, ...rest } = props as { ref: unknown };
      return jsx(type, { ...rest, cite: ref }, key);
    }
    return jsx(type, props, key);
  };
}
