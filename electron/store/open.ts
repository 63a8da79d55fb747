// Opening the one database file: exclusive lock, pragmas, integrity check, backups, migrations.
// A damaged or foreign file is renamed aside (never deleted); the store is rebuilt from the newest good backup
// with whatever can still be read from the damaged file laid over it (recovery.ts), and the user is told.
import Database from 'better-sqlite3';
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { describeSystemError, systemReason } from '../system-errors';
import { dailyBackupDue, takeBackup } from './backups';
import { StoreError, isBusyError, isDamageError } from './errors';
import { describeHolder, readLockFile, removeLockFile, writeLockFile } from './lock-file';
import { assertNotNewer, migrate, schemaVersion } from './migrate';
import { LATEST_VERSION } from './migrations';
import { recoverDamagedStore } from './recovery';
import { mergeSearchIndexes, rebuildSearchIndex } from './search';
import { inspectWal } from './wal-check';
import type { Db } from './statements';

export interface Store {
  db: Db;
  path: string;
  /** Chinese messages for the user about what happened while opening (a file set aside, an upgrade). */
  notices: string[];
  /** Checkpoints the WAL into the database file now (every commit is already synced: synchronous=FULL). */
  flush(): void;
  /** Schedules flush() within FLUSH_DELAY_MS, keeping the WAL short without checkpointing on every edit. */
  flushSoon(): void;
  /** how many flushes have run (for tests and diagnostics) */
  readonly flushes: number;
  /**
   * The full integrity check left for after start (a large file got only the quick per-table check at open), or
   * null when the full check already ran. Returns a Chinese notice when it finds damage; nothing is changed then
   * but a marker beside the file, so the next start runs the full check first and recovers as usual.
   */
  deferredCheck: (() => string | null) | null;
  close(): void;
}

/** At most this long between an edit and its checkpoint into the database file. */
export const FLUSH_DELAY_MS = 1000;

export interface OpenOptions {
  /** how long to wait for another process to let go before answering "already open" */
  lockTimeoutMs?: number;
  /** busy timeout once open */
  busyTimeoutMs?: number;
  /** the clock for backup names and the daily backup (tests) */
  now?: () => Date;
  /**
   * Files up to this size get SQLite's full quick_check at open; larger ones a per-table check of their b-trees
   * at open and the full one later (Store.deferredCheck). Default FULL_CHECK_MAX_BYTES.
   */
  fullCheckMaxBytes?: number;
}

/** About 30 ms of quick_check on a typical disk: below it the whole check runs before the first screen. */
const FULL_CHECK_MAX_BYTES = 4 * 1024 * 1024;

/** Left beside the data file when the check after start found damage: the next start checks fully first. */
export const checkMarkerPath = (path: string): string => `${path}-check-failed`;

class DamagedStore extends Error {}

/** SQLite's English reason for a damaged file, said in Chinese. */
function damageReason(err: unknown): string {
  const code = String((err as { code?: unknown })?.code ?? '');
  if (code.startsWith('SQLITE_NOTADB')) return '文件头已损坏，或它不是数据库文件';
  if (/malformed/i.test((err as Error)?.message ?? '')) return '有数据页损坏或文件不完整';
  return '有数据页损坏';
}

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
    throw new StoreError(
      'io',
      `数据文件“${path}”已损坏，但无法把它改名保存（${(err as Error).message}），请检查文件夹权限。`,
    );
  }
  return aside;
}

function lockedError(path: string): StoreError {
  return new StoreError(
    'store-locked',
    `数据文件“${path}”已被另一个程序打开（${describeHolder(readLockFile(path))}）。` +
      '为避免两处同时修改造成损坏，本次没有打开。请先关闭另一个“要点”窗口，再重试。',
  );
}

