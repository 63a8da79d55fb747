// A small file beside the database saying who holds it. SQLite's exclusive lock is what actually keeps a
// second process out; this file only lets the refusal name the other process and computer.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

export interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

export const lockPathFor = (dbPath: string) => `${dbPath}.lock`;

export function writeLockFile(dbPath: string): void {
  const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  try {
    writeFileSync(lockPathFor(dbPath), JSON.stringify(info));
  } catch {
    // informational only: a read-only folder must not stop the store from opening
  }
}

export function readLockFile(dbPath: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(lockPathFor(dbPath), 'utf8')) as LockInfo;
    return typeof info.pid === 'number' ? info : null;
  } catch {
    return null;
  }
}

export function removeLockFile(dbPath: string): void {
  const info = readLockFile(dbPath);
  if (info && info.pid === process.pid && info.host === hostname()) rmSync(lockPathFor(dbPath), { force: true });
}

export function describeHolder(info: LockInfo | null): string {
  if (!info) return '可能是本机另一个“要点”窗口，或另一台电脑通过共享文件夹打开了它';
  const since = new Date(info.since);
  const when = Number.isNaN(since.getTime()) ? '' : `，自 ${since.toLocaleString('zh-CN', { hour12: false })} 起`;
  return `计算机“${info.host}”上的进程 ${info.pid}${when}`;
}
