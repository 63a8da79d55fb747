// Transient UI state: toasts (with an optional 撤销), a promise-based confirmation dialog, panels and views.
import { create } from 'zustand';

interface Toast {
  id: number;
  kind: 'info' | 'error' | 'success';
  text: string;
  action?: { label: string; run: () => void };
}

interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  /** a third choice, e.g. "插入为章节" beside "替换全部" */
  altLabel?: string;
  danger?: boolean;
  resolve: (answer: 'confirm' | 'alt' | 'cancel') => void;
}

export type SidePanel = 'meta' | 'search' | 'revisions' | 'check' | 'numbering' | 'tasks';
type MainView = 'edit' | 'pages' | 'compare' | 'new-year';

interface UiState {
  toasts: Toast[];
  confirmRequest: ConfirmRequest | null;
  panel: SidePanel;
  view: MainView;
  busy: string | null;
  /** section to scroll to once the editor shows it */
  scrollTarget: { sectionId: string; nonce: number } | null;
  toast(text: string, kind?: Toast['kind'], action?: Toast['action']): void;
  dismiss(id: number): void;
  confirm(
    req: Omit<ConfirmRequest, 'resolve' | 'confirmLabel' | 'cancelLabel'> &
      Partial<Pick<ConfirmRequest, 'confirmLabel' | 'cancelLabel'>>,
  ): Promise<'confirm' | 'alt' | 'cancel'>;
  setPanel(p: SidePanel): void;
  setView(v: MainView): void;
  setBusy(text: string | null): void;
  scrollTo(sectionId: string): void;
}

export const useUi = create<UiState>((set, get) => {
  let toastSeq = 0; // this store's own counter of toast ids
  return {
    toasts: [],
    confirmRequest: null,
    panel: 'meta',
    view: 'edit',
    busy: null,
    scrollTarget: null,
    toast(text, kind = 'info', action) {
      const id = ++toastSeq;
      set({ toasts: [...get().toasts.slice(-3), { id, kind, text, action }] });
      setTimeout(() => get().dismiss(id), action ? 8000 : kind === 'error' ? 7000 : 3500);
    },
    dismiss(id) {
      set({ toasts: get().toasts.filter((t) => t.id !== id) });
    },
    confirm(req) {
      return new Promise((resolve) => {
        set({
          confirmRequest: {
            confirmLabel: '确定',
            cancelLabel: '取消',
            ...req,
            resolve: (answer) => {
              set({ confirmRequest: null });
              resolve(answer);
            },
          },
        });
      });
    },
    setPanel(panel) {
      set({ panel });
    },
    setView(view) {
      set({ view });
    },
    setBusy(busy) {
      set({ busy });
    },
    scrollTo(sectionId) {
      set({ scrollTarget: { sectionId, nonce: Date.now() } });
    },
  };
});

/** Shows an error's Chinese message as a toast. */
export function showError(e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  useUi.getState().toast(message, 'error');
}