function connect(path: string, notices: string[], options: OpenOptions, fullCheck: boolean): Db {
  let db: Db;
  try {
    db = new Database(path, { timeout: options.lockTimeoutMs ?? 750 });
  } catch (err) {
    if (isDamageError(err)) throw new DamagedStore(damageReason(err));
    throw new StoreError('io', describeSystemError('打开数据文件', path, err));
  }
  try {
    // Exclusive mode: the lock is taken now and held until close, so a second process is refused
    // instead of interleaving writes; the WAL index also lives in memory (no -shm, safer on shared drives).
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    // nothing is written before these checks: a newer or damaged file stays exactly as it was
    assertNotNewer(db, path);
    if (!(fullCheck ? passesQuickCheck(db, notices) : tablesPassQuickCheck(db)))
      throw new DamagedStore('完整性检查发现了损坏的数据页');
    const from = schemaVersion(db);
    const objects = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
    if (from === 0 && objects > 0) throw new DamagedStore('不是“要点”的数据文件');
    db.pragma('journal_mode = WAL');
    // FULL: every commit syncs the WAL before it returns, so "已保存" means on disk — a power cut loses no
    // acknowledged edit, whatever else the program is doing (NORMAL left a window that stretched past 2 s
    // during big imports and exports). The cost per save is measured by `npm run bench store`.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // after a checkpoint the next write starts the log over and cuts it back to 4 MB: it stays small while open
    db.pragma('journal_size_limit = 4194304');
    // checkpoints normally run in flush(), off the edit path; this only caps the WAL during long bursts
    db.pragma('wal_autocheckpoint = 4000');
    let backup: string | null = null;
    const now = options.now?.() ?? new Date();
    if (from > 0 && from < LATEST_VERSION) {
      backup = takeBackup(db, path, 'migration', now, from);
      notices.push(`数据文件已从第 ${from} 版升级到第 ${LATEST_VERSION} 版；升级前的副本保存在“${backup}”。`);
    }
    try {
      migrate(db);
    } catch (err) {
      if (isBusyError(err) || isDamageError(err)) throw err;
      // the failed step was rolled back; the file stays at the last version that completed
      throw new StoreError(
        'migration-failed',
        `数据文件“${path}”升级失败（${systemReason(err) ?? (err as Error).message}），没有打开。` +
          `${backup ? `升级前的副本保存在“${backup}”。` : ''}` +
          '请把这个文件夹交给技术支持处理。',
      );
    }
    // the end of the last working day, kept before today's first edit (an empty store has nothing to keep)
    if (dailyBackupDue(path, now) && hasDocuments(db)) takeBackup(db, path, 'daily', now);
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    db.pragma('analysis_limit = 400'); // keeps optimize's statistics gathering to a few milliseconds
    db.pragma('optimize = 0x10002');
    return db;
  } catch (err) {
    db.close();
    if (isBusyError(err)) throw lockedError(path);
    if (isDamageError(err)) throw new DamagedStore(damageReason(err));
    if (err instanceof StoreError || err instanceof DamagedStore) throw err;
    // a read-only file or folder, a full disk: SQLite's English text never reaches the user
    if (systemReason(err)) throw new StoreError('io', describeSystemError('打开数据文件', path, err));
    throw err;
  }
}

/**
 * SQLite's quick check, which also checks the full-text indexes. When only those are damaged (their pages sound,
 * their data not), they are rebuilt from their own stored text in place: never a reason to set the file aside.
 */
function passesQuickCheck(db: Db, notices: string[]): boolean {
  const problems = (db.pragma('quick_check') as Array<{ quick_check: string }>).map((r) => r.quick_check);
  if (problems.length === 1 && problems[0] === 'ok') return true;
  if (!problems.every((p) => /fts5|_search|_bigram/i.test(p))) return false;
  try {
    rebuildSearchIndex(db);
  } catch {
    return false;
  }
  if (db.pragma('quick_check', { simple: true }) !== 'ok') return false;
  notices.push('全文检索的索引已损坏，已自动重建；文档没有受到影响。');
  return true;
}

/**
 * The check at open for a large file: each ordinary table's b-tree and indexes (pages, cells, record headers),
 * about a tenth of the full check's time. What it leaves for later: the full-text indexes' own consistency check
 * (most of the cost, and grows with the text) and the free-page list.
 */
function tablesPassQuickCheck(db: Db): boolean {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")
    .pluck()
    .all() as string[];
  return tables.every((t) => db.pragma(`quick_check("${t.replace(/"/g, '""')}")`, { simple: true }) === 'ok');
}

/** The notice for damage the check after start found (the file is left as it is until the next start). */
function laterDamageNotice(path: string, problems: string[]): string {
  const what = problems.every((p) => /fts5|_search/i.test(p)) ? '全文检索的索引有错误' : '有数据页损坏';
  return (
    `启动后的完整性检查发现数据文件“${path}”${what}。程序没有改动这个文件；` +
    '请核对并记下最近的修改，然后关闭并重新打开“要点”：下次启动时会先完整检查，' +
    '并自动从备份和这个文件中尽量恢复文档（原文件改名保存，不会删除）。'
  );
}

/**
 * A read-only data file or folder, said before SQLite fails on it with "disk I/O error". The mode bits are
 * looked at too: the read-only attribute (Windows) or a file no one may write, which even an administrator
 * account must not silently override.
 */
