// Problems with what was typed into a 红头 field, shown beside that field. They belong to the open document:
// opening another clears them.
import { create } from 'zustand';
import type { NoticeMeta } from '../../shared/model/types';
import { useDocument } from './document-store';

interface FieldErrors {
  errors: Partial<Record<keyof NoticeMeta, string>>;
  set(key: keyof NoticeMeta, message: string | null): void;
}

export const useFieldErrors = create<FieldErrors>((set, get) => ({
  errors: {},
  set(key, message) {
    if ((get().errors[key] ?? null) === message) return;
    const errors = { ...get().errors };
    if (message) errors[key] = message;
    else delete errors[key];
    set({ errors });
  },
}));

useDocument.subscribe((s, prev) => {
  if (s.id !== prev.id) useFieldErrors.setState({ errors: {} });
});
