// Section rows: loading a document's tree and writing a diff (see section-diff.ts).
import type { Assignment, Level, Section } from '../../shared/model/types';
import type { SectionDiff, SectionRow } from '../../shared/model/section-diff';
import { sql, type Db } from './statements';

type RawRow = [
  id: string,
  parentId: string | null,
  position: number,
  level: number,
  heading: string,
  runIn: number,
  paragraphs: string,
  sourceLabel: string | null,
  assignment: string | null,
];

/** Builds the tree from rows; a row whose parent is missing is kept at the top level rather than lost. */
function buildTree(rows: RawRow[], withText: boolean): Section[] {
  const byId = new Map<string, Section>();
  for (const [id, , , level, heading, runIn, paragraphs, sourceLabel, assignment] of rows) {
    const s: Section = {
      id,
      level: level as Level,
      heading: withText ? heading : '',
      runIn: runIn === 1,
      paragraphs: withText ? (JSON.parse(paragraphs) as string[]) : [],
      children: [],
    };
    if (sourceLabel !== null) s.sourceLabel = sourceLabel;
    if (assignment) s.assignment = JSON.parse(assignment) as Assignment;
    byId.set(id, s);
  }
  const top: Section[] = [];
  // rows arrive ordered by position, so pushing keeps sibling order
  for (const [id, parentId] of rows) {
    const parent = parentId === null ? undefined : byId.get(parentId);
    (parent ? parent.children : top).push(byId.get(id)!);
  }
  return top;
}

export function loadSections(db: Db, documentId: string): Section[] {
  const rows = sql(
    db,
    `SELECT id, parent_id, position, level, heading, run_in, paragraphs, source_label, assignment
    FROM sections WHERE document_id = ? ORDER BY position`,
  )
    .raw()
    .all(documentId) as RawRow[];
  return buildTree(rows, true);
}

/** The tree without text: enough to compute numbers for search results. */
export function loadSkeleton(db: Db, documentId: string): Section[] {
  const rows = sql(
    db,
    `SELECT id, parent_id, position, level, '', run_in, '[]', NULL, NULL
    FROM sections WHERE document_id = ? ORDER BY position`,
  )
    .raw()
    .all(documentId) as RawRow[];
  return buildTree(rows, false);
}

export function countSectionRows(db: Db, documentId: string): number {
  return (sql(db, 'SELECT count(*) AS n FROM sections WHERE document_id = ?').get(documentId) as { n: number }).n;
}

const values = (documentId: string, { id, parentId, position, node }: SectionRow) => [
  documentId,
  id,
  parentId,
  position,
  node.level,
  node.heading,
  node.runIn ? 1 : 0,
  JSON.stringify(node.paragraphs),
  node.sourceLabel ?? null,
  node.assignment ? JSON.stringify(node.assignment) : null,
];

/** Applies a diff; call inside a transaction (parent links are checked at commit). */
export function applySectionDiff(db: Db, documentId: string, diff: SectionDiff): void {
  const del = sql(db, 'DELETE FROM sections WHERE document_id = ? AND id = ?');
  for (const id of diff.deletes) del.run(documentId, id);
  const upd = sql(
    db,
    `UPDATE sections SET parent_id = ?, position = ?, level = ?, heading = ?, run_in = ?,
    paragraphs = ?, source_label = ?, assignment = ? WHERE document_id = ? AND id = ?`,
  );
  for (const r of diff.updates) {
    const [doc, id, ...rest] = values(documentId, r);
    upd.run(...rest, doc, id);
  }
  const ins = sql(
    db,
    `INSERT INTO sections
    (document_id, id, parent_id, position, level, heading, run_in, paragraphs, source_label, assignment)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of diff.inserts) ins.run(...values(documentId, r));
}
