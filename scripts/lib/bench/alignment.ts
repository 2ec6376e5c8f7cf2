/**
 * The alignment section: recall, precision and false parents of the aligner
 * on every gold pair (tests/refs), with the articles that miss, so the README
 * can quote numbers someone measured. Reads the test content folder: the gold
 * pairs are in its sample, and the whole national corpus would take hours.
 */
import type { AlignmentMetrics } from '../../../tests/refs/align-helpers';

export type AlignmentPairResult = { name: string; metrics: AlignmentMetrics; misses: string[] };

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export async function runAlignment(): Promise<AlignmentPairResult[]> {
  // The helpers read KB_CONTENT when they load: import them only after it is set.
  const { GOLD_PAIRS, measurePair } = await import('../../../tests/refs/align-helpers');
  return GOLD_PAIRS.map((pair) => {
    const { rows, metrics } = measurePair(pair);
    const misses = rows
      .filter((r) => r.top !== r.gold.parent)
      .map((r) => {
        const partly = r.top && r.gold.also?.includes(r.top) ? '（金标准列为部分实施）' : '';
        return `${r.id}：对齐到 ${r.top ?? '（无）'}${partly}，应为 ${r.gold.parent ?? '（本地独有）'}`;
      });
    return { name: pair.name, metrics, misses };
  });
}

export function alignmentTable(results: AlignmentPairResult[]): string {
  const rows = ['| 文件对 | 实施条文 | 召回（首选为正确上位条文） | 首选精度 | 本地独有条文 | 误配上位 |', '|---|---:|---:|---:|---:|---:|'];
  for (const { name, metrics: m } of results) {
    rows.push(
      `| ${name} | ${m.implementing} | ${m.recalled}/${m.implementing} = ${pct(m.recall)} | ${pct(m.precision)}（${m.linked} 条有首选） | ${m.localOnly} | ${m.falseParents}/${m.localOnly} = ${pct(m.falseParentRate)} |`,
    );
  }
  const misses = results.filter((r) => r.misses.length).map((r) => `### ${r.name}\n\n${r.misses.map((m) => `- ${m}`).join('\n')}\n`);
  return `${rows.join('\n')}\n\n目标：召回 ≥ 85%，首选精度 ≥ 95%，本地独有条文误配上位 ≤ 3%。金标准见 tests/refs/gold/ 与 tests/refs/fixtures/food-safety/gold.json（逐条阅读两份文本判定，不取对齐结果）。\n\n## 未对上的条文\n\n${misses.join('\n')}`;
}
