// Full-text queries. Sections: the bigram index (migration 008) answers terms of 2+ characters, one document
// at a time (each term as all of its 2-character tokens, the text confirming each row); the trigram index
// answers 3+ character terms the bigram index cannot (each quoted as an FTS5 phrase, so " * ( AND OR NEAR -
// are plain text). Other terms are matched by scanning the text with instr (or LIKE, escaped, when ASCII case
// must be folded). Notices mix full-width and half-width forms ((一) and （一）, 2024 and ２０２４), so each
// term is also looked for in the other form.
import { BIGRAM_TOKENCHARS, SECTION_GRAMS } from './migrations/008-search-bigrams';
import { sql, tx, type Db } from './statements';

/** Splits a query into terms (whitespace separates; control characters are dropped). */
export function parseQuery(query: string): string[] {
  const terms = query
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .split(/[\s\u3000]+/)
    .filter((t) => t !== '');
  return [...new Set(terms)];
}

const charCount = (t: string) => [...t].length;
/** Terms the trigram index can answer (3+ characters). */
export const isIndexable = (term: string) => charCount(term) >= 3;
/** A character the bigram index keeps inside its tokens: all but ASCII whitespace, controls and quotes. */
const isTokenChar = (c: string) => c > '\u007f' || /[0-9A-Za-z]/.test(c) || BIGRAM_TOKENCHARS.includes(c);
/** Terms the bigram index can answer (2+ characters, every form made only of token characters). */
export const isBigramIndexable = (term: string) =>
  charCount(term) >= 2 && termVariants(term).every((v) => [...v].every(isTokenChar));
/** A term as all of its overlapping 2-character tokens (the index keeps no positions for a phrase). */
const bigramTokens = (t: string) => {
  const cs = [...t];
  const tokens = cs.slice(0, -1).map((c, i) => `"${c}${cs[i + 1]}"`);
  return `(${[...new Set(tokens)].join(' AND ')})`;
};
const phrase = (t: string) => `"${t.replace(/"/g, '""')}"`;
const likePattern = (t: string) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const toHalfWidth = (t: string) => t.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const toFullWidth = (t: string) => t.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** The term as typed, and with its ASCII-range characters in the other width. */
export function termVariants(term: string): string[] {
  return [...new Set([term, toHalfWidth(term), toFullWidth(term)])];
}

/** One term as SQL: any variant in any column. */
function termCondition(
  columns: string[],
  term: string,
  params: string[],
  encode: (col: string, t: string) => string = (_c, t) => t,
): string {
  const parts: string[] = [];
  for (const v of termVariants(term)) {
    const folded = /[A-Za-z]/.test(v); // the index folds ASCII case; LIKE does too, instr does not
    for (const c of columns) {
      parts.push(folded ? `${c} LIKE ? ESCAPE '\\'` : `instr(${c}, ?) > 0`);
      params.push(folded ? likePattern(encode(c, v)) : encode(c, v));
    }
  }
  return `(${parts.join(' OR ')})`;
}

interface Condition {
  where: string[];
  params: string[];
}

/** WHERE clauses for a FTS5 table whose text columns are `columns`. */
function conditions(table: string, columns: string[], terms: string[]): Condition {
  const long = terms.filter(isIndexable);
  const short = terms.filter((t) => !isIndexable(t));
  const out: Condition = { where: [], params: [] };
  if (long.length) {
    out.where.push(`${table} MATCH ?`);
    out.params.push(long.map((t) => `(${termVariants(t).map(phrase).join(' OR ')})`).join(' AND '));
  }
  for (const t of short)
    out.where.push(
      termCondition(
        columns.map((c) => `${table}.${c}`),
        t,
        out.params,
      ),
    );
  return out;
}

export interface SectionMatch {
  rid: number;
  documentId: string;
  sectionId: string;
}

/** Every section that contains all terms, in any document (the caller leaves out 回收站). */
export function matchSections(db: Db, terms: string[]): SectionMatch[] {
  if (!terms.length) return [];
  const c = conditions('section_search', ['heading', 'body'], terms);
  const rows = sql(
    db,
    `SELECT rowid, document_id, section_id FROM section_search
    WHERE ${c.where.join(' AND ')}`,
  )
    .raw()
    .all(...c.params) as Array<[number, string, string]>;
  return rows.map(([rid, documentId, sectionId]) => ({ rid, documentId, sectionId }));
}

export interface DocumentMatch {
  documentId: string;
  title: string;
  preamble: string;
  notice: string;
}

/** Documents whose title, preamble (导语) or notice text contains all terms (回收站 included). */
export function matchDocuments(db: Db, terms: string[]): DocumentMatch[] {
  if (!terms.length) return [];
  const c = conditions('document_search', ['title', 'preamble', 'notice'], terms);
  return sql(
    db,
    `SELECT d.id AS documentId, document_search.title, document_search.preamble, document_search.notice
    FROM document_search CROSS JOIN documents d ON d.rid = document_search.rowid
    WHERE ${c.where.join(' AND ')}`,
  ).all(...c.params) as DocumentMatch[];
}

