// Revisions: whole-document snapshots (section ids kept, so restoring writes only what differs). A snapshot's
// content is stored once per content hash (migration 004); automatic ones are thinned as they age.
import type { RevisionSummary } from '../../shared/api/contract';
import { contentHash } from './migrations/004-revision-contents';
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
  id: r.id,
  documentId: r.document_id,
  reason: r.reason,
  label: r.label,
  createdAt: r.created_at,
  sectionCount: r.section_count,
});

export function insertRevision(
  db: Db,
  init: {
    id: string;
    documentId: string;
    reason: RevisionReason;
    label: string | null;
    doc: YaodianDocument;
    now: string;
  },
): RevisionSummary {
  const sectionCount = countSections(init.doc.sections);
  const snapshot = JSON.stringify(init.doc);
  const hash = contentHash(snapshot);
  sql(db, 'INSERT OR IGNORE INTO revision_contents (hash, snapshot) VALUES (?, ?)').run(hash, snapshot);
  sql(
    db,
    `INSERT INTO revisions (id, document_id, reason, label, content_hash, section_count, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(init.id, init.documentId, init.reason, init.label, hash, sectionCount, init.now);
  return {
    id: init.id,
    documentId: init.documentId,
    reason: init.reason,
    label: init.label,
    createdAt: init.now,
    sectionCount,
  };
}

/** Newest first. */
export function listRevisions(db: Db, documentId: string): RevisionSummary[] {
  const rows = sql(
    db,
    `SELECT id, document_id, reason, label, section_count, created_at FROM revisions
    WHERE document_id = ? ORDER BY created_at DESC, rid DESC`,
  ).all(documentId) as RevisionRow[];
  return rows.map(toSummary);
}

export function getRevision(db: Db, id: string): { revision: RevisionSummary; document: YaodianDocument } | undefined {
  const row = sql(
    db,
    `SELECT r.id, r.document_id, r.reason, r.label, r.section_count, r.created_at, c.snapshot
    FROM revisions r JOIN revision_contents c ON c.hash = r.content_hash WHERE r.id = ?`,
  ).get(id) as (RevisionRow & { snapshot: string }) | undefined;
  if (!row) return undefined;
  return { revision: toSummary(row), document: JSON.parse(row.snapshot) as YaodianDocument };
}

export function lastRevisionTime(db: Db, documentId: string): string | null {
  const row = sql(db, 'SELECT max(created_at) AS t FROM revisions WHERE document_id = ?').get(documentId) as {
    t: string | null;
  };
  return row.t;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How automatic snapshots thin out with age (the revisions panel states the same policy). */
const AUTO_REVISION_POLICY = { keepAllMs: DAY, dailyUntilMs: 30 * DAY } as const;

/** The local calendar day or week (Monday first) a time falls in, as a number. */
function bucket(t: number, weekly: boolean): string {
  const localDay = Math.floor((t - new Date(t).getTimezoneOffset() * 60_000) / DAY);
  // 1970-01-01 was a Thursday: shifting by 3 days makes weeks start on Monday
  return weekly ? `w${Math.floor((localDay + 3) / 7)}` : `d${localDay}`;
}

/**
 * Thins a document's automatic snapshots: all of the last day, the newest of each day for a month, the
 * newest of each week before that. Manual, export and restore points are never touched. Returns how many
 * were removed (their contents go with them unless another revision shares them).
 */
export function thinAutoRevisions(db: Db, documentId: string, now: Date): number {
  const rows = sql(
    db,
    `SELECT rid, created_at FROM revisions WHERE document_id = ? AND reason = 'auto'
    ORDER BY created_at DESC, rid DESC`,
  ).all(documentId) as Array<{ rid: number; created_at: string }>;
  const seen = new Set<string>();
  const drop: number[] = [];
  for (const r of rows) {
    const t = Date.parse(r.created_at);
    const age = now.getTime() - t;
    if (age <= AUTO_REVISION_POLICY.keepAllMs) continue;
    const key = bucket(t, age > AUTO_REVISION_POLICY.dailyUntilMs);
    if (seen.has(key)) drop.push(r.rid);
    else seen.add(key);
  }
  const del = sql(db, 'DELETE FROM revisions WHERE rid = ?');
  for (const rid of drop) del.run(rid);
  return drop.length;
}