function assertWritable(path: string): void {
  const readOnly = (p: string) => {
    try {
      const info = statSync(p);
      // Windows marks many ordinary folders read-only (a "customised folder" flag): only files count there
      const modeCounts = process.platform !== 'win32' || !info.isDirectory();
      if (modeCounts && (info.mode & 0o222) === 0) return true;
      accessSync(p, constants.W_OK);
      return false;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code !== 'ENOENT';
    }
  };
  const hint =
    '程序只能读取、不能保存。请检查文件和文件夹的权限（或“只读”属性），或用环境变量 YAODIAN_DATA_DIR 换一个可写的数据文件夹。';
  if (readOnly(dirname(path))) throw new StoreError('io', `数据文件夹“${dirname(path)}”是只读的，${hint}`);
  if (existsSync(path) && readOnly(path)) throw new StoreError('io', `数据文件“${path}”是只读的，${hint}`);
}

/** The notice for a damaged write-ahead log that will drop saved edits (its copy kept), or null. */
function walDroppingEdits(path: string): string | null {
  const report = inspectWal(`${path}-wal`);
  if (!report || report.droppedCommits === 0) return null;
  const copy = freeName(`${path}-wal.damaged-${stamp()}`);
  try {
    copyFileSync(`${path}-wal`, copy);
  } catch {
    // the notice matters more than the copy
  }
  return (
    `上次关闭程序前保存的最后 ${report.droppedCommits} 次修改没能完整写入磁盘（写入日志已损坏，可能是断电或磁盘故障），` +
    `无法恢复；相关文档停留在此前保存的状态，请核对最近编辑的内容。损坏的日志已另存为“${copy}”。`
  );
}

function hasDocuments(db: Db): boolean {
  return db.prepare('SELECT 1 FROM documents LIMIT 1').get() !== undefined;
}

/** Opens (creating if needed) the store at path. Throws StoreError (Chinese) when it must not be opened. */
export function openStore(path: string, options: OpenOptions = {}): Store {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (err) {
    throw new StoreError('io', describeSystemError('创建数据文件夹', dirname(path), err));
  }
  assertWritable(path);
  const notices: string[] = [];
  // read before SQLite replays (and then removes) a log left by a crash or power cut
  const dropped = walDroppingEdits(path);
  const leftLog = existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0;
  const marker = checkMarkerPath(path);
  const markerLeft = existsSync(marker);
  let fullCheck =
    markerLeft || !existsSync(path) || statSync(path).size <= (options.fullCheckMaxBytes ?? FULL_CHECK_MAX_BYTES);
  let db: Db;
  try {
    db = connect(path, notices, options, fullCheck);
  } catch (err) {
    if (!(err instanceof DamagedStore)) throw err;
    const aside = moveAside(path);
    fullCheck = true;
    db = recoverDamagedStore(path, aside, err.message, notices, () => connect(path, notices, options, true));
  }
  // the full check has now run (and recovered if it had to): the marker has done its work
  if (markerLeft) rmSync(marker, { force: true });
  if (dropped) notices.push(dropped);
  if (leftLog) {
    // after a crash: what the log held goes into the database file and is synced now, not at the next edit
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // busy or failing: the regular flushes try again
    }
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
  const deferredCheck = () => {
    if (closed) return null;
    let problems: string[];
    try {
      problems = (db.pragma('quick_check') as Array<{ quick_check: string }>).map((r) => r.quick_check);
    } catch (err) {
      if (!isDamageError(err)) return null; // busy or closing: the next start checks again
      problems = [(err as Error).message];
    }
    if (problems.length === 1 && problems[0] === 'ok') return null;
    try {
      writeFileSync(marker, `${problems.join('\n').slice(0, 4000)}\n`);
    } catch {
      // the notice still tells the user; without the marker the next start's quick check may not see it
    }
    return laterDamageNotice(path, problems);
  };
  return {
    db,
    path,
    notices,
    deferredCheck: fullCheck ? null : deferredCheck,
    flush,
    flushSoon() {
      if (!timer && !closed) {
        timer = setTimeout(() => {
          try {
            // the index merging saves leave undone (schema version 9), then into the database file with it
            mergeSearchIndexes(db);
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
      try {
        // a store left open across days (or the first day's work) is kept at the day's last close
        const now = options.now?.() ?? new Date();
        if (dailyBackupDue(path, now) && hasDocuments(db)) takeBackup(db, path, 'daily', now);
      } catch {
        // a backup failing (a full disk) must not stop the close; the next start tries again
      }
      db.close(); // checkpoints the WAL and syncs the file
      removeLockFile(path);
    },
  };
}
