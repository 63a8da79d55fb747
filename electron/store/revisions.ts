// Revisions: whole-document snapshots (section ids kept, so restoring writes only what differs).
import type { RevisionSummary } from '../../shared/api/contract';
import { countSections } from '../../shared/model/tree';
import type { YaodianDocument } from '../../shared/model/types';
import { sql, type Db } from './statements';

export type RevisionReason = RevisionSummary['reason'];

interface RevisionRow {
  id: string;
  document_id: string;
  reason: RevisionReason;
  label: string | null;
  section_count: number;
  created_at: string;
}

const toSummary = (r: RevisionRow): RevisionSummary => ({
  id: r.id, documentId: r.document_id, reason: r.reason, label: r.label, createdAt: r.created_at, sectionCount: r.section_count,
});

export function insertRevision(
  db: Db,
  init: { id: string; documentId: string; reason: RevisionReason; label: string | null; doc: YaodianDocument; now: string },
): RevisionSummary {
  const sectionCount = countSections(init.doc.sections);
  sql(db, `INSERT INTO revisions (id, document_id, reason, label, snapshot, section_count, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`).run(init.id, init.documentId, init.reason, init.label, JSON.stringify(init.doc), sectionCount, init.now);
  return { id: init.id, documentId: init.documentId, reason: init.reason, label: init.label, createdAt: init.now, sectionCount };
}

/** Newest first. */
export function listRevisions(db: Db, documentId: string): RevisionSummary[] {
  const rows = sql(db, `SELECT id, document_id, reason, label, section_count, created_at FROM revisions
    WHERE document_id = ? ORDER BY created_at DESC, rid DESC`).all(documentId) as RevisionRow[];
  return rows.map(toSummary);
}

export function getRevision(db: Db, id: string): { revision: RevisionSummary; document: YaodianDocument } | undefined {
  const row = sql(db, `SELECT id, document_id, reason, label, section_count, created_at, snapshot FROM revisions WHERE id = ?`)
    .get(id) as (RevisionRow & { snapshot: string }) | undefined;
  if (!row) return undefined;
  return { revision: toSummary(row), document: JSON.parse(row.snapshot) as YaodianDocument };
}

export function lastRevisionTime(db: Db, documentId: string): string | null {
  const row = sql(db, 'SELECT max(created_at) AS t FROM revisions WHERE document_id = ?').get(documentId) as { t: string | null };
  return row.t;
}

/** Keeps the newest `keep` automatic snapshots of a document; manual, export and restore points stay. */
export function pruneAutoRevisions(db: Db, documentId: string, keep: number): number {
  return sql(db, `DELETE FROM revisions WHERE rid IN (
      SELECT rid FROM revisions WHERE document_id = ? AND reason = 'auto' ORDER BY created_at DESC, rid DESC LIMIT -1 OFFSET ?)`)
    .run(documentId, keep).changes;
}
