// The open document: the model (the truth), its computed numbers, an undo/redo stack of whole-document
// snapshots that covers every kind of edit, and debounced autosave through documents.save, which sends only
// what changed since the version the back end last acknowledged (summary.version).
import { create } from 'zustand';
import type { DocumentSummary } from '../../shared/api/contract';
import { inferYear } from '../../shared/model/document-year';
import { diffDocuments, isEmptyChange } from '../../shared/model/changes';
import { computeNumbers, type SectionNumber } from '../../shared/model/numbering';
import { applyDiffToRows, toRows, type SectionRow } from '../../shared/model/section-diff';
import type { NoticeMeta, YaodianDocument } from '../../shared/model/types';
import { ApiFailure, call, sendWhileUnloading } from '../api';
import type { Caret } from '../editor/types';
import { useLibrary } from './library-store';

/** Where a change came from: the editor skips re-deriving its value for its own typing. */
type Origin = 'typing' | 'command' | 'load' | 'meta' | 'history';

interface Snapshot {
  doc: YaodianDocument;
  caret: Caret | null;
}

type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

interface DocState {
  id: string | null;
  summary: DocumentSummary | null;
  doc: YaodianDocument | null;
  numbers: Map<string, SectionNumber>;
  version: number;
  origin: Origin;
  /** caret the editor should show after a command, undo or redo */
  caret: Caret | null;
  past: Snapshot[];
  future: Snapshot[];
  saveStatus: SaveStatus;
  savedAt: Date | null;
  saveError: string | null;
  loading: boolean;

  load(id: string, initial?: { summary: DocumentSummary; document: YaodianDocument }): Promise<void>;
  close(): void;
  /** Applies an edit. `group` merges consecutive edits with the same key into one undo step (typing). */
  apply(next: YaodianDocument, opts: { origin: Origin; caret?: Caret | null; group?: string }): void;
  updateMeta(patch: Partial<NoticeMeta>, group?: string): void;
  /** Shows a document the back end has already stored (a one-click fix): an undoable step, nothing to send. */
  applySaved(doc: YaodianDocument, summary: DocumentSummary): void;
  undo(): void;
  redo(): void;
  /** Saves pending edits now. */
  flush(): Promise<void>;
  /**
   * The page is going away: sends unsaved edits in a request that outlives it. False when they could not be
   * sent that way (the caller asks the user to stay); true when nothing was unsaved or the request is out.
   */
  saveWhileUnloading(): boolean;
}

const MAX_UNDO = 300;
const SAVE_DELAY = 700;
const GROUP_WINDOW = 1500;

/** The caret the editor last reported, kept outside React state so moving it costs nothing. */
export const caretRef: { current: Caret | null } = { current: null };

/**
 * The section the caret is in, for views that follow it (the 分工 panel): its subscribers hear of every caret
 * move once the editor has taken the selection in. The DOM's selectionchange comes before that (slate-react
 * reads it on a throttle), and caretRef then still held the caret from before the click.
 */
export const caretSection = create<{ id: string | null }>(() => ({ id: null }));

export function noteCaret(caret: Caret | null): void {
  const block = caret?.block;
  caretSection.setState({ id: block && 'sectionId' in block ? block.sectionId : null });
}

/** The content as the back end has it (at summary.version) and its rows: what the next save is diffed against. */
interface Stored {
  doc: YaodianDocument;
  rows: Map<string, SectionRow>;
}

const storedAs = (doc: YaodianDocument): Stored => ({ doc, rows: toRows(doc.sections) });

/** The list groups by year: a save follows the year the document is for (title, 通知 title, 文号, date). */
function yearToFollow(doc: YaodianDocument, summary: DocumentSummary | null): number | undefined {
  const y = inferYear(doc) ?? NaN;
  return y >= 1949 && y <= 2200 && y !== summary?.year ? y : undefined;
}

/** The save call for the current content, or null when the back end already has it. */
function saveInput(stored: Stored | null, id: string, doc: YaodianDocument, summary: DocumentSummary | null) {
  if (!stored || !summary) return null;
  const { changes, diff } = diffDocuments(stored.doc, stored.rows, doc);
  const year = yearToFollow(doc, summary);
  if (isEmptyChange(changes) && year === undefined) return null;
  return { input: { id, version: summary.version, changes, ...(year === undefined ? {} : { year }) }, diff };
}

