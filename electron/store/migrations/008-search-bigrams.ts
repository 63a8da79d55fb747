// Version 8: a second index for terms the trigram index cannot answer quickly (养老, 低保). Each section's
// heading and paragraphs are split into overlapping 2-character tokens ("低保制度" → "低保 保制 制度 度"),
// so a 2-character term is one token and a longer one all of its tokens. Positions are not stored, which
// keeps the index small (the stored text confirms each row); a document column lets a query look inside one
// document at a time. The table is contentless (the text is in sections and section_search); the same
// triggers that keep the trigram index keep this one in step.
import type { Db } from '../statements';

export const version = 8;
export const name = '检索短词的双字索引';

/** ASCII punctuation that stays inside a token (only whitespace, controls, quotes and ` separate). */
export const BIGRAM_TOKENCHARS = '!#$%&()*+,-./:;<=>?@[\\]^_{|}~';

/**
 * One text as its overlapping 2-character tokens; the last character alone ends it. substr counts characters
 * from the start of its text, so the text is first cut into 64-character pieces (each with the next piece's
 * first character), keeping the cost linear in the length of a long paragraph.
 */
const grams = (text: string) =>
  `coalesce((WITH RECURSIVE c(k, s) AS (SELECT 0, substr(${text}, 1, 65) ` +
  `UNION ALL SELECT k + 1, substr(${text}, (k + 1) * 64 + 1, 65) FROM c WHERE (k + 1) * 64 < length(${text})) ` +
  `SELECT group_concat((WITH RECURSIVE n(i) AS ` +
  `(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < min(64, length(c.s))) ` +
  `SELECT group_concat(substr(c.s, i, 2), ' ') FROM n), ' ') FROM c), '')`;

/** Heading and each paragraph split separately (no token spans two of them). */
export const SECTION_GRAMS = (row: string) =>
  `${grams(`${row}.heading`)} || ' ' || coalesce((SELECT group_concat(${grams('p.value')}, ' ') ` +
  `FROM json_each(${row}.paragraphs) p), '')`;

const BODY = (row: string) => `coalesce((SELECT group_concat(value, char(10)) FROM json_each(${row}.paragraphs)), '')`;

export function up(db: Db): void {
  db.exec(`
    DROP TRIGGER sections_search_insert;
    DROP TRIGGER sections_search_update;
    DROP TRIGGER sections_search_delete;

    CREATE VIRTUAL TABLE section_bigram USING fts5 (
      grams, doc, content = '', contentless_delete = 1, detail = column,
      tokenize = "ascii tokenchars '${BIGRAM_TOKENCHARS}'"
    );
    CREATE TRIGGER sections_search_insert AFTER INSERT ON sections BEGIN
      INSERT INTO section_search (rowid, heading, body, document_id, section_id)
      VALUES (new.rid, new.heading, ${BODY('new')}, new.document_id, new.id);
      INSERT INTO section_bigram (rowid, grams, doc) VALUES (new.rid, ${SECTION_GRAMS('new')}, new.document_id);
    END;
    CREATE TRIGGER sections_search_update AFTER UPDATE OF heading, paragraphs, document_id ON sections
      WHEN old.heading IS NOT new.heading OR old.paragraphs IS NOT new.paragraphs
        OR old.document_id IS NOT new.document_id BEGIN
      DELETE FROM section_search WHERE rowid = old.rid;
      INSERT INTO section_search (rowid, heading, body, document_id, section_id)
      VALUES (new.rid, new.heading, ${BODY('new')}, new.document_id, new.id);
      DELETE FROM section_bigram WHERE rowid = old.rid;
      INSERT INTO section_bigram (rowid, grams, doc) VALUES (new.rid, ${SECTION_GRAMS('new')}, new.document_id);
    END;
    CREATE TRIGGER sections_search_delete AFTER DELETE ON sections BEGIN
      DELETE FROM section_search WHERE rowid = old.rid;
      DELETE FROM section_bigram WHERE rowid = old.rid;
    END;

    INSERT INTO section_bigram (rowid, grams, doc) SELECT rid, ${SECTION_GRAMS('sections')}, document_id FROM sections;
  `);
}
