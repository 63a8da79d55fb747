// 查找和替换 in the open document, the Word way: Ctrl+F finds, Ctrl+H replaces; Enter / Shift+Enter go to the
// next / previous hit (wrapping around), Esc closes and puts the caret at the hit. Headings, body and the 红头
// fields are searched; 全部替换 is one edit, undone in one step, and says how many it replaced.
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { ReactEditor } from 'slate-react';
import { activeEditor } from '../editor/editor-handle';
import { revealInEditor } from '../editor/find-highlight';
import { findMatches, placeKey, replaceAll, replaceMatch, step, type Match } from '../editor/find-replace';
import { useDocument } from '../store/document-store';
import { useFind } from '../store/find-store';
import { useUi } from '../store/ui-store';

/** The form control showing a 红头 field (文号 is shown in three boxes: its first one). */
function fieldInput(field: string): HTMLInputElement | HTMLTextAreaElement | null {
  const name = field === 'docNumber' ? 'docOrg' : field;
  return document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid=meta-form] [name=${name}]`);
}

/** Shows a hit in a 红头 field: the form opens, the field gets the focus with the hit selected. */
function revealInForm(m: Match): void {
  if (m.place.kind !== 'meta') return;
  const place = m.place;
  useUi.getState().setPanel('meta');
  requestAnimationFrame(() => {
    const el = fieldInput(place.field);
    if (!el) return;
    // a list field (通知正文, 附件) is one line per item in its box
    const lines = el.value.split('\n');
    const before = place.index === null ? 0 : lines.slice(0, place.index).reduce((n, l) => n + l.length + 1, 0);
    el.focus();
    if (place.field !== 'docNumber') el.setSelectionRange(before + m.start, before + m.start + m.length);
  });
}

/** Ctrl+F / Ctrl+H anywhere in the window open the bar (the selected words, if any, become the query). */
export function useFindShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const key = e.key.toLowerCase();
      if (key !== 'f' && key !== 'h') return;
      if (!useDocument.getState().id) return;
      e.preventDefault();
      const selected = window.getSelection()?.toString() ?? '';
      const query = selected && !selected.includes('\n') && selected.length <= 100 ? selected : undefined;
      useFind.getState().show({ replacing: key === 'h', query });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Closed, the bar subscribes to nothing that changes while typing (it would re-render on every keystroke). */
export function FindBar() {
  const open = useFind((s) => s.open);
  const hasDoc = useDocument((s) => s.id !== null);
  return open && hasDoc ? <OpenFindBar /> : null;
}

function OpenFindBar() {
  const { replacing, query, replacement, current, focusNonce } = useFind();
  const doc = useDocument((s) => s.doc);
  const queryBox = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => (doc ? findMatches(doc, query) : []), [doc, query]);

  useEffect(() => {
    queryBox.current?.focus();
    queryBox.current?.select();
  }, [focusNonce]);

  const find = useFind.getState();

  const go = (i: number, list: readonly Match[] = matches) => {
    const m = list[i];
    if (!m) return find.set({ current: -1, currentAt: null });
    find.set({ current: i, currentAt: { key: placeKey(m.place), start: m.start } });
    if (m.place.kind === 'block') {
      const editor = activeEditor.current;
      if (editor) revealInEditor(editor, m);
    } else {
      revealInForm(m);
    }
  };
  const move = (direction: 1 | -1) => go(step(matches, current, direction));

  const replaceCurrent = () => {
    const store = useDocument.getState();
    if (!store.doc || !query) return;
    const m = matches[current];
    const next = m ? replaceMatch(store.doc, m, query, replacement) : null;
    if (!next) return move(1); // nothing current yet (or it changed): go to the next hit first, as Word does
    // re-derived without taking the focus from the bar
    store.apply(next, { origin: 'meta' });
    const after = findMatches(next, query);
    go(after.length ? Math.min(current, after.length - 1) : -1, after);
  };

  const replaceEverything = () => {
    const store = useDocument.getState();
    if (!store.doc || !query) return;
    const r = replaceAll(store.doc, query, replacement);
    if (!r.count) return useUi.getState().toast(`没有找到“${query}”`, 'info');
    store.apply(r.doc, { origin: 'meta' });
    find.set({ current: -1, currentAt: null });
    const undo = { label: '撤销', run: () => useDocument.getState().undo() };
    useUi.getState().toast(`已全部替换，共 ${r.count} 处`, 'success', undo);
  };

  const close = () => {
    find.close();
    const editor = activeEditor.current;
    if (editor && editor.selection) {
      try {
        ReactEditor.focus(editor);
      } catch {
        /* unmounted */
      }
    }
  };

  const onQueryKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      move(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };
  const onReplaceKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      replaceCurrent();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };

  const status = !query
    ? ''
    : matches.length === 0
      ? '没有找到'
      : current >= 0
        ? `第 ${current + 1} 处，共 ${matches.length} 处`
        : `共 ${matches.length} 处`;
  return (
    <div className="find-bar" role="search" aria-label="查找和替换" data-testid="find-bar">
      <input
        ref={queryBox}
        value={query}
        placeholder="在本文档中查找"
        aria-label="查找内容"
        data-testid="find-query"
        onChange={(e) => find.set({ query: e.target.value })}
        onKeyDown={onQueryKey}
      />
      <button onClick={() => move(-1)} disabled={!matches.length} title="上一处（Shift+Enter）">
        上一处
      </button>
      <button onClick={() => move(1)} disabled={!matches.length} title="下一处（Enter）">
        下一处
      </button>
      <span className="find-status muted" data-testid="find-status">
        {status}
      </span>
      {replacing ? (
        <>
          <input
            value={replacement}
            placeholder="替换为"
            aria-label="替换为"
            data-testid="find-replacement"
            onChange={(e) => find.set({ replacement: e.target.value })}
            onKeyDown={onReplaceKey}
          />
          <button onClick={replaceCurrent} disabled={!matches.length}>
            替换
          </button>
          <button onClick={replaceEverything} disabled={!matches.length}>
            全部替换
          </button>
        </>
      ) : (
        <button className="link" onClick={() => useFind.getState().show({ replacing: true })}>
          替换…
        </button>
      )}
      <button className="mini" onClick={close} aria-label="关闭查找" title="关闭（Esc）">
        ×
      </button>
    </div>
  );
}
