import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';

  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `数据目录 ${dataDir} 正被进程 ${pid} 使用（PGlite 只允许一个进程打开）。请先停止该进程，或设置 DATABASE_URL 使用 PostgreSQL。` +
        ` (data folder is held by process ${pid})`,
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Clock ticks after boot when the process started (Linux /proc/<pid>/stat field 22); null elsewhere. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (the command name) may hold spaces and parentheses: count from its closing one.
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return start && /^\d+$/.test(start) ? start : null;
  } catch {
    return null;
  }
}

/** A pid alone may have been reused after a crash and reboot; the start time tells the two apart. */
function heldBy(content: string): number | null {
  const [pidText, started] = content.trim().split(/\s+/);
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return null;
  // A lock written before start times were recorded: only this process's own pid is known stale.
  if (started === undefined) return pid === process.pid ? null : pid;
  const now = processStartTime(pid);
  return now === null || now === started ? pid : null;
}

/** PGlite has no cross-process lock: one process owns a data folder, through this file. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'shuangsui.lock');
  const stamp = `${process.pid} ${processStartTime(process.pid) ?? ''}`.trim();
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, stamp);
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = heldBy(readFileSync(file, 'utf8'));
      if (pid !== null) throw new DataDirLockedError(dataDir, pid);
      rmSync(file, { force: true }); // stale: its process is gone, or the pid now names another one
    }
  }
  throw new DataDirLockedError(dataDir, -1);
}
