// Version 3: the section index also carries the document and section ids (unindexed columns), so a search
// hit needs no lookup in the sections table. FTS5 cannot add columns: the table and its triggers are
// rebuilt from the sections rows.
import type { Db } from '../statements';

export const version = 3;
export const name = '检索结果直接带文档与章节标识';

const BODY = (row: string) => `coalesce((SELECT group_concat(value, char(10)) FROM json_each(${row}.paragraphs)), '')`;

export function up(db: Db): void {
  db.exec(`
    DROP TRIGGER sections_search_insert;
    DROP TRIGGER sections_search_update;
    DROP TRIGGER sections_search_delete;
    DROP TABLE section_search;

    CREATE VIRTUAL TABLE section_search USING fts5 (
      heading, body, document_id UNINDEXED, section_id UNINDEXED, tokenize = 'trigram'
    );
    CREATE TRIGGER sections_search_insert AFTER INSERT ON sections BEGIN
      INSERT INTO section_search (rowid, heading, body, document_id, section_id)
      VALUES (new.rid, new.heading, ${BODY('new')}, new.document_id, new.id);
    END;
    CREATE TRIGGER sections_search_update AFTER UPDATE OF heading, paragraphs ON sections
      WHEN old.heading IS NOT new.heading OR old.paragraphs IS NOT new.paragraphs BEGIN
      DELETE FROM section_search WHERE rowid = old.rid;
      INSERT INTO section_search (rowid, heading, body, document_id, section_id)
      VALUES (new.rid, new.heading, ${BODY('new')}, new.document_id, new.id);
    END;
    CREATE TRIGGER sections_search_delete AFTER DELETE ON sections BEGIN
      DELETE FROM section_search WHERE rowid = old.rid;
    END;

    INSERT INTO section_search (rowid, heading, body, document_id, section_id)
      SELECT rid, heading, ${BODY('sections')}, document_id, id FROM sections;
  `);
}
