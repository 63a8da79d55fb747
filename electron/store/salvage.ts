// Reads what can still be read from a damaged database, table by table and row by row (an unreadable page
// loses only its own rows), and lays it over the store rebuilt from the newest good backup: a document the
// damaged file holds in a newer version replaces the backup's, one the backup lacks is added, revisions the
// backup lacks are added. Only whole, consistent documents are written; otherwise the newest readable snapshot
// (revision) of the document is used.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import type { Section, YaodianDocument } from '../../shared/model/types';
import { contentHash } from './migrations/004-revision-contents';
import { validateTree } from '../../shared/model/tree';
import { applySectionDiff } from './sections';
import { diffSections } from '../../shared/model/section-diff';
import { tx, type Db } from './statements';

type Row = Record<string, unknown> & { rid: number };

/** Consecutive unreadable row ids after which a table is taken to end (a damaged interior page hides the rest). */
const GIVE_UP_AFTER = 20_000;
const BATCH = 256;

export interface SalvageReport {
  /** the damaged file could be opened at all */
  readable: boolean;
  /** rows that could not be read (in pages that are damaged) */
  unreadableRows: number;
  /** every row of every table was read: the damage was only in indexes (the search index) or free pages */
  complete: boolean;
  /** documents taken from the damaged file (newer than the backup, or absent from it) */
  updated: string[];
  /** documents whose rows were incomplete, restored from their newest readable snapshot instead */
  fromSnapshot: string[];
  /** documents found only in the damaged file, whose text may be incomplete (no backup, no snapshot) */
  partial: string[];
  /** the latest edit among what was taken from the damaged file (ISO time), or null */
  newestEdit: string | null;
}

/** All readable rows of a table, in rowid order, stepping over damaged pages. */
function readRows(db: Db, table: string, report: SalvageReport): Row[] {
  const rows: Row[] = [];
  const batch = db.prepare(`SELECT * FROM ${table} WHERE rid > ? ORDER BY rid LIMIT ${BATCH}`);
  const one = db.prepare(`SELECT * FROM ${table} WHERE rid = ?`);
  let after = 0;
  for (;;) {
    let got: Row[];
    try {
      got = batch.all(after) as Row[];
    } catch {
      // a damaged page lies ahead: probe one row id at a time until the rows read again
      let misses = 0;
      let next: Row | undefined;
      for (let rid = after + 1; misses < GIVE_UP_AFTER; rid++) {
        try {
          next = one.get(rid) as Row | undefined;
        } catch {
          report.unreadableRows++;
        }
        if (next) break;
        misses++;
      }
      if (!next) return rows;
      rows.push(next);
      after = next.rid;
      continue;
    }
    if (!got.length) return rows;
    rows.push(...got);
    after = got[got.length - 1].rid;
  }
}

function openCopy(damagedPath: string): { db: Db; dispose(): void } | null {
  // a copy, so that opening (which replays and checkpoints its WAL) leaves the file set aside untouched
  const copy = `${damagedPath}.salvage`;
  const files = [copy, `${copy}-wal`, `${copy}-shm`];
  const dispose = () => files.forEach((f) => rmSync(f, { force: true }));
  try {
    dispose();
    copyFileSync(damagedPath, copy);
    if (existsSync(`${damagedPath}-wal`)) copyFileSync(`${damagedPath}-wal`, `${copy}-wal`);
    const db = new Database(copy, { fileMustExist: true });
    db.pragma('locking_mode = EXCLUSIVE');
    return {
      db,
      dispose() {
        try {
          db.close();
        } catch {
          // a damaged file may refuse even its close-time checkpoint
        }
        dispose();
      },
    };
  } catch {
    dispose();
    return null;
  }
}