function numbersOf(
  doc: YaodianDocument | null,
  prev: { doc: YaodianDocument | null; numbers: Map<string, SectionNumber> },
) {
  if (!doc) return new Map<string, SectionNumber>();
  if (prev.doc && prev.doc.sections === doc.sections && prev.doc.numbering === doc.numbering) return prev.numbers;
  return computeNumbers(doc.sections, doc.numbering);
}

export const useDocument = create<DocState>((set, get) => {
  // the save bookkeeping of this store (not module state): pending timer, versions, what the back end holds
  const book = {
    saveTimer: null as ReturnType<typeof setTimeout> | null,
    saving: null as Promise<void> | null,
    dirtyVersion: 0,
    /** dirtyVersion as of the last successful save */
    savedVersion: 0,
    /** dirtyVersion last sent by saveWhileUnloading (beforeunload and pagehide both ask) */
    sentWhileUnloading: -1,
    lastGroup: null as { key: string; at: number } | null,
    stored: null as Stored | null,
  };
  // callers put saveStatus: 'pending' into their own set(): one store update per keystroke, not two
  const scheduleSave = () => {
    book.dirtyVersion += 1;
    if (book.saveTimer) clearTimeout(book.saveTimer);
    book.saveTimer = setTimeout(
      () =>
        void get()
          .flush()
          .catch(() => undefined),
      SAVE_DELAY,
    );
  };

  const doSave = async (): Promise<void> => {
    const { id, doc, summary } = get();
    if (!id || !doc) return;
    const version = book.dirtyVersion;
    const save = saveInput(book.stored, id, doc, summary);
    if (!save) {
      book.savedVersion = version;
      set({ saveStatus: version === book.dirtyVersion ? 'saved' : 'pending' });
      return;
    }
    set({ saveStatus: 'saving' });
    try {
      const next = await call('documents.save', save.input);
      if (get().id !== id) return;
      applyDiffToRows(book.stored!.rows, save.diff);
      book.stored!.doc = doc;
      book.savedVersion = version;
      useLibrary.getState().upsert(next);
      const saveStatus = version === book.dirtyVersion ? 'saved' : 'pending';
      set({ summary: next, savedAt: new Date(), saveError: null, saveStatus });
    } catch (e) {
      const conflict = e instanceof ApiFailure && e.code === 'conflict';
      if (conflict && get().id === id) return reloadAfterConflict(id, e.message);
      set({ saveStatus: 'error', saveError: e instanceof Error ? e.message : String(e) });
      throw e;
    }
  };

  /** Another window saved first: the back end kept our edits as a revision; show what is book.stored now. */
  const reloadAfterConflict = async (id: string, message: string): Promise<void> => {
    const fresh = await call('documents.get', { id });
    book.stored = storedAs(fresh.document);
    book.savedVersion = book.dirtyVersion;
    book.lastGroup = null;
    set((s) => ({
      summary: fresh.summary,
      doc: fresh.document,
      numbers: computeNumbers(fresh.document.sections, fresh.document.numbering),
      version: s.version + 1,
      origin: 'load',
      past: [],
      future: [],
      saveStatus: 'error',
      saveError: message,
    }));
  };

  return {
    id: null,
    summary: null,
    doc: null,
    numbers: new Map(),
    version: 0,
    origin: 'load',
    caret: null,
    past: [],
    future: [],
    saveStatus: 'saved',
    savedAt: null,
    saveError: null,
    loading: false,

    async load(id, initial) {
      await get()
        .flush()
        .catch(() => undefined);
      set({ loading: true });
      const loaded = initial ?? (await call('documents.get', { id }));
      book.lastGroup = null;
      caretRef.current = null;
      noteCaret(null);
      book.savedVersion = book.dirtyVersion;
      book.stored = storedAs(loaded.document);
      set((s) => ({
        id,
        summary: loaded.summary,
        doc: loaded.document,
        numbers: computeNumbers(loaded.document.sections, loaded.document.numbering),
        version: s.version + 1,
        origin: 'load',
        caret: { block: { kind: 'title' }, offset: 0 },
        past: [],
        future: [],
        saveStatus: 'saved',
        savedAt: null,
        saveError: null,
        loading: false,
      }));
    },

    close() {
      book.stored = null;
      set((s) => ({
        id: null,
        summary: null,
        doc: null,
        numbers: new Map(),
        version: s.version + 1,
        origin: 'load',
        past: [],
        future: [],
      }));
    },

    apply(next, { origin, caret = null, group }) {
      const s = get();
      if (!s.doc || next === s.doc) return;
      const now = Date.now();
      const merge = group !== undefined && book.lastGroup?.key === group && now - book.lastGroup.at < GROUP_WINDOW;
      book.lastGroup = group !== undefined ? { key: group, at: now } : null;
      const past = merge ? s.past : [...s.past.slice(-MAX_UNDO + 1), { doc: s.doc, caret: caretRef.current }];
      // typing changes text only: the numbers (computed from structure and modes) stay as they are
      set({
        doc: next,
        numbers: origin === 'typing' ? s.numbers : numbersOf(next, s),
        version: s.version + 1,
        origin,
        caret: caret ?? s.caret,
        past,
        future: [],
        saveStatus: 'pending',
      });
      scheduleSave();
    },

    updateMeta(patch, group) {
      const { doc } = get();
      if (!doc) return;
      get().apply(
        { ...doc, meta: { ...doc.meta, ...patch } },
        { origin: 'meta', group: group ? `meta:${group}` : undefined },
      );
    },

    applySaved(doc, summary) {
      get().apply(doc, { origin: 'command' });
      book.stored = storedAs(doc);
      useLibrary.getState().upsert(summary);
      set({ summary });
    },

    undo() {
      const s = get();
      const prev = s.past[s.past.length - 1];
      if (!prev || !s.doc) return;
      book.lastGroup = null;
      set({
        doc: prev.doc,
        numbers: numbersOf(prev.doc, s),
        version: s.version + 1,
        origin: 'history',
        caret: prev.caret,
        past: s.past.slice(0, -1),
        future: [...s.future, { doc: s.doc, caret: caretRef.current }],
        saveStatus: 'pending',
      });
      scheduleSave();
    },

    redo() {
      const s = get();
      const next = s.future[s.future.length - 1];
      if (!next || !s.doc) return;
      book.lastGroup = null;
      set({
        doc: next.doc,
        numbers: numbersOf(next.doc, s),
        version: s.version + 1,
        origin: 'history',
        caret: next.caret,
        past: [...s.past, { doc: s.doc, caret: caretRef.current }],
        future: s.future.slice(0, -1),
        saveStatus: 'pending',
      });
      scheduleSave();
    },

    async flush() {
      if (book.saveTimer) {
        clearTimeout(book.saveTimer);
        book.saveTimer = null;
      }
      while (book.saving) await book.saving.catch(() => undefined);
      // a failed save leaves the edit unsaved: the next flush (export, close) tries again
      if (book.dirtyVersion === book.savedVersion || !get().id) return;
      book.saving = doSave().finally(() => {
        book.saving = null;
      });
      await book.saving;
      if (book.dirtyVersion !== book.savedVersion) return get().flush();
    },

    saveWhileUnloading() {
      const { id, doc, summary } = get();
      const unsent = book.dirtyVersion !== book.savedVersion && book.dirtyVersion !== book.sentWhileUnloading;
      if (!id || !doc || !unsent) return true;
      const save = saveInput(book.stored, id, doc, summary);
      if (save && !sendWhileUnloading('documents.save', save.input)) return false;
      book.sentWhileUnloading = book.dirtyVersion;
      return true;
    },
  };
});

/** Ctrl+S: save now, then keep a manual revision. */
export async function saveRevision(label?: string) {
  const { id, flush } = useDocument.getState();
  if (!id) return null;
  await flush();
  return call('revisions.create', { documentId: id, reason: 'manual', ...(label ? { label } : {}) });
}

export function formatTime(d: Date): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
