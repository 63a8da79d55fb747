// The office's unit list and the progress records (insert-only: a new report never overwrites an old one).
import type { Unit } from '../../shared/api/contract';
import type { ProgressRecord, ProgressStatus } from '../../shared/tasks/progress';
import { sql, tx, type Db } from './statements';

export function listUnits(db: Db): Unit[] {
  return sql(db, 'SELECT name, kind FROM units ORDER BY kind, rid').all() as Unit[];
}

/** Adds the names not yet listed (a name already there keeps its kind). */
export function addUnits(db: Db, names: readonly string[], kind: Unit['kind'], now: string): void {
  const ins = sql(db, 'INSERT INTO units (name, kind, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING');
  tx(db, () => {
    for (const n of names) ins.run(n, kind, now);
  });
}

interface ProgressRow {
  id: string;
  document_id: string;
  section_id: string;
  period: string;
  status: ProgressStatus;
  text: string;
  source: string;
  recorded_at: string;
}

const toRecord = (r: ProgressRow): ProgressRecord => ({
  id: r.id,
  documentId: r.document_id,
  sectionId: r.section_id,
  period: r.period,
  status: r.status,
  text: r.text,
  source: r.source,
  recordedAt: r.recorded_at,
});

export function listProgress(db: Db, documentId: string): ProgressRecord[] {
  const rows = sql(db, 'SELECT * FROM progress WHERE document_id = ? ORDER BY rid').all(documentId) as ProgressRow[];
  return rows.map(toRecord);
}

/** Every record of every document not in 回收站, oldest first (the 台账 keeps the latest per task). */
export function listAllProgress(db: Db): ProgressRecord[] {
  const rows = sql(
    db,
    `SELECT p.* FROM progress p JOIN documents d ON d.id = p.document_id
    WHERE d.deleted_at IS NULL ORDER BY p.rid`,
  ).all() as ProgressRow[];
  return rows.map(toRecord);
}

export function insertProgress(db: Db, records: readonly ProgressRecord[]): void {
  const ins = sql(
    db,
    `INSERT INTO progress (id, document_id, section_id, period, status, text, source, recorded_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  tx(db, () => {
    for (const r of records) {
      ins.run(r.id, r.documentId, r.sectionId, r.period, r.status, r.text, r.source, r.recordedAt);
    }
  });
}
