/**
 * Home: three ways in by task (查条文, 看依据, 学专题), then what the
 * collection holds in plain words with counts linking into the browse
 * pages. Nothing here lists documents or sources, so the page stays the
 * same size at three thousand documents; editors' pages (编校说明, 来源)
 * are linked from the footer.
 */
import { TaskEntries } from './_components/home/task-entries';
import { CollectionSummary } from './_components/home/collection-summary';

export default function HomePage() {
  return (
    <div className="space-y-8">
      <section aria-labelledby="intro-h">
        <h1 id="intro-h" className="font-serif text-2xl font-bold">
          社会治理法规知识库
        </h1>
        <p className="mt-2 max-w-3xl text-[0.95rem] leading-7 text-muted">
          收录的法规和规范性文件逐条可查、可链接、可引用。地方规定逐条对到它所依据的上位条款；转录中的错字经校订后标出，随时可切换查看原文。
        </p>
      </section>
      <TaskEntries />
      <CollectionSummary />
    </div>
  );
}
