// Version 8: the 规范检查 findings a user chose to ignore, per document: "ignore here" (one text in one section
// or field) or "ignore in this document" (one lexicon entry everywhere). Deleted with their document.
import type { Db } from '../statements';

export const version = 7;
export const name = '规范检查的忽略记录';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE check_ignores (
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      key TEXT NOT NULL,                  -- here: entry@owner:matched; document: entry id prefixed with *
      created_at TEXT NOT NULL,
      PRIMARY KEY (document_id, key)
    ) STRICT;
  `);
}
