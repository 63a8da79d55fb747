// search.query: hits across all documents and years, newest year first, in document order within each.
// Documents are searched one at a time in result order, stopping once `limit` hits are found: through the
// bigram index when a term of 2+ characters allows it (养老, 低保, 社会救助), else by scanning that document's
// rows (1-character terms only). A 3+ character term the bigram index cannot answer (it has a quote or a
// space-like character) goes through the trigram index once for all documents.
import type { SearchHit } from '../../shared/api/contract';
import {
  anyBigramCandidate,
  bigramDocumentSections,
  documentSearchText,
  isBigramIndexable,
  isIndexable,
  matchDocuments,
  matchSections,
  parseQuery,
  rebuildSearchIndex,
  scanDocumentSections,
  searchableDocuments,
  sectionSearchText,
  termVariants,
  type DocumentText,
} from '../store/search';
import { isDamageError, StoreError } from '../store/errors';
import type { Drafts, Outline } from './drafts';
import { matchRanges, makeSnippet } from './snippet';

/** Every term (in one of its forms) occurs in one of the texts: the SQL filters confirmed on decoded text. */
const hasAllTerms = (texts: readonly string[], terms: readonly string[]) =>
  terms.every((t) => texts.some((x) => matchRanges(x, termVariants(t)).length > 0));

/** All forms of all terms, for highlighting. */
const highlightTerms = (terms: readonly string[]) => terms.flatMap(termVariants);

function documentHit(outline: Outline, m: DocumentText, terms: string[]): SearchHit | null {
  if (!hasAllTerms([m.title, m.preamble, m.notice], terms)) return null;
  for (const [heading, text] of [
    ['要点标题', m.title],
    ['导语', m.preamble],
    ['通知正文', m.notice],
  ] as const) {
    const snippet = makeSnippet(text, highlightTerms(terms));
    if (snippet) {
      const { row, title } = outline;
      return {
        documentId: row.id,
        documentTitle: title,
        year: row.year,
        sectionId: null,
        numberPath: '',
        heading,
        snippet,
      };
    }
  }
  return null;
}

function sectionHit(
  outline: Outline,
  sectionId: string,
  heading: string,
  body: string,
  terms: string[],
): SearchHit | null {
  if (!hasAllTerms([heading, body], terms)) return null;
  const { row, title, paths } = outline;
  return {
    documentId: row.id,
    documentTitle: title,
    year: row.year,
    sectionId,
    numberPath: paths.get(sectionId) ?? '',
    heading,
    snippet: makeSnippet(body, highlightTerms(terms)) ?? makeSnippet(heading, highlightTerms(terms)) ?? heading,
  };
}

interface Candidate {
  outline: Outline;
  /** -1: the document's own text (title, 导语, notice) comes before its sections */
  order: number;
  build: () => SearchHit | null;
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

function take(candidates: Candidate[], limit: number, hits: SearchHit[]): void {
  candidates.sort(byYearThenDocumentOrder);
  for (const c of candidates) {
    if (hits.length >= limit) return;
    const hit = c.build();
    if (hit) hits.push(hit);
  }
}

/** Through the index: one query for all documents, then the hits sorted into result order. */
function indexedSearch(drafts: Drafts, terms: string[], limit: number): SearchHit[] {
  const outlines = new Map<string, Outline | null>();
  const outlineOf = (id: string) => {
    if (!outlines.has(id)) {
      const o = drafts.outline(id);
      outlines.set(id, o && o.row.deleted_at === null ? o : null); // 回收站 is left out here: once per document
    }
    return outlines.get(id)!;
  };
  const candidates: Candidate[] = [];
  for (const m of matchDocuments(drafts.db, terms)) {
    const outline = outlineOf(m.documentId);
    if (outline) candidates.push({ outline, order: -1, build: () => documentHit(outline, m, terms) });
  }
  for (const m of matchSections(drafts.db, terms)) {
    const outline = outlineOf(m.documentId);
    if (!outline) continue;
    candidates.push({
      outline,
      order: outline.order.get(m.sectionId) ?? Number.MAX_SAFE_INTEGER,
      build: () => {
        const text = sectionSearchText(drafts.db, m.rid);
        return text ? sectionHit(outline, m.sectionId, text.heading, text.body, terms) : null;
      },
    });
  }
  const hits: SearchHit[] = [];
  take(candidates, limit, hits);
  return hits;
}

type SectionsOf = (db: Drafts['db'], documentId: string, terms: string[]) => ReturnType<typeof scanDocumentSections>;

/** Document by document in result order until the page is full; `sectionsOf` finds one document's rows. */
function documentByDocument(drafts: Drafts, terms: string[], limit: number, sectionsOf: SectionsOf): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const doc of searchableDocuments(drafts.db)) {
    const outline = drafts.outline(doc.id);
    if (!outline) continue;
    const candidates: Candidate[] = [];
    const text = documentSearchText(drafts.db, doc.rid);
    if (text) candidates.push({ outline, order: -1, build: () => documentHit(outline, text, terms) });
    for (const s of sectionsOf(drafts.db, doc.id, terms)) {
      candidates.push({
        outline,
        order: outline.order.get(s.sectionId) ?? Number.MAX_SAFE_INTEGER,
        build: () =>
          sectionHit(outline, s.sectionId, s.heading, (JSON.parse(s.paragraphs) as string[]).join('\n'), terms),
      });
    }
    take(candidates, limit, hits);
    if (hits.length >= limit) break;
  }
  return hits;
}

/** How one document's candidate rows are found: the bigram index, or (1-character terms only) a scan. */
function sectionFinder(drafts: Drafts, terms: string[]): SectionsOf {
  if (!terms.some(isBigramIndexable)) return scanDocumentSections;
  // a term found in no section at all needs no look into each document's sections
  return anyBigramCandidate(drafts.db, terms) ? bigramDocumentSections : () => [];
}

export function search(drafts: Drafts, query: string, limit: number): SearchHit[] {
  const terms = parseQuery(query);
  if (!terms.length) return [];
  const run = () =>
    !terms.some(isBigramIndexable) && terms.some(isIndexable)
      ? indexedSearch(drafts, terms, limit)
      : documentByDocument(drafts, terms, limit, sectionFinder(drafts, terms));
  try {
    return run();
  } catch (err) {
    if (!isDamageError(err)) throw err;
    // the index's own data is damaged (its pages are sound, or the start-up check would have caught it)
    try {
      rebuildSearchIndex(drafts.db);
    } catch {
      throw new StoreError(
        'io',
        '全文检索的索引已损坏，且无法重建。请关闭并重新打开程序，程序会在启动时自动修复数据文件。',
      );
    }
    return run();
  }
}
