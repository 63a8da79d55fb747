// The ignore keys of one document's 规范检查 findings (migration 008).
import { sql, type Db } from './statements';

export function listCheckIgnores(db: Db, documentId: string): Set<string> {
  const rows = sql(db, 'SELECT key FROM check_ignores WHERE document_id = ?').all(documentId) as { key: string }[];
  return new Set(rows.map((r) => r.key));
}

export function addCheckIgnore(db: Db, documentId: string, key: string, now: string): void {
  sql(db, 'INSERT OR IGNORE INTO check_ignores (document_id, key, created_at) VALUES (?, ?, ?)').run(
    documentId,
    key,
    now,
  );
}

export function clearCheckIgnores(db: Db, documentId: string): number {
  return sql(db, 'DELETE FROM check_ignores WHERE document_id = ?').run(documentId).changes;
}
