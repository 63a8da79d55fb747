// Rolling automatic backups of the database in <data folder>/backups: one per working day (taken when the day's
// first session closes or, after a day without a clean close, at the next start) and one before every
// migration, a few generations kept. A damaged database is rebuilt from the newest good one (recovery.ts).
import Database from 'better-sqlite3';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LATEST_VERSION } from './migrations';
import type { Db } from './statements';

export type BackupReason = 'daily' | 'migration';

/** Daily backups kept (about two working weeks); migration backups are kept apart, the last few. */
const KEEP_DAILY = 10;
const KEEP_MIGRATION = 3;

export interface BackupFile {
  path: string;
  reason: BackupReason;
  /** when it was taken (from its name; local time) */
  takenAt: Date;
}

const backupDirFor = (dbPath: string) => join(dirname(dbPath), 'backups');

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}`;
  return `${day}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

const NAME = /^(.+)\.(daily|migration)(?:-v\d+)?-(\d{8})-(\d{6})(?:-\d+)?\.db$/;

function parseName(name: string): { base: string; reason: BackupReason; takenAt: Date } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [y, mo, d] = [m[3].slice(0, 4), m[3].slice(4, 6), m[3].slice(6, 8)].map(Number);
  const [h, mi, s] = [m[4].slice(0, 2), m[4].slice(2, 4), m[4].slice(4, 6)].map(Number);
  return { base: m[1], reason: m[2] as BackupReason, takenAt: new Date(y, mo - 1, d, h, mi, s) };
}

/** The backups of the database at dbPath, newest first. */
export function listBackups(dbPath: string): BackupFile[] {
  const dir = backupDirFor(dbPath);
  if (!existsSync(dir)) return [];
  const out: BackupFile[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseName(name);
    if (parsed?.base !== basename(dbPath)) continue;
    out.push({ path: join(dir, name), reason: parsed.reason, takenAt: parsed.takenAt });
  }
  return out.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.path.localeCompare(a.path));
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Syncs a folder's entries (a rename is durable only then); not possible on Windows, where it is not needed. */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // a file system that cannot sync folders: the data itself is synced
  }
}

/**
 * Writes a consistent copy of the open database (VACUUM INTO, which reads through the open connection and so
 * works while it holds its exclusive lock) to a temporary name, syncs it and renames it into place, so a
 * backup that exists is always complete. Returns its path.
 */
export function takeBackup(db: Db, dbPath: string, reason: BackupReason, now: Date, fromVersion?: number): string {
  const dir = backupDirFor(dbPath);
  mkdirSync(dir, { recursive: true });
  const version = reason === 'migration' && fromVersion !== undefined ? `-v${fromVersion}` : '';
  const stem = join(dir, `${basename(dbPath)}.${reason}${version}-${stamp(now)}`);
  let target = `${stem}.db`;
  for (let i = 2; existsSync(target); i++) target = `${stem}-${i}.db`;
  const temp = `${target}.tmp`;
  rmSync(temp, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    fsyncFile(temp);
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true }); // a full disk must not also be left with half a backup on it
    throw err;
  }
  fsyncDir(dir);
  prune(dbPath, reason);
  return target;
}

function prune(dbPath: string, reason: BackupReason): void {
  const keep = reason === 'daily' ? KEEP_DAILY : KEEP_MIGRATION;
  const old = listBackups(dbPath)
    .filter((b) => b.reason === reason)
    .slice(keep);
  for (const b of old) rmSync(b.path, { force: true });
}

const sameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** True when no backup was taken today: the day's work is then kept at the next close (or the next start). */
export function dailyBackupDue(dbPath: string, now: Date): boolean {
  const newest = listBackups(dbPath).find((b) => b.reason === 'daily');
  return !newest || !sameDay(newest.takenAt, now);
}

/** Whether a backup file opens, passes an integrity check and is not from a newer program. */
function isGoodBackup(path: string): boolean {
  try {
    if (statSync(path).size === 0) return false;
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const version = db.pragma('user_version', { simple: true }) as number;
      return version >= 1 && version <= LATEST_VERSION && db.pragma('quick_check', { simple: true }) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

export function newestGoodBackup(dbPath: string): BackupFile | null {
  return listBackups(dbPath).find((b) => isGoodBackup(b.path)) ?? null;
}
