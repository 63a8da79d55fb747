// Version 1: documents, their sections as rows (one edit writes one row), and revisions (whole-document snapshots).
import type { Db } from '../statements';

export const version = 1;
export const name = '文档、章节与版本';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE documents (
      rid INTEGER PRIMARY KEY,            -- explicit so VACUUM keeps it (the search index refers to it)
      id TEXT NOT NULL UNIQUE,
      year INTEGER,
      kind TEXT NOT NULL DEFAULT 'yaodian' CHECK (kind IN ('yaodian', 'template')),
      is_template INTEGER NOT NULL DEFAULT 0 CHECK (is_template IN (0, 1)),
      meta TEXT NOT NULL,                 -- JSON NoticeMeta
      numbering TEXT NOT NULL,            -- JSON NumberingModes
      preamble TEXT NOT NULL,             -- JSON string[]
      toc TEXT,                           -- JSON TocEntry[] or NULL
      warnings TEXT NOT NULL,             -- JSON Warning[]
      rev INTEGER NOT NULL DEFAULT 0,     -- bumped by every write; validates in-memory caches
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT                     -- set: in 回收站
    ) STRICT;
    CREATE INDEX documents_by_state ON documents (deleted_at, year);

    CREATE TABLE sections (
      rid INTEGER PRIMARY KEY,
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      id TEXT NOT NULL,                   -- unique within a document (a new-year copy may keep ids)
      parent_id TEXT,                     -- NULL: top level
      position INTEGER NOT NULL,          -- index among its siblings
      level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
      heading TEXT NOT NULL,
      run_in INTEGER NOT NULL CHECK (run_in IN (0, 1)),
      paragraphs TEXT NOT NULL,           -- JSON string[]
      source_label TEXT,
      UNIQUE (document_id, id),
      FOREIGN KEY (document_id, parent_id) REFERENCES sections (document_id, id) DEFERRABLE INITIALLY DEFERRED
    ) STRICT;
    CREATE INDEX sections_by_parent ON sections (document_id, parent_id, position);

    CREATE TABLE revisions (
      rid INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      reason TEXT NOT NULL CHECK (reason IN ('manual', 'export', 'auto', 'restore')),
      label TEXT,
      snapshot TEXT NOT NULL,             -- JSON YaodianDocument, section ids included
      section_count INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX revisions_by_document ON revisions (document_id, created_at);
  `);
}
