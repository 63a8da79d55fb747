// Document rows: the notice's metadata and document-level JSON, plus state (year, template, 回收站).
import type { DocumentSummary } from '../../shared/api/contract';
import type {
  Appendix,
  NoticeMeta,
  NumberingModes,
  Section,
  TocEntry,
  Warning,
  YaodianDocument,
} from '../../shared/model/types';
import { sql, type Db } from './statements';

export interface DocumentRow {
  rid: number;
  id: string;
  year: number | null;
  kind: 'yaodian' | 'template';
  is_template: 0 | 1;
  meta: string;
  numbering: string;
  preamble: string;
  toc: string | null;
  warnings: string;
  /** JSON Appendix[], NULL when the document has none */
  appendices: string | null;
  rev: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export type DocumentRowWithCount = DocumentRow & { section_count: number };

/** Columns a write may set; the names are fixed here, the values always bound. */
export interface DocumentFields {
  year?: number | null;
  kind?: 'yaodian' | 'template';
  is_template?: 0 | 1;
  meta?: string;
  numbering?: string;
  preamble?: string;
  toc?: string | null;
  warnings?: string;
  appendices?: string | null;
  deleted_at?: string | null;
}
const FIELD_NAMES: ReadonlyArray<keyof DocumentFields> = [
  'year',
  'kind',
  'is_template',
  'meta',
  'numbering',
  'preamble',
  'toc',
  'warnings',
  'appendices',
  'deleted_at',
];

type JsonColumn = 'meta' | 'numbering' | 'preamble' | 'toc' | 'warnings' | 'appendices';

/** One document-level JSON column of `doc`, as stored. */
export function documentField(doc: YaodianDocument, column: JsonColumn): string | null {
  switch (column) {
    case 'toc':
      return doc.toc === null ? null : JSON.stringify(doc.toc);
    case 'appendices':
      return doc.appendices?.length ? JSON.stringify(doc.appendices) : null;
    default:
      return JSON.stringify(doc[column]);
  }
}

function documentFields(doc: YaodianDocument): Required<Pick<DocumentFields, JsonColumn>> {
  return {
    meta: documentField(doc, 'meta')!,
    numbering: documentField(doc, 'numbering')!,
    preamble: documentField(doc, 'preamble')!,
    toc: documentField(doc, 'toc'),
    warnings: documentField(doc, 'warnings')!,
    appendices: documentField(doc, 'appendices'),
  };
}

export function getDocumentRow(db: Db, id: string): DocumentRow | undefined {
  return sql(db, 'SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
}

export function getDocumentRev(db: Db, id: string): number | undefined {
  return (sql(db, 'SELECT rev FROM documents WHERE id = ?').get(id) as { rev: number } | undefined)?.rev;
}

export function insertDocumentRow(
  db: Db,
  init: {
    id: string;
    year: number | null;
    kind: 'yaodian' | 'template';
    isTemplate: boolean;
    doc: YaodianDocument;
    now: string;
  },
): void {
  const f = documentFields(init.doc);
  sql(
    db,
    `INSERT INTO documents (id, year, kind, is_template, meta, numbering, preamble, toc, warnings, appendices, rev,
    created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  ).run(
    init.id,
    init.year,
    init.kind,
    init.isTemplate ? 1 : 0,
    f.meta,
    f.numbering,
    f.preamble,
    f.toc,
    f.warnings,
    f.appendices,
    init.now,
    init.now,
  );
}

/** Sets the given columns of `row`'s document, bumps rev and updated_at. Returns the updated row. */
export function updateDocumentRow(db: Db, row: DocumentRow, fields: DocumentFields, now: string): DocumentRow {
  const names = FIELD_NAMES.filter((n) => fields[n] !== undefined);
  const sets = [...names.map((n) => `${n} = ?`), 'rev = rev + 1', 'updated_at = ?'].join(', ');
  // only the two changed values come back: reading the JSON columns again would cost more than the update
  const out = sql(db, `UPDATE documents SET ${sets} WHERE id = ? RETURNING rev, updated_at`).get(
    ...names.map((n) => fields[n]),
    now,
    row.id,
  ) as Pick<DocumentRow, 'rev' | 'updated_at'> | undefined;
  if (!out) throw new Error(`document ${row.id} vanished during a write`);
  return { ...row, ...(fields as Partial<DocumentRow>), ...out };
}

export function listDocumentRows(db: Db, filter: { trash?: boolean; templatesOnly?: boolean }): DocumentRowWithCount[] {
  const where = [filter.trash ? 'd.deleted_at IS NOT NULL' : 'd.deleted_at IS NULL'];
  if (filter.templatesOnly) where.push('d.is_template = 1');
  return sql(
    db,
    `SELECT d.*, (SELECT count(*) FROM sections s WHERE s.document_id = d.id) AS section_count
    FROM documents d WHERE ${where.join(' AND ')}
    ORDER BY ${filter.trash ? 'd.deleted_at DESC' : 'd.year IS NULL, d.year DESC, d.updated_at DESC'}`,
  ).all() as DocumentRowWithCount[];
}

export function rowToDocument(row: DocumentRow, sections: Section[]): YaodianDocument {
  return {
    meta: JSON.parse(row.meta) as NoticeMeta,
    preamble: JSON.parse(row.preamble) as string[],
    sections,
    numbering: JSON.parse(row.numbering) as NumberingModes,
    toc: row.toc === null ? null : (JSON.parse(row.toc) as TocEntry[]),
    warnings: JSON.parse(row.warnings) as Warning[],
    ...(row.appendices ? { appendices: JSON.parse(row.appendices) as Appendix[] } : {}),
  };
}

/** The name a list shows: the 要点's title, else the notice's, else the year. */
export function displayTitle(meta: Pick<NoticeMeta, 'title' | 'noticeTitle'>, year: number | null): string {
  return meta.title?.trim() || meta.noticeTitle?.trim() || (year ? `${year}年工作要点（未命名）` : '未命名要点');
}

export function rowToSummary(row: DocumentRow, sectionCount: number): DocumentSummary {
  const meta = JSON.parse(row.meta) as NoticeMeta;
  return {
    id: row.id,
    year: row.year,
    kind: row.kind,
    isTemplate: row.is_template === 1,
    title: displayTitle(meta, row.year),
    noticeTitle: meta.noticeTitle ?? null,
    issuer: meta.issuer ?? null,
    docNumber: meta.docNumber ?? null,
    sectionCount,
    version: row.rev,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}
