/** The scaling section's Markdown table: time and peak memory per command, with the ratio to the previous (half-size) input. */
import { COMMANDS, type ScalingResult } from './scaling';

const sec = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : `${(ms / 1000).toFixed(1)} s`);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 1)} MB`;
const ratio = (x: number, prev: number | undefined) => (prev ? ` (×${(x / prev).toFixed(1)})` : '');

export function scalingTable(result: ScalingResult): string {
  const rows = [
    '| 输入 | 规模 | 大小 | 条款 | ingest 时间 | check 时间 | build 时间 | 峰值内存 ingest / check / build | 超出基线的内存 ÷ 输入（最大） |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const s of result.series) {
    s.points.forEach((p, i) => {
      const prev = s.points[i - 1];
      const times = COMMANDS.map((c) => `${sec(p[c].ms)}${ratio(p[c].ms, prev?.[c].ms)}`);
      const peaks = COMMANDS.map((c) => p[c].peakRssMb).join(' / ');
      const over = Math.max(...COMMANDS.map((c) => p[c].peakRssMb - result.baselineRssMb[c])) * 2 ** 20;
      rows.push(`| ${s.label} | ${p.size.toLocaleString('en')} ${s.unit} | ${mb(p.inputBytes)} | ${p.clauses.toLocaleString('en')} | ${times.join(' | ')} | ${peaks} MB | ${(over / p.inputBytes).toFixed(1)}× |`);
    });
  }
  const b = result.baselineRssMb;
  return `${rows.join('\n')}\n\n括号里是与上一行（输入小一半）之比：约 2 即线性。基线是同一命令无事可做时的峰值内存（进程、代码和分词词典；导入一行的文件、检查和构建空内容）：ingest ${b.ingest} MB、check ${b.check} MB、build ${b.build} MB；最后一列是三条命令中超出各自基线最多的峰值内存除以输入字节数。\n`;
}
