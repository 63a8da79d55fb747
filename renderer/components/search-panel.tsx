// Full-text search across all years; a result opens its document and scrolls to the section.
import { create } from 'zustand';
import type { SearchHit } from '../../shared/api/contract';
import { call } from '../api';
import { useDocument } from '../store/document-store';
import { useFind } from '../store/find-store';
import { openDocument } from './actions';

/** hits asked for at most: a common word lists this many, and says so */
const LIMIT = 100;

interface SearchState {
  query: string;
  hits: SearchHit[];
  running: boolean;
  error: string | null;
  run(q: string): Promise<void>;
}

export const useSearch = create<SearchState>((set) => ({
  query: '',
  hits: [],
  running: false,
  error: null,
  async run(q) {
    const query = q.trim();
    set({ query, running: true, error: null });
    if (!query) return set({ hits: [], running: false });
    try {
      const hits = await call('search.query', { query, limit: LIMIT });
      set({ hits, running: false });
    } catch (e) {
      set({ hits: [], running: false, error: e instanceof Error ? e.message : String(e) });
    }
  },
}));

/** "…【民政】…" → text with the marked part highlighted */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/【|】/);
  return (
    <span className="snippet">
      {parts.map((p, i) => (i % 2 ? <mark key={i}>{p}</mark> : <span key={i}>{p}</span>))}
    </span>
  );
}

/** "2025年全市民政工作要点", with the year in front only when the title does not already name it. */
function docLabel(h: SearchHit): string {
  const title = h.documentTitle || '未命名要点';
  return h.year && !title.includes(String(h.year)) ? `${h.year}年 ${title}` : title;
}

/** Opens a hit's document at its section with the searched words marked there (the find bar holds them). */
async function openHit(h: SearchHit, query: string): Promise<void> {
  await openDocument(h.documentId, undefined, h.sectionId ?? undefined);
  if (useDocument.getState().id === h.documentId) useFind.getState().show({ replacing: false, query });
}

export function SearchPanel() {
  const { query, hits, running, error } = useSearch();
  if (!query) return <p className="muted">在上方搜索框输入文字，查找全部年度的文档。</p>;
  if (running) return <p className="muted">正在查找“{query}”…</p>;
  if (error) return <p className="error-text">{error}</p>;
  if (!hits.length) return <p className="muted">没有找到“{query}”。</p>;
  // hits come in result order, document by document: one heading per document
  const groups: Array<{ id: string; label: string; hits: SearchHit[] }> = [];
  for (const h of hits) {
    const last = groups[groups.length - 1];
    if (last && last.id === h.documentId) last.hits.push(h);
    else groups.push({ id: h.documentId, label: docLabel(h), hits: [h] });
  }
  return (
    <div className="search-results" data-testid="search-results">
      <p className="muted">
        {hits.length >= LIMIT
          ? `只列出前 ${LIMIT} 处“${query}”，请用更具体的词语查找`
          : `找到 ${hits.length} 处“${query}”，在 ${new Set(hits.map((h) => h.documentId)).size} 份文档中`}
      </p>
      {groups.map((g, gi) => (
        <section key={`${g.id}-${gi}`} className="hit-group">
          <h5 className="hit-doc" data-testid="search-doc">
            {g.label}
          </h5>
          <ul>
            {g.hits.map((h, i) => (
              <li key={i}>
                <button className="hit" data-testid="search-hit" onClick={() => void openHit(h, query)}>
                  <span className="hit-where">
                    {h.sectionId ? `${h.numberPath}${h.heading ? ` ${h.heading}` : ''}` : h.heading || '通知或导语'}
                  </span>
                  <Snippet text={h.snippet} />
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
