/**
 * The home page's three ways in, each one step from its task: 查条文 (a
 * search form that works before any script runs), 看依据 (a local rule
 * against the provisions it implements, and the table of parent works) and
 * 学专题 (topics, self-test, glossary). Sized by the number of topics and
 * examples, never by the number of documents.
 */
import Link from 'next/link';
import type { ReactNode } from 'react';
import { withBase } from '@/app/_lib/with-base';
import { browseHref, docHref, implementersHref } from '@/app/_lib/routes';
import { topicHref, glossaryHref } from '@/app/_lib/study-routes';
import { compareHref } from '@/lib/site/compare-href';
import { parentRows } from '@/app/_data/site-lists';
import { findPair } from '@/app/compare/_lib/compare-data';
import { getCorpus } from '@/app/_data/corpus';
import { getStudy } from '@/app/_data/study';
import { getSearchExamples } from '@/app/_data/search-examples';

/** Examples and topics named on the card; the rest are one link away. */
const SHOWN = 4;

export function TaskEntries() {
  return (
    <div className="grid gap-4 md:grid-cols-3" data-tasks>
      <SearchTask />
      <BasisTask />
      <StudyTask />
    </div>
  );
}

function Card({ task, title, lead, children }: { task: string; title: string; lead: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`task-${task}-h`} className="flex flex-col rounded border border-rule bg-white px-4 py-3" data-task={task}>
      <h2 id={`task-${task}-h`} className="text-lg font-bold">
        {title}
      </h2>
      <p className="mt-1 text-sm leading-6 text-muted">{lead}</p>
      <div className="mt-3 flex-1 space-y-2 text-sm leading-6">{children}</div>
    </section>
  );
}

function SearchTask() {
  const examples = getSearchExamples().slice(0, SHOWN);
  return (
    <Card task="search" title="查条文" lead="输入词语、一句话，或文件名加条号（如“信访条例第十四条”），找到条文并在原文件中阅读。">
      {/* A plain GET form: it reaches the results page with or without scripts. */}
      <form action={withBase('/search/')} method="get" role="search" aria-label="查条文" className="flex gap-2">
        <label htmlFor="home-q" className="sr-only">
          检索词
        </label>
        <input id="home-q" name="q" type="search" required enterKeyHint="search" autoComplete="off" className="min-w-0 flex-1 rounded border border-rule bg-white px-3 py-1.5" />
        <button type="submit" className="rounded border border-link bg-link px-3 py-1.5 text-white">
          检索
        </button>
      </form>
      {examples.length ? (
        <p>
          <span className="text-muted">例如：</span>
          {examples.map((e, i) => (
            <span key={e}>
              {i ? '、' : ''}
              <Link href={`/search/?${new URLSearchParams({ q: e })}`} prefetch={false} className="underline">
                {e}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      <p>
        <Link href={browseHref()}>分类浏览全部文件 →</Link>
      </p>
    </Card>
  );
}

/** The parent work most texts implement, with one of its implementers that has a comparison page. */
function basisExample() {
  const index = getCorpus();
  for (const row of parentRows()) {
    if (!row.documentId) continue;
    const local = row.documents.find((d) => findPair(d.id, row.documentId!)?.relation === 'implements');
    if (local) return { row, local, parent: index.document(row.documentId)! };
  }
  return null;
}

function BasisTask() {
  const rows = parentRows();
  const example = basisExample();
  return (
    <Card task="basis" title="看依据" lead="地方规定依据的是哪部上位法的哪一条；地方增加、删去或改动了什么，上位条款中哪些没有落实。">
      {example ? (
        <p data-basis-example>
          <span className="text-muted">例如：</span>
          <Link href={compareHref(example.local.id, example.parent.id)} prefetch={false} className="underline">
            《{example.local.title}》与《{example.parent.title}》逐条对照
          </Link>
          <span className="text-muted">；依据《</span>
          <Link href={docHref(example.parent.id)} prefetch={false} className="underline">
            {example.parent.title}
          </Link>
          <span className="text-muted">》制定的文件 </span>
          <Link href={implementersHref(example.row.slug)} prefetch={false} className="underline">
            {example.row.documents.length} 件
          </Link>
          <span className="text-muted">。</span>
        </p>
      ) : null}
      <ul className="space-y-1">
        <li>
          <Link className="underline" href="/relations/">上位文件与实施文件一览</Link>
          <span className="ml-1 text-muted">{rows.length} 件上位文件，按地区计数</span>
        </li>
        <li>
          <Link href="/compare/">任选两件文件逐条对照</Link>
        </li>
        <li>
          <Link href="/cited/">被引用但本库未收录的文件</Link>
        </li>
      </ul>
    </Card>
  );
}

function StudyTask() {
  const { topics, questions, glossary } = getStudy();
  return (
    <Card task="study" title="学专题" lead="同一主题的条款汇集在一起，可打印为讲义；自测题从条文中生成，每题注明出处。">
      {topics.length ? (
        <ul className="space-y-1">
          {topics.slice(0, SHOWN).map((t) => (
            <li key={t.slug}>
              <Link href={topicHref(t.slug)}>{t.title}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="space-y-1">
        <li>
          <Link href="/topics/">全部 {topics.length} 个专题 →</Link>
        </li>
        <li>
          <Link className="underline" href="/study/">自测</Link>
          <span className="ml-1 text-muted">{questions.length} 道题</span>
        </li>
        <li>
          <Link className="underline" href={glossaryHref()}>术语</Link>
          <span className="ml-1 text-muted">{glossary.length} 条</span>
        </li>
      </ul>
    </Card>
  );
}
