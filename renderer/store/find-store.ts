// The find bar's state (Ctrl+F / Ctrl+H). It belongs to the open document: opening another one keeps the
// words typed but drops the current match, which was a place in the other document.
import { create } from 'zustand';
import { useDocument } from './document-store';

interface FindState {
  open: boolean;
  replacing: boolean;
  query: string;
  replacement: string;
  /** index of the current match in findMatches(doc, query), -1 before the first jump */
  current: number;
  /** the current match as a place and offset, for the editor's highlight */
  currentAt: { key: string; start: number } | null;
  /** bumps when the bar asks its query box for the focus again (Ctrl+F while open) */
  focusNonce: number;
  show(opts: { replacing: boolean; query?: string }): void;
  close(): void;
  set(patch: Partial<Pick<FindState, 'query' | 'replacement' | 'current' | 'currentAt'>>): void;
}

export const useFind = create<FindState>((set, get) => ({
  open: false,
  replacing: false,
  query: '',
  replacement: '',
  current: -1,
  currentAt: null,
  focusNonce: 0,
  show({ replacing, query }) {
    const q = query ?? get().query;
    const same = q === get().query;
    set({
      open: true,
      replacing,
      query: q,
      current: same ? get().current : -1,
      currentAt: same ? get().currentAt : null,
      focusNonce: get().focusNonce + 1,
    });
  },
  close() {
    set({ open: false, current: -1, currentAt: null });
  },
  set(patch) {
    set(patch.query !== undefined && patch.query !== get().query ? { current: -1, currentAt: null, ...patch } : patch);
  },
}));

useDocument.subscribe((s, prev) => {
  if (s.id !== prev.id) useFind.setState({ current: -1, currentAt: null });
});