export function sectionSearchText(db: Db, rid: number): { heading: string; body: string } | undefined {
  return sql(db, 'SELECT heading, body FROM section_search WHERE rowid = ?').get(rid) as
    { heading: string; body: string } | undefined;
}

/**
 * Rebuilds both full-text indexes from their own stored text (FTS5 'rebuild'). A damaged search index is
 * never a reason to lose anything: the documents do not depend on it.
 */
export function rebuildSearchIndex(db: Db): void {
  db.exec(`INSERT INTO section_search (section_search) VALUES ('rebuild');
    INSERT INTO document_search (document_search) VALUES ('rebuild');
    INSERT INTO section_bigram (section_bigram) VALUES ('delete-all');
    INSERT INTO section_bigram (rowid, grams, doc)
      SELECT rid, ${SECTION_GRAMS('sections')}, document_id FROM sections;`);
}

/** Pages of merge work each section index may do in one idle flush: a few milliseconds at most. */
const IDLE_MERGE_PAGES = 500;

/**
 * Merges small segments of the section indexes (FTS5 'merge'): the work saves leave for an idle moment since
 * schema version 9, so a keystroke's autosave does not pay for it. Does nothing while no level of an index
 * holds four segments (FTS5 usermerge).
 */
export function mergeSearchIndexes(db: Db): void {
  tx(db, () =>
    db.exec(`INSERT INTO section_search (section_search, rank) VALUES ('merge', ${IDLE_MERGE_PAGES});
      INSERT INTO section_bigram (section_bigram, rank) VALUES ('merge', ${IDLE_MERGE_PAGES});`),
  );
}

export interface DocumentRef {
  id: string;
  rid: number;
}

/** Documents not in 回收站, in the order results are shown: newest year first, then last edited. */
export function searchableDocuments(db: Db): DocumentRef[] {
  return sql(
    db,
    `SELECT id, rid FROM documents WHERE deleted_at IS NULL
    ORDER BY year IS NULL, year DESC, updated_at DESC, id`,
  ).all() as DocumentRef[];
}

export type DocumentText = Omit<DocumentMatch, 'documentId'>;

export function documentSearchText(db: Db, rid: number): DocumentText | undefined {
  return sql(db, 'SELECT title, preamble, notice FROM document_search WHERE rowid = ?').get(rid) as
    DocumentText | undefined;
}

/** Body text is matched inside the stored JSON, so the term is JSON-escaped there. */
const jsonEncoded = (col: string, t: string) => (col.endsWith('paragraphs') ? JSON.stringify(t).slice(1, -1) : t);

export interface ScannedSection {
  sectionId: string;
  heading: string;
  /** JSON string[] */
  paragraphs: string;
}

/**
 * Sections of one document that may contain every (short) term: a scan of that document's rows only,
 * through its index. Body text is matched inside the stored JSON, so the term is JSON-escaped; the
 * caller confirms each row on the decoded text (a term such as "," can match the JSON punctuation).
 */
export function scanDocumentSections(db: Db, documentId: string, terms: string[]): ScannedSection[] {
  const params: string[] = [documentId];
  const where = terms.map((t) => termCondition(['heading', 'paragraphs'], t, params, jsonEncoded));
  return sql(
    db,
    `SELECT id AS sectionId, heading, paragraphs FROM sections
    WHERE document_id = ? AND ${where.join(' AND ')}`,
  ).all(...params) as ScannedSection[];
}

/** The bigram index's query for the terms it can answer (isBigramIndexable). */
const bigramMatch = (terms: string[]) =>
  `grams : (${terms
    .filter(isBigramIndexable)
    .map((t) => `(${termVariants(t).map(bigramTokens).join(' OR ')})`)
    .join(' AND ')})`;

/** Whether any section in any document may contain the terms the bigram index can answer: one look for all. */
export function anyBigramCandidate(db: Db, terms: string[]): boolean {
  return (
    sql(db, 'SELECT 1 FROM section_bigram WHERE section_bigram MATCH ? LIMIT 1').get(bigramMatch(terms)) !== undefined
  );
}

/**
 * Sections of one document that may contain every term, through the bigram index: the terms it can answer
 * (isBigramIndexable, at least one) narrow the rows, the others are matched in the stored text of those rows
 * as scanDocumentSections does; the caller confirms each row on the decoded text.
 */
export function bigramDocumentSections(db: Db, documentId: string, terms: string[]): ScannedSection[] {
  const params: string[] = [`doc : ${phrase(documentId)} AND ${bigramMatch(terms)}`];
  const rest = terms
    .filter((t) => !isBigramIndexable(t))
    .map((t) => termCondition(['s.heading', 's.paragraphs'], t, params, jsonEncoded));
  return sql(
    db,
    `SELECT s.id AS sectionId, s.heading, s.paragraphs
    FROM section_bigram CROSS JOIN sections s ON s.rid = section_bigram.rowid
    WHERE section_bigram MATCH ?${rest.map((r) => ` AND ${r}`).join('')}`,
  ).all(...params) as ScannedSection[];
}
