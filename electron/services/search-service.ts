// search.query: hits across all documents and years, newest year first, in document order within each.
import type { SearchHit } from '../../shared/api/contract';
import { matchDocuments, matchSections, parseQuery, sectionSearchText, type DocumentMatch } from '../store/search';
import type { Drafts, Outline } from './drafts';
import { makeSnippet } from './snippet';

interface Candidate {
  outline: Outline;
  /** -1: the document's own text (title, 导语, notice) comes before its sections */
  order: number;
  rid: number;
  sectionId: string | null;
  doc: DocumentMatch | null;
}

const byYearThenDocumentOrder = (a: Candidate, b: Candidate) => {
  const ya = a.outline.row.year ?? -Infinity;
  const yb = b.outline.row.year ?? -Infinity;
  if (ya !== yb) return yb - ya;
  if (a.outline !== b.outline) {
    const ua = a.outline.row.updated_at;
    const ub = b.outline.row.updated_at;
    if (ua !== ub) return ua < ub ? 1 : -1;
    return a.outline.row.id < b.outline.row.id ? -1 : 1;
  }
  return a.order - b.order;
};

function documentHit(c: Candidate, terms: string[]): SearchHit | null {
  const m = c.doc!;
  for (const [heading, text] of [['要点标题', m.title], ['导语', m.preamble], ['通知正文', m.notice]] as const) {
    const snippet = makeSnippet(text, terms);
    if (snippet) {
      const { row, title } = c.outline;
      return { documentId: row.id, documentTitle: title, year: row.year, sectionId: null, numberPath: '', heading, snippet };
    }
  }
  return null;
}

function sectionHit(drafts: Drafts, c: Candidate, terms: string[]): SearchHit | null {
  const text = sectionSearchText(drafts.db, c.rid);
  if (!text) return null;
  const { row, title, paths } = c.outline;
  return {
    documentId: row.id, documentTitle: title, year: row.year, sectionId: c.sectionId,
    numberPath: paths.get(c.sectionId!) ?? '', heading: text.heading,
    snippet: makeSnippet(text.body, terms) ?? makeSnippet(text.heading, terms) ?? text.heading,
  };
}

export function search(drafts: Drafts, query: string, limit: number): SearchHit[] {
  const terms = parseQuery(query);
  if (!terms.length) return [];
  const outlines = new Map<string, Outline | null>();
  // documents in 回收站 are left out here rather than in SQL: one lookup per document, not per hit
  const outlineOf = (id: string) => {
    let o = outlines.get(id);
    if (o === undefined) {
      o = drafts.outline(id);
      outlines.set(id, o && o.row.deleted_at === null ? o : null);
    }
    return outlines.get(id)!;
  };
  const candidates: Candidate[] = [];
  for (const m of matchDocuments(drafts.db, terms)) {
    const outline = outlineOf(m.documentId);
    if (outline) candidates.push({ outline, order: -1, rid: 0, sectionId: null, doc: m });
  }
  for (const m of matchSections(drafts.db, terms)) {
    const outline = outlineOf(m.documentId);
    if (outline) candidates.push({ outline, order: outline.order.get(m.sectionId) ?? Number.MAX_SAFE_INTEGER, rid: m.rid, sectionId: m.sectionId, doc: null });
  }
  candidates.sort(byYearThenDocumentOrder);
  const hits: SearchHit[] = [];
  for (const c of candidates) {
    if (hits.length >= limit) break;
    const hit = c.doc ? documentHit(c, terms) : sectionHit(drafts, c, terms);
    if (hit) hits.push(hit);
  }
  return hits;
}
