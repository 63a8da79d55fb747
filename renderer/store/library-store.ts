// The documents list (by year), the 回收站 and the templates.
import { create } from 'zustand';
import type { DocumentSummary } from '../../shared/api/contract';
import { call } from '../api';

interface LibraryState {
  documents: DocumentSummary[];
  trash: DocumentSummary[];
  templates: DocumentSummary[];
  loaded: boolean;
  error: string | null;
  refresh(): Promise<void>;
  /** replaces one summary after a save or a metadata change */
  upsert(summary: DocumentSummary): void;
}

export const useLibrary = create<LibraryState>((set, get) => ({
  documents: [],
  trash: [],
  templates: [],
  loaded: false,
  error: null,
  async refresh() {
    try {
      const [documents, trash, templates] = await Promise.all([
        call('documents.list', { trash: false }),
        call('documents.list', { trash: true }),
        call('templates.list', {}).catch(() => [] as DocumentSummary[]),
      ]);
      set({ documents, trash, templates, loaded: true, error: null });
    } catch (e) {
      set({ loaded: true, error: e instanceof Error ? e.message : String(e) });
    }
  },
  upsert(summary) {
    const replace = (list: DocumentSummary[]) => list.map((d) => (d.id === summary.id ? summary : d));
    const { documents, templates } = get();
    set({
      documents: documents.some((d) => d.id === summary.id) ? replace(documents) : [summary, ...documents],
      templates: summary.isTemplate
        ? templates.some((d) => d.id === summary.id)
          ? replace(templates)
          : [summary, ...templates]
        : templates.filter((d) => d.id !== summary.id),
    });
  },
}));

/** Groups summaries by year, newest year first; documents without a year last. */
export function byYear(list: DocumentSummary[]): Array<{ year: number | null; items: DocumentSummary[] }> {
  const groups = new Map<number | null, DocumentSummary[]>();
  for (const d of list) {
    const items = groups.get(d.year) ?? [];
    items.push(d);
    groups.set(d.year, items);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : b - a))
    .map(([year, items]) => ({ year, items: items.sort((x, y) => y.updatedAt.localeCompare(x.updatedAt)) }));
}
