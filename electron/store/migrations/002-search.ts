// Version 2: full-text search. Chinese has no spaces, so the index is FTS5 with the trigram tokenizer
// (substring matching for 3+ characters; shorter queries scan the same tables). Triggers keep it in step
// with every write, whatever code path makes it; the index rows share the rowids of their source rows.
import type { Db } from '../statements';

export const version = 2;
export const name = '全文检索';

const SECTION_BODY = (row: string) =>
  `coalesce((SELECT group_concat(value, char(10)) FROM json_each(${row}.paragraphs)), '')`;
const DOC_TITLE = (row: string) => `coalesce(json_extract(${row}.meta, '$.title'), '')`;
const DOC_PREAMBLE = (row: string) =>
  `coalesce((SELECT group_concat(value, char(10)) FROM json_each(${row}.preamble)), '')`;
const DOC_NOTICE = (row: string) =>
  `trim(coalesce(json_extract(${row}.meta, '$.noticeTitle'), '') || char(10) || ` +
  `coalesce((SELECT group_concat(value, char(10)) FROM json_each(${row}.meta, '$.coverParagraphs')), ''))`;

export function up(db: Db): void {
  db.exec(`
    CREATE VIRTUAL TABLE section_search USING fts5 (heading, body, tokenize = 'trigram');
    CREATE VIRTUAL TABLE document_search USING fts5 (title, preamble, notice, tokenize = 'trigram');

    CREATE TRIGGER sections_search_insert AFTER INSERT ON sections BEGIN
      INSERT INTO section_search (rowid, heading, body) VALUES (new.rid, new.heading, ${SECTION_BODY('new')});
    END;
    CREATE TRIGGER sections_search_update AFTER UPDATE OF heading, paragraphs ON sections
      WHEN old.heading IS NOT new.heading OR old.paragraphs IS NOT new.paragraphs BEGIN
      DELETE FROM section_search WHERE rowid = old.rid;
      INSERT INTO section_search (rowid, heading, body) VALUES (new.rid, new.heading, ${SECTION_BODY('new')});
    END;
    CREATE TRIGGER sections_search_delete AFTER DELETE ON sections BEGIN
      DELETE FROM section_search WHERE rowid = old.rid;
    END;

    CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN
      INSERT INTO document_search (rowid, title, preamble, notice)
      VALUES (new.rid, ${DOC_TITLE('new')}, ${DOC_PREAMBLE('new')}, ${DOC_NOTICE('new')});
    END;
    CREATE TRIGGER documents_search_update AFTER UPDATE OF meta, preamble ON documents
      WHEN old.meta IS NOT new.meta OR old.preamble IS NOT new.preamble BEGIN
      DELETE FROM document_search WHERE rowid = old.rid;
      INSERT INTO document_search (rowid, title, preamble, notice)
      VALUES (new.rid, ${DOC_TITLE('new')}, ${DOC_PREAMBLE('new')}, ${DOC_NOTICE('new')});
    END;
    CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN
      DELETE FROM document_search WHERE rowid = old.rid;
    END;

    INSERT INTO section_search (rowid, heading, body) SELECT rid, heading, ${SECTION_BODY('sections')} FROM sections;
    INSERT INTO document_search (rowid, title, preamble, notice)
      SELECT rid, ${DOC_TITLE('documents')}, ${DOC_PREAMBLE('documents')}, ${DOC_NOTICE('documents')} FROM documents;
  `);
}