function parse<T>(text: unknown): T | null {
  try {
    return typeof text === 'string' ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

/** Rebuilds a document's tree from its section rows; null when rows are missing or inconsistent. */
function treeFromRows(rows: Row[]): Section[] | null {
  const byParent = new Map<string | null, Row[]>();
  const ids = new Set(rows.map((r) => r.id as string));
  for (const r of rows) {
    const parent = (r.parent_id as string | null) ?? null;
    if (parent !== null && !ids.has(parent)) return null; // a parent was in a damaged page
    const list = byParent.get(parent) ?? [];
    list.push(r);
    byParent.set(parent, list);
  }
  const build = (parent: string | null): Section[] | null => {
    const list = (byParent.get(parent) ?? []).sort((a, b) => (a.position as number) - (b.position as number));
    const out: Section[] = [];
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (r.position !== i) return null; // a sibling is missing
      const paragraphs = parse<string[]>(r.paragraphs);
      const children = build(r.id as string);
      if (!paragraphs || !children) return null;
      out.push({
        id: r.id as string,
        level: r.level as Section['level'],
        heading: r.heading as string,
        runIn: r.run_in === 1,
        paragraphs,
        children,
        ...(r.source_label ? { sourceLabel: r.source_label as string } : {}),
        ...(typeof r.assignment === 'string' ? { assignment: parse<Section['assignment']>(r.assignment) } : {}),
      });
    }
    return out;
  };
  const tree = build(null);
  return tree && !validateTree(tree).length ? tree : null;
}

const DOC_COLUMNS = [
  'id',
  'year',
  'kind',
  'is_template',
  'meta',
  'numbering',
  'preamble',
  'toc',
  'warnings',
  'appendices',
  'rev',
  'created_at',
  'updated_at',
  'deleted_at',
];

/** Writes a salvaged document (row + tree) over whatever the store holds under its id. */
function writeDocument(db: Db, doc: Row, sections: Section[]): void {
  const existing = db.prepare('SELECT rid FROM documents WHERE id = ?').get(doc.id) as { rid: number } | undefined;
  const values = DOC_COLUMNS.map((c) => doc[c] ?? null);
  if (existing) {
    const sets = DOC_COLUMNS.map((c) => `${c} = ?`).join(', ');
    db.prepare(`UPDATE documents SET ${sets} WHERE rid = ?`).run(...values, existing.rid);
    db.prepare('DELETE FROM sections WHERE document_id = ?').run(doc.id);
  } else {
    const marks = DOC_COLUMNS.map(() => '?').join(', ');
    db.prepare(`INSERT INTO documents (${DOC_COLUMNS.join(', ')}) VALUES (${marks})`).run(...values);
  }
  applySectionDiff(db, doc.id as string, diffSections(new Map(), [], sections));
}

function snapshotRow(doc: Row, snapshot: YaodianDocument, at: string): Row {
  return {
    ...doc,
    meta: JSON.stringify(snapshot.meta),
    numbering: JSON.stringify(snapshot.numbering),
    preamble: JSON.stringify(snapshot.preamble),
    toc: snapshot.toc === null ? null : JSON.stringify(snapshot.toc),
    warnings: JSON.stringify(snapshot.warnings),
    appendices: snapshot.appendices?.length ? JSON.stringify(snapshot.appendices) : null,
    updated_at: at,
  };
}

/** Salvages the damaged file at damagedPath into db (the store rebuilt from a backup, or a new one). */
export function salvageInto(db: Db, damagedPath: string): SalvageReport {
  const report: SalvageReport = {
    readable: false,
    unreadableRows: 0,
    complete: false,
    updated: [],
    fromSnapshot: [],
    partial: [],
    newestEdit: null,
  };
  const source = openCopy(damagedPath);
  if (!source) return report;
  try {
    let docs: Row[];
    try {
      source.db.prepare('SELECT count(*) FROM sqlite_schema').get();
      docs = readRows(source.db, 'documents', report);
    } catch {
      return report; // the schema itself is unreadable
    }
    report.readable = true;
    const before = report.unreadableRows;
    const sections = tryRows(source.db, 'sections', report);
    // rows lost from the sections table may be whole subtrees: no tree from it can then be trusted as complete
    const sectionsWhole = sections !== FAILED && report.unreadableRows === before;
    const revisionRows = tryRows(source.db, 'revisions', report);
    // revisions point at their snapshot by content hash (migration 004): each gets its snapshot text back
    const contents = tryRows(source.db, 'revision_contents', report);
    const snapshotOf = new Map(contents.map((c) => [c.hash as string, c.snapshot as string]));
    const revisions = revisionRows
      .map((r): Row => ({ ...r, snapshot: r.snapshot ?? snapshotOf.get(r.content_hash as string) ?? null }))
      .filter((r) => typeof r.snapshot === 'string');
    report.complete =
      report.unreadableRows === 0 &&
      sections !== FAILED &&
      revisionRows !== FAILED &&
      contents !== FAILED &&
      revisions.length === revisionRows.length;
    const sectionsOf = new Map<string, Row[]>();
    for (const s of sections) {
      const doc = s.document_id as string;
      sectionsOf.set(doc, [...(sectionsOf.get(doc) ?? []), s]);
    }
    tx(db, () => {
      for (const doc of docs) {
        salvageDocument(db, doc, sectionsWhole, sectionsOf.get(doc.id as string) ?? [], revisions, report);
      }
      const known = db.prepare('SELECT 1 FROM documents WHERE id = ?');
      const putContent = db.prepare('INSERT OR IGNORE INTO revision_contents (hash, snapshot) VALUES (?, ?)');
      const insert = db.prepare(`INSERT OR IGNORE INTO revisions
        (id, document_id, reason, label, content_hash, section_count, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)`);
      for (const r of revisions) {
        if (!known.get(r.document_id)) continue;
        const hash = contentHash(r.snapshot as string);
        putContent.run(hash, r.snapshot);
        insert.run(r.id, r.document_id, r.reason, r.label, hash, r.section_count, r.created_at);
      }
    });
  } finally {
    source.dispose();
  }
  return report;
}

const FAILED: Row[] = [];

function tryRows(db: Db, table: string, report: SalvageReport): Row[] {
  try {
    return readRows(db, table, report);
  } catch {
    return FAILED;
  }
}

function salvageDocument(
  db: Db,
  doc: Row,
  sectionsWhole: boolean,
  rows: Row[],
  revisions: Row[],
  report: SalvageReport,
): void {
  const current = db.prepare('SELECT rev, updated_at FROM documents WHERE id = ?').get(doc.id) as
    { rev: number; updated_at: string } | undefined;
  if (current && current.rev >= (doc.rev as number) && current.updated_at >= (doc.updated_at as string)) return;
  const title = documentTitle(doc);
  const tree = typeof doc.meta === 'string' && parse(doc.meta) ? treeFromRows(rows) : null;
  if (tree && sectionsWhole) {
    writeDocument(db, doc, tree);
    report.updated.push(title);
    const at = doc.updated_at as string;
    if (!report.newestEdit || at > report.newestEdit) report.newestEdit = at;
    return;
  }
  // the rows are incomplete: the newest readable snapshot, if it is newer than what the store holds
  const snapshots = revisions
    .filter((r) => r.document_id === doc.id && (!current || (r.created_at as string) > current.updated_at))
    .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)));
  for (const r of snapshots) {
    const snapshot = parse<YaodianDocument>(r.snapshot);
    if (!snapshot || validateTree(snapshot.sections).length) continue;
    writeDocument(db, snapshotRow(doc, snapshot, r.created_at as string), snapshot.sections);
    // a snapshot taken with the last save is that save: nothing is missing
    ((r.created_at as string) >= (doc.updated_at as string) ? report.updated : report.fromSnapshot).push(title);
    if (!report.newestEdit || (r.created_at as string) > report.newestEdit) report.newestEdit = r.created_at as string;
    return;
  }
  // nowhere else to have it from: what could be read is better than nothing, said to be perhaps incomplete
  if (!current && tree) {
    writeDocument(db, doc, tree);
    report.partial.push(title);
  }
}

function documentTitle(doc: Row): string {
  const meta = parse<{ title?: string | null; noticeTitle?: string | null }>(doc.meta);
  return (
    meta?.title?.trim() || meta?.noticeTitle?.trim() || (doc.year ? `${String(doc.year)}年工作要点` : '未命名要点')
  );
}
