/**
 * /study/: 自测. Fill-in-the-blank questions generated at build time from
 * the clauses by general rules (lib/study/generate-questions): time limits,
 * who is responsible, which measure follows which.
 */
import type { Metadata } from 'next';
import { SelfTest } from '@/app/_components/study/self-test.client';
import { ROUND_SIZE } from '@/lib/study/quiz-rounds';
import '@/app/_components/study/study.css';

export const metadata: Metadata = { title: '自测' };

export default function StudyPage() {
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-2xl font-bold">自测</h1>
      <p className="mt-2 mb-4 text-[0.95rem] leading-7 text-muted">
        题目从条文中自动生成：时限（几小时内、每年几次）、由谁负责、追责措施的先后顺序。可按专题、层级和文件出题，每轮至多 {ROUND_SIZE} 题，同一轮中没有一题露出另一题的答案。每题都注明出处，答后可回到所考的条文核对。答案不分全角半角，数字写阿拉伯数字或汉字均可，术语表的别称和同义词表中同义的写法都算对。做题记录只保存在本机浏览器中，不上传。
      </p>
      {/* The questions are downloaded by the page, a document or topic at a time (lib/study/question-shards). */}
      <SelfTest />
    </div>
  );
}
