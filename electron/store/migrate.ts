// Brings a database to the latest schema, one migration per transaction, recording user_version inside it.
import { StoreError } from './errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';
import type { Db } from './statements';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws a Chinese StoreError when the file was written by a newer version of the program. */
export function assertNotNewer(db: Db, path: string): void {
  const v = schemaVersion(db);
  if (v > LATEST_VERSION) {
    throw new StoreError(
      'newer-schema',
      `数据文件“${path}”由更新版本的“要点”创建（数据格式第 ${v} 版，本程序只支持到第 ${LATEST_VERSION} 版）。` +
        '为避免损坏数据，本次没有打开。请安装最新版本后再打开。',
    );
  }
}

/** Applies the pending migrations in order; returns the versions applied. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= schemaVersion(db)) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${Number(m.version)}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
