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

let saveTimer: ReturnType<typeof setTimeout> | null = null;
let saving: Promise<void> | null = null;
let dirtyVersion = 0;
/** dirtyVersion as of the last successful save */
let savedVersion = 0;
/** dirtyVersion last sent by saveWhileUnloading (beforeunload and pagehide both ask) */
let sentWhileUnloading = -1;
let lastGroup: { key: string; at: number } | null = null;
/** The content as the back end has it (at summary.version) and its rows: what the next save is diffed against. */
let stored: { doc: YaodianDocument; rows: Map<string, SectionRow> } | null = null;

const storedAs = (doc: YaodianDocument) => ({ doc, rows: toRows(doc.sections) });

/** The list groups by year: a save follows the year the document is for (title, 通知 title, 文号, date). */
function yearToFollow(doc: YaodianDocument, summary: DocumentSummary | null): number | undefined {
  const y = inferYear(doc) ?? NaN;
  return y >= 1949 && y <= 2200 && y !== summary?.year ? y : undefined;
}

/** The save call for the current content, or null when the back end already has it. */
function saveInput(id: string, doc: YaodianDocument, summary: DocumentSummary | null) {
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
  // callers put saveStatus: 'pending' into their own set(): one store update per keystroke, not two
  const scheduleSave = () => {
    dirtyVersion += 1;
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(
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
    const version = dirtyVersion;
    const save = saveInput(id, doc, summary);
    if (!save) {
      savedVersion = version;
      set({ saveStatus: version === dirtyVersion ? 'saved' : 'pending' });
      return;
    }
    set({ saveStatus: 'saving' });
    try {
      const next = await call('documents.save', save.input);
      if (get().id !== id) return;
      applyDiffToRows(stored!.rows, save.diff);
      stored!.doc = doc;
      savedVersion = version;
      useLibrary.getState().upsert(next);
      const saveStatus = version === dirtyVersion ? 'saved' : 'pending';
      set({ summary: next, savedAt: new Date(), saveError: null, saveStatus });
    } catch (e) {
      const conflict = e instanceof ApiFailure && e.code === 'conflict';
      if (conflict && get().id === id) return reloadAfterConflict(id, e.message);
      set({ saveStatus: 'error', saveError: e instanceof Error ? e.message : String(e) });
      throw e;
    }
  };

  /** Another window saved first: the back end kept our edits as a revision; show what is stored now. */
  const reloadAfterConflict = async (id: string, message: string): Promise<void> => {
    const fresh = await call('documents.get', { id });
    stored = storedAs(fresh.document);
    savedVersion = dirtyVersion;
    lastGroup = null;
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
      lastGroup = null;
      caretRef.current = null;
      savedVersion = dirtyVersion;
      stored = storedAs(loaded.document);
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
      stored = null;
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
      const merge = group !== undefined && lastGroup?.key === group && now - lastGroup.at < GROUP_WINDOW;
      lastGroup = group !== undefined ? { key: group, at: now } : null;
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
      stored = storedAs(doc);
      useLibrary.getState().upsert(summary);
      set({ summary });
    },

    undo() {
      const s = get();
      const prev = s.past[s.past.length - 1];
      if (!prev || !s.doc) return;
      lastGroup = null;
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
      lastGroup = null;
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
      if (saveTimer) {
        clearTimeout(saveTimer);
        saveTimer = null;
      }
      while (saving) await saving.catch(() => undefined);
      // a failed save leaves the edit unsaved: the next flush (export, close) tries again
      if (dirtyVersion === savedVersion || !get().id) return;
      saving = doSave().finally(() => {
        saving = null;
      });
      await saving;
      if (dirtyVersion !== savedVersion) return get().flush();
    },

    saveWhileUnloading() {
      const { id, doc, summary } = get();
      if (!id || !doc || dirtyVersion === savedVersion || dirtyVersion === sentWhileUnloading) return true;
      const save = saveInput(id, doc, summary);
      if (save && !sendWhileUnloading('documents.save', save.input)) return false;
      sentWhileUnloading = dirtyVersion;
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
