/**
 * Runs one benchmark stage in a child process and measures it: wall time,
 * and peak memory as the larger of the child's own maxRSS and the sampled
 * total RSS of its process tree (Pagefind indexes in a helper binary).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export type StageResult = { stage: string; ms: number; peakRssMb: number } & Record<string, unknown>;

function treeRssKb(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]);
      const kids = `/proc/${p}/task/${p}/children`;
      if (existsSync(kids)) for (const c of readFileSync(kids, 'utf8').trim().split(/\s+/).filter(Boolean)) stack.push(Number(c));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

export function runStage(stage: string, dir: string, size: number, seed: number, extra: string[] = []): Promise<StageResult> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/lib/bench/stage.ts', stage, dir, String(size), String(seed), ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let peakKb = 0;
    const timer = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid!))), 100);
    child.stdout.on('data', (d) => (out += d));
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(timer);
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) return fail(new Error(`bench stage ${stage} failed (exit ${code}): ${out.slice(-500)}`));
      const r = JSON.parse(line) as { ms: number; maxRssMb: number } & Record<string, unknown>;
      ok({ ...r, stage, peakRssMb: Math.max(r.maxRssMb, Math.round(peakKb / 1024)) });
    });
  });
}
