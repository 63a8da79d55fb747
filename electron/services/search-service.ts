// search.query: hits across all documents and years, newest year first, in document order within each.
import type { SearchHit } from '../../shared/api/contract';
import type { NoticeMeta } from '../../shared/model/types';
import { displayTitle } from '../store/documents';
import { matchDocuments, matchSections, parseQuery, sectionSearchText } from '../store/search';
import type { Drafts, Outline } from './drafts';
import { makeSnippet } from './snippet';

interface Candidate {
  documentId: string;
  outline: Outline;
  order: number; // -1: the document's own text (title, 导语, notice) comes before its sections
  build: () => SearchHit | null;
}

export function search(drafts: Drafts, query: string, limit: number): SearchHit[] {
  const terms = parseQuery(query);
  if (!terms.length) return [];
  const outlines = new Map<string, Outline | null>();
  const outlineOf = (id: string) => {
    if (!outlines.has(id)) outlines.set(id, drafts.outline(id));
    return outlines.get(id) ?? null;
  };
  const titleOf = (o: Outline) => displayTitle(JSON.parse(o.row.meta) as NoticeMeta, o.row.year);
  const candidates: Candidate[] = [];

  for (const m of matchDocuments(drafts.db, terms)) {
    const outline = outlineOf(m.documentId);
    if (!outline) continue;
    candidates.push({
      documentId: m.documentId, outline, order: -1,
      build: () => {
        for (const [heading, text] of [['要点标题', m.title], ['导语', m.preamble], ['通知正文', m.notice]] as const) {
          const snippet = makeSnippet(text, terms);
          if (snippet) return { documentId: m.documentId, documentTitle: titleOf(outline), year: outline.row.year, sectionId: null, numberPath: '', heading, snippet };
        }
        return null;
      },
    });
  }
  for (const m of matchSections(drafts.db, terms)) {
    const outline = outlineOf(m.documentId);
    if (!outline) continue;
    candidates.push({
      documentId: m.documentId, outline, order: outline.order.get(m.sectionId) ?? Number.MAX_SAFE_INTEGER,
      build: () => {
        const text = sectionSearchText(drafts.db, m.rid);
        if (!text) return null;
        const snippet = makeSnippet(text.body, terms) ?? makeSnippet(text.heading, terms) ?? text.heading;
        return {
          documentId: m.documentId, documentTitle: titleOf(outline), year: outline.row.year, sectionId: m.sectionId,
          numberPath: outline.paths.get(m.sectionId) ?? '', heading: text.heading, snippet,
        };
      },
    });
  }

  candidates.sort((a, b) => {
    const ya = a.outline.row.year ?? -Infinity;
    const yb = b.outline.row.year ?? -Infinity;
    if (ya !== yb) return yb - ya;
    if (a.documentId !== b.documentId) {
      const ua = a.outline.row.updated_at;
      const ub = b.outline.row.updated_at;
      return ua !== ub ? (ua < ub ? 1 : -1) : a.documentId < b.documentId ? -1 : 1;
    }
    return a.order - b.order;
  });
  const hits: SearchHit[] = [];
  for (const c of candidates) {
    if (hits.length >= limit) break;
    const hit = c.build();
    if (hit) hits.push(hit);
  }
  return hits;
}
