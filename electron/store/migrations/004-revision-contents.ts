// Version 4: revision contents stored once. A revision row points at its snapshot by content hash, so an
// export or Ctrl+S of unchanged content (and an automatic snapshot equal to one of them) adds a row of a
// few bytes, not another copy of the document. A content goes when the last revision using it goes.
import { createHash } from 'node:crypto';
import type { Db } from '../statements';

export const version = 4;
export const name = '修订内容按哈希只存一份';

export const contentHash = (snapshot: string) => createHash('sha256').update(snapshot).digest('hex');

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE revision_contents (
      rid INTEGER PRIMARY KEY,
      hash TEXT NOT NULL UNIQUE,          -- sha256 of snapshot
      snapshot TEXT NOT NULL              -- JSON YaodianDocument, section ids included
    ) STRICT;
    CREATE TABLE revisions_v4 (
      rid INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      reason TEXT NOT NULL CHECK (reason IN ('manual', 'export', 'auto', 'restore')),
      label TEXT,
      content_hash TEXT NOT NULL REFERENCES revision_contents (hash),
      section_count INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
  `);
  const put = db.prepare('INSERT OR IGNORE INTO revision_contents (hash, snapshot) VALUES (?, ?)');
  const copy = db.prepare(`INSERT INTO revisions_v4
    (rid, id, document_id, reason, label, content_hash, section_count, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  // one row at a time (a statement cannot write while another iterates; all at once could be hundreds of MB)
  const next = db.prepare(`SELECT rid, id, document_id, reason, label, snapshot, section_count, created_at
    FROM revisions WHERE rid > ? ORDER BY rid LIMIT 1`);
  for (let r = next.get(-1) as Record<string, string | number | null> | undefined; r; r = next.get(r.rid) as typeof r) {
    const hash = contentHash(r.snapshot as string);
    put.run(hash, r.snapshot);
    copy.run(r.rid, r.id, r.document_id, r.reason, r.label, hash, r.section_count, r.created_at);
  }
  db.exec(`
    DROP TABLE revisions;
    ALTER TABLE revisions_v4 RENAME TO revisions;
    CREATE INDEX revisions_by_document ON revisions (document_id, created_at);
    CREATE INDEX revisions_by_content ON revisions (content_hash);
    CREATE TRIGGER revisions_release_content AFTER DELETE ON revisions
      WHEN NOT EXISTS (SELECT 1 FROM revisions WHERE content_hash = old.content_hash) BEGIN
      DELETE FROM revision_contents WHERE hash = old.content_hash;
    END;
  `);
}
