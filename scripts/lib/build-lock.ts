/**
 * One `kb build` at a time per working folder. Two builds writing the same
 * outputs would each publish a mix of the other's files, so the second one
 * is refused. The lock file is created exclusively and holds the builder's
 * pid; a lock whose process is gone (a build killed by Ctrl-C or a crash)
 * is taken over with a note, so nobody has to delete it by hand.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

const BUILD_LOCK = '.generated.lock';
/** A lock file with no pid yet is being written; past this age its writer died first. */
const UNWRITTEN_LOCK_MS = 10_000;

export type LockResult = { ok: true; note: string | null } | { ok: false; message: string };

/** Take the lock, released when the process exits. */
export function acquireBuildLock(path = BUILD_LOCK): LockResult {
  let note: string | null = null;
  // Two tries: after removing a stale lock, another build may take it first.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      process.on('exit', () => releaseBuildLock(path));
      return { ok: true, note };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = lockHolder(path);
    if (holder.alive) return { ok: false, message: `另一个构建正在进行（进程 ${holder.pid ?? '未知'}，锁文件 ${path}）；请等它结束后再运行。` };
    rmSync(path, { force: true });
    note = `接管了过期的构建锁 ${path}：进程 ${holder.pid ?? '未知'} 已不存在（上次构建可能被中断；它没写完的输出不会发布）。`;
  }
  return { ok: false, message: `无法取得构建锁 ${path}：另一个构建刚刚开始。` };
}

function lockHolder(path: string): { pid: number | null; alive: boolean } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').trim();
  } catch {
    return { pid: null, alive: false };
  }
  const pid = /^\d+$/.test(text) ? Number(text) : null;
  if (pid === null) return { pid, alive: Date.now() - mtime(path) < UNWRITTEN_LOCK_MS };
  return { pid, alive: isAlive(pid) };
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseBuildLock(path: string): void {
  try {
    if (readFileSync(path, 'utf8').trim() === String(process.pid)) rmSync(path);
  } catch {
    // Already gone: nothing to release.
  }
}
