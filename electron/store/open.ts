// Opening the one database file: exclusive lock, pragmas, integrity check, backup, migrations.
// A damaged or foreign file is renamed aside (never deleted) and a fresh store opened in its place.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError, isBusyError, isDamageError } from './errors';
import { describeHolder, readLockFile, removeLockFile, writeLockFile } from './lock-file';
import { assertNotNewer, migrate, schemaVersion } from './migrate';
import { LATEST_VERSION } from './migrations';
import type { Db } from './statements';

export interface Store {
  db: Db;
  path: string;
  /** Chinese messages for the user about what happened while opening (a file set aside, an upgrade). */
  notices: string[];
  /** Makes every committed write durable now (WAL synced by a checkpoint). */
  flush(): void;
  /** Schedules flush() within FLUSH_DELAY_MS; edits call this, so they never wait for the disk. */
  flushSoon(): void;
  /** how many flushes have run (for tests and diagnostics) */
  readonly flushes: number;
  close(): void;
}

/** At most this long between an acknowledged edit and its being safe from a power cut. */
export const FLUSH_DELAY_MS = 1000;

export interface OpenOptions {
  /** how long to wait for another process to let go before answering "already open" */
  lockTimeoutMs?: number;
  /** busy timeout once open */
  busyTimeoutMs?: number;
}

class DamagedStore extends Error {}

function stamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

function freeName(base: string): string {
  let name = base;
  for (let i = 2; existsSync(name); i++) name = `${base}-${i}`;
  return name;
}

/** Renames the file and its WAL/SHM companions aside; returns the new name of the main file. */
function moveAside(path: string): string {
  const aside = freeName(`${path}.damaged-${stamp()}`);
  try {
    renameSync(path, aside);
    for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
  } catch (err) {
    throw new StoreError('io', `数据文件“${path}”已损坏，但无法把它改名保存（${(err as Error).message}），请检查文件夹权限。`);
  }
  return aside;
}

function backupBeforeMigration(db: Db, path: string, from: number): string {
  const target = freeName(`${path}.v${from}-backup-${stamp()}`);
  // VACUUM INTO writes a consistent, compact copy; the target is a bound parameter.
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

function lockedError(path: string): StoreError {
  return new StoreError(
    'store-locked',
    `数据文件“${path}”已被另一个程序打开（${describeHolder(readLockFile(path))}）。` +
      '为避免两处同时修改造成损坏，本次没有打开。请先关闭另一个“要点”窗口，再重试。',
  );
}

function connect(path: string, notices: string[], options: OpenOptions): Db {
  let db: Db;
  try {
    db = new Database(path, { timeout: options.lockTimeoutMs ?? 750 });
  } catch (err) {
    if (isDamageError(err)) throw new DamagedStore((err as Error).message);
    throw new StoreError('io', `无法打开数据文件“${path}”：${(err as Error).message}`);
  }
  try {
    // Exclusive mode: the lock is taken now and held until close, so a second process is refused
    // instead of interleaving writes; the WAL index also lives in memory (no -shm, safer on shared drives).
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    // nothing is written before these checks: a newer or damaged file stays exactly as it was
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DamagedStore(`完整性检查未通过：${String(check)}`);
    assertNotNewer(db, path);
    const from = schemaVersion(db);
    const objects = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
    if (from === 0 && objects > 0) throw new DamagedStore('不是“要点”的数据文件');
    db.pragma('journal_mode = WAL');
    // NORMAL, not FULL: in WAL mode a commit then needs no fsync, so an edit is never held up by a slow or
    // busy disk (FULL measured 0.5–5 ms per edit here, far more on an office HDD). A committed edit survives
    // the program crashing or being killed (the crash test); against a power cut the store flushes
    // (checkpoint = WAL fsync) within FLUSH_DELAY_MS of an edit and at once after saves, imports and exports.
    // The file itself cannot be corrupted by a power cut in either mode.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // after a checkpoint the next write starts the log over and cuts it back to 4 MB: it stays small while open
    db.pragma('journal_size_limit = 4194304');
    // checkpoints normally run in flush(), off the edit path; this only caps the WAL during long bursts
    db.pragma('wal_autocheckpoint = 4000');
    let backup: string | null = null;
    if (from > 0 && from < LATEST_VERSION) {
      backup = backupBeforeMigration(db, path, from);
      notices.push(`数据文件已从第 ${from} 版升级到第 ${LATEST_VERSION} 版；升级前的副本保存在“${backup}”。`);
    }
    try {
      migrate(db);
    } catch (err) {
      if (isBusyError(err) || isDamageError(err)) throw err;
      // the failed step was rolled back; the file stays at the last version that completed
      throw new StoreError(
        'migration-failed',
        `数据文件“${path}”升级失败（${(err as Error).message}），没有打开。${backup ? `升级前的副本保存在“${backup}”。` : ''}` +
          '请把这个文件夹交给技术支持处理。',
      );
    }
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    db.pragma('analysis_limit = 400'); // keeps optimize's statistics gathering to a few milliseconds
    db.pragma('optimize = 0x10002');
    return db;
  } catch (err) {
    db.close();
    if (isBusyError(err)) throw lockedError(path);
    if (isDamageError(err)) throw new DamagedStore((err as Error).message);
    throw err;
  }
}

/** Opens (creating if needed) the store at path. Throws StoreError (Chinese) when it must not be opened. */
export function openStore(path: string, options: OpenOptions = {}): Store {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (err) {
    throw new StoreError('io', `无法创建数据文件夹“${dirname(path)}”：${(err as Error).message}`);
  }
  const notices: string[] = [];
  let db: Db;
  try {
    db = connect(path, notices, options);
  } catch (err) {
    if (!(err instanceof DamagedStore)) throw err;
    const aside = moveAside(path);
    notices.push(
      `数据文件“${path}”已损坏或不是“要点”的数据文件（${err.message}）。原文件没有删除，已改名保存为“${aside}”，` +
        '可交技术人员尝试恢复；程序已新建一个空白数据文件。',
    );
    db = connect(path, notices, options);
  }
  writeLockFile(path);
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let flushes = 0;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (closed) return;
    db.pragma('wal_checkpoint(PASSIVE)');
    flushes++;
  };
  return {
    db,
    path,
    notices,
    flush,
    flushSoon() {
      if (!timer && !closed) {
        timer = setTimeout(() => {
          try {
            flush();
          } catch {
            // a busy or failing disk: the next flush or close will try again
          }
        }, FLUSH_DELAY_MS);
        timer.unref();
      }
    },
    get flushes() {
      return flushes;
    },
    close() {
      if (closed) return;
      if (timer) clearTimeout(timer);
      closed = true;
      try {
        db.pragma('optimize');
      } catch {
        // optimisation only
      }
      db.close(); // checkpoints the WAL and syncs the file
      removeLockFile(path);
    },
  };
}
