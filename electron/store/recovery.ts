// What happens when the database turns out damaged at start: the damaged file has been renamed aside (never
// deleted); the newest good backup is put in its place, whatever can still be read from the damaged file is laid
// over it (salvage.ts), everything is synced, and the user is told in plain Chinese what came back and from when.
import { copyFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatTime } from '../../shared/model/dates';
import { fsyncDir, fsyncFile, newestGoodBackup, type BackupFile } from './backups';
import { salvageInto, type SalvageReport } from './salvage';
import type { Db } from './statements';

export function recoverDamagedStore(
  path: string,
  aside: string,
  reason: string,
  notices: string[],
  connect: () => Db,
): Db {
  const backup = newestGoodBackup(path);
  if (backup) {
    copyFileSync(backup.path, path);
    fsyncFile(path);
    fsyncDir(dirname(path));
  }
  const db = connect();
  const fromBackup = backup ? countDocuments(db) : 0;
  const report = salvageInto(db, aside);
  // the recovered data is on disk before anyone edits again
  db.pragma('wal_checkpoint(TRUNCATE)');
  fsyncFile(path);
  notices.push(recoveryMessage({ path, aside, reason, backup, fromBackup, report, total: countDocuments(db) }));
  return db;
}

function countDocuments(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM documents WHERE deleted_at IS NULL').get() as { n: number }).n;
}

const list = (names: string[]) =>
  names
    .slice(0, 5)
    .map((n) => `“${n}”`)
    .join('、') + (names.length > 5 ? ` 等 ${names.length} 份` : '');

interface RecoveryFacts {
  path: string;
  aside: string;
  reason: string;
  backup: BackupFile | null;
  fromBackup: number;
  report: SalvageReport;
  total: number;
}

function recoveryMessage(f: RecoveryFacts): string {
  if (f.report.complete) {
    // only an index (usually the search index) or free space was damaged: nothing is lost
    return (
      `数据文件“${f.path}”有损坏（${f.reason}），但所有文档都已从中完整读出，检索索引已重建，没有丢失任何内容；` +
      `现在共有 ${f.total} 份文档。原文件已改名保存为“${f.aside}”，确认无误后可以删除。`
    );
  }
  const parts: string[] = [`数据文件“${f.path}”已损坏（${f.reason}），程序已自动恢复。`];
  if (f.backup)
    parts.push(`先用 ${formatTime(f.backup.takenAt.toISOString())} 的自动备份恢复了 ${f.fromBackup} 份文档`);
  else parts.push('没有可用的自动备份');
  const { updated, fromSnapshot, newestEdit } = f.report;
  if (updated.length) {
    parts.push(
      f.backup ? `，又从损坏的文件中读回了${list(updated)}较新的内容` : `，从损坏的文件中读回了${list(updated)}`,
    );
    if (newestEdit) parts.push(`（最近一次修改在 ${formatTime(newestEdit)}）`);
  } else if (!f.report.readable) {
    parts.push('；损坏的文件已无法读取');
  } else if (!fromSnapshot.length) {
    parts.push(f.backup ? '；损坏的文件中没有比备份更新的内容' : '');
  }
  if (fromSnapshot.length) parts.push(`；${list(fromSnapshot)}有部分内容无法读取，已恢复到最近一次自动保存的版本`);
  if (f.report.partial.length) parts.push(`；${list(f.report.partial)}只能读回一部分，内容可能不完整`);
  parts.push(`。现在共有 ${f.total} 份文档，请核对最近的修改。原文件没有删除，已改名保存为“${f.aside}”。`);
  return parts.join('');
}
