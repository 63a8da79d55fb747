// Full-text queries over the trigram indexes. Terms of 3+ characters use the index (each quoted as an FTS5
// phrase, so " * ( AND OR NEAR - are plain text); shorter terms, which trigrams cannot index, are matched
// by scanning the indexed text with instr (or LIKE, escaped, when case matters).
import { sql, type Db } from './statements';

/** Splits a query into terms (whitespace separates; control characters are dropped). */
export function parseQuery(query: string): string[] {
  const terms = query.replace(/[\u0000-\u001f\u007f]/g, ' ').split(/[\s\u3000]+/).filter((t) => t !== '');
  return [...new Set(terms)];
}

const charCount = (t: string) => [...t].length;
const phrase = (t: string) => `"${t.replace(/"/g, '""')}"`;
const likePattern = (t: string) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

interface Condition {
  where: string[];
  params: string[];
}

/** WHERE clauses for a FTS5 table whose text columns are `columns`. */
function conditions(table: string, columns: string[], terms: string[]): Condition {
  const long = terms.filter((t) => charCount(t) >= 3);
  const short = terms.filter((t) => charCount(t) < 3);
  const out: Condition = { where: [], params: [] };
  if (long.length) {
    out.where.push(`${table} MATCH ?`);
    out.params.push(long.map(phrase).join(' AND '));
  }
  for (const t of short) {
    const folded = /[A-Za-z]/.test(t); // the index folds ASCII case; LIKE does too, instr does not
    out.where.push(`(${columns.map((c) => (folded ? `${table}.${c} LIKE ? ESCAPE '\\'` : `instr(${table}.${c}, ?) > 0`)).join(' OR ')})`);
    for (let i = 0; i < columns.length; i++) out.params.push(folded ? likePattern(t) : t);
  }
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
  const rows = sql(db, `SELECT rowid, document_id, section_id FROM section_search
    WHERE ${c.where.join(' AND ')}`).raw().all(...c.params) as Array<[number, string, string]>;
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
  return sql(db, `SELECT d.id AS documentId, document_search.title, document_search.preamble, document_search.notice
    FROM document_search CROSS JOIN documents d ON d.rid = document_search.rowid
    WHERE ${c.where.join(' AND ')}`).all(...c.params) as DocumentMatch[];
}

export function sectionSearchText(db: Db, rid: number): { heading: string; body: string } | undefined {
  return sql(db, 'SELECT heading, body FROM section_search WHERE rowid = ?').get(rid) as { heading: string; body: string } | undefined;
}

/** FTS5's own consistency check of both indexes against their content; throws if they disagree. */
export function checkSearchIndex(db: Db): void {
  db.exec(`INSERT INTO section_search (section_search) VALUES ('integrity-check');
    INSERT INTO document_search (document_search) VALUES ('integrity-check');`);
}
