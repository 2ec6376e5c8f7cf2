/**
 * /study/: 自测. Fill-in-the-blank questions generated at build time from
 * the clauses by general rules (lib/study/generate-questions): time limits,
 * who is responsible, which measure follows which.
 */
import type { Metadata } from 'next';
import { getStudy } from '@/app/_data/study';
import { getCorpus } from '@/app/_data/corpus';
import { SelfTest } from '@/app/_components/study/self-test.client';
import '@/app/_components/study/study.css';

export const metadata: Metadata = { title: '自测' };

export default function StudyPage() {
  const { questions, topics } = getStudy();
  const index = getCorpus();
  const asked = new Set(questions.map((q) => q.documentId));
  const documents = index.documents.filter((d) => asked.has(d.id)).map((d) => ({ id: d.id, name: d.shortTitle }));
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-2xl font-bold">自测</h1>
      <p className="mt-2 mb-4 text-[0.95rem] leading-7 text-muted">
        题目从条文中自动生成：时限（几小时内、每年几次）、由谁负责、追责措施的先后顺序。每题都注明出处，可回到原文核对。答案不分全角半角，数字写阿拉伯数字或汉字均可。做题记录只保存在本机浏览器中，不上传。
      </p>
      <SelfTest questions={questions} documents={documents} topics={topics.map((t) => ({ id: t.slug, name: t.title }))} />
    </div>
  );
}
