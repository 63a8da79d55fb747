// Full-text search across all years; a result opens its document and scrolls to the section.
import { create } from 'zustand';
import type { SearchHit } from '../../shared/api/contract';
import { call } from '../api';
import { openDocument } from './actions';

interface SearchState {
  query: string;
  hits: SearchHit[];
  running: boolean;
  error: string | null;
  run(q: string): Promise<void>;
}

export const useSearch = create<SearchState>((set) => ({
  query: '', hits: [], running: false, error: null,
  async run(q) {
    const query = q.trim();
    set({ query, running: true, error: null });
    if (!query) return set({ hits: [], running: false });
    try {
      const hits = await call('search.query', { query, limit: 100 });
      set({ hits, running: false });
    } catch (e) {
      set({ hits: [], running: false, error: e instanceof Error ? e.message : String(e) });
    }
  },
}));

/** "…【民政】…" → text with the marked part highlighted */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/【|】/);
  return <span className="snippet">{parts.map((p, i) => (i % 2 ? <mark key={i}>{p}</mark> : <span key={i}>{p}</span>))}</span>;
}

export function SearchPanel() {
  const { query, hits, running, error } = useSearch();
  if (!query) return <p className="muted">在上方搜索框输入文字,查找全部年度的文档。</p>;
  if (running) return <p className="muted">正在查找“{query}”…</p>;
  if (error) return <p className="error-text">{error}</p>;
  if (!hits.length) return <p className="muted">没有找到“{query}”。</p>;
  return (
    <div className="search-results" data-testid="search-results">
      <p className="muted">找到 {hits.length} 处“{query}”</p>
      <ul>
        {hits.map((h, i) => (
          <li key={i}>
            <button className="hit" data-testid="search-hit" onClick={() => void openDocument(h.documentId, undefined, h.sectionId ?? undefined)}>
              <span className="hit-doc">{h.year ? `${h.year}年 · ` : ''}{h.documentTitle}</span>
              <span className="hit-where">{h.numberPath}{h.heading ? ` ${h.heading}` : ''}</span>
              <Snippet text={h.snippet} />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
