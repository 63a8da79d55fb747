// Version 5: 任务分工 and progress. A section's assignment (牵头/配合单位, 完成时限, 责任领导) is JSON in its
// row, so it moves, copies and snapshots with the section; the office's unit list is kept once for every
// document; progress records are only ever inserted (history is never overwritten).
import type { Db } from '../statements';

export const version = 5;
export const name = '任务分工、单位名录与进展记录';

export function up(db: Db): void {
  db.exec(`
    ALTER TABLE sections ADD COLUMN assignment TEXT;    -- JSON Assignment or NULL

    CREATE TABLE units (
      rid INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL DEFAULT '其他' CHECK (kind IN ('机关处室', '直属单位', '下级单位', '其他')),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE progress (
      rid INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      section_id TEXT NOT NULL,           -- kept even if the section is later deleted: the record is history
      period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-9Q][0-9]'),
      status TEXT NOT NULL CHECK (status IN ('未启动', '推进中', '已完成', '滞后', '调整')),
      text TEXT NOT NULL,
      source TEXT NOT NULL,               -- 录入, or the imported file's name
      recorded_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX progress_by_task ON progress (document_id, section_id, period, recorded_at);
  `);
}
