// The Slate editor for the 要点 body. Keys are mapped to the plain command functions in commands.ts; the
// store holds the model, and the Slate value is re-derived from it after every command, undo and redo.
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { createEditor, Editor, Element, Range, Text, Transforms } from 'slate';
import { Editable, ReactEditor, Slate, withReact } from 'slate-react';
import { OperationError } from '../../shared/model/operations';
import type { YaodianDocument } from '../../shared/model/types';
import { caretRef, noteCaret, saveRevision, useDocument, formatTime } from '../store/document-store';
import { showError, useUi } from '../store/ui-store';
import * as commands from './commands';
import { documentToBlocks, rebuildDocument } from './derive';
import { renderElement, renderLeaf, renderText } from './elements';
import { activeEditor } from './editor-handle';
import { findDecorations } from './find-highlight';
import { completeCopiedText } from './copy-text';
import { CHUNK, noteSelection, renderChunk, selectAndReveal } from './lazy-chunk';
import { useFind } from '../store/find-store';
import { pasteProblem } from './input-limits';
import { clipboardText, pasteText } from './paste';
import { splitTypedRunIn } from './run-in-typing';
import { caretOf, interpretChange, liveCaret, syncEditor } from './slate-sync';
import type { Block, Caret } from './types';

/**
 * Keeps the caret in view after typing: one rectangle and one scroll container, where slate-react's default
 * measures every scrolling ancestor on each keystroke.
 */
function scrollCaretIntoView(_editor: Editor, domRange: globalThis.Range): void {
  const scroller = (domRange.startContainer.parentElement ?? null)?.closest('.paper-scroll');
  if (!scroller) return;
  const caret = domRange.cloneRange();
  caret.collapse(false);
  let rect = caret.getBoundingClientRect();
  if (rect.height === 0) rect = caret.startContainer.parentElement?.getBoundingClientRect() ?? rect;
  if (rect.height === 0) return;
  const view = scroller.getBoundingClientRect();
  const margin = 48;
  if (rect.bottom > view.bottom - margin) scroller.scrollTop += rect.bottom - view.bottom + margin;
  else if (rect.top < view.top + margin) scroller.scrollTop -= view.top + margin - rect.top;
}

/** Runs a command against the current model and caret; shows the model's Chinese refusal as a toast. */
export function runCommand(fn: (doc: YaodianDocument, caret: Caret) => commands.Edit | null): boolean {
  const { doc, apply } = useDocument.getState();
  const caret = caretRef.current ?? { block: { kind: 'title' as const }, offset: 0 };
  if (!doc) return false;
  try {
    const r = fn(doc, caret);
    if (!r) return false;
    apply(r.doc, { origin: 'command', caret: r.caret });
    return true;
  } catch (e) {
    if (e instanceof OperationError) useUi.getState().toast(e.message, 'error');
    else showError(e);
    return false;
  }
}

/** Enter over a selection: the selection goes, then the paragraph splits where it was (as in Word); one undo step. */
function deleteThenEnter(editor: Editor): void {
  const store = useDocument.getState();
  if (!store.doc) return;
  Editor.deleteFragment(editor);
  const { doc, caret } = rebuildDocument(editor.children as Block[], store.doc, editor.selection?.focus);
  let next = { doc, caret };
  try {
    const split = caret ? commands.enter(doc, caret) : null;
    if (split) next = split;
  } catch (e) {
    showError(e);
  }
  // re-deriving the value now also drops the operations Slate has not yet reported
  store.apply(next.doc, { origin: 'command', caret: next.caret });
}

/**
 * ← / Backspace at the start of a run-in heading's body, → / Delete at the end of its heading text: the caret
 * steps over the drawn 。 (it is not text, like the numbers). Returns true when it did.
 */
function stepOverRunInStop(editor: Editor, key: string): boolean {
  if (key !== 'ArrowLeft' && key !== 'ArrowRight' && key !== 'Backspace' && key !== 'Delete') return false;
  liveCaret(editor);
  const sel = editor.selection;
  if (!sel || !Range.isCollapsed(sel) || sel.focus.path.length < 2) return false;
  const [i, j] = sel.focus.path;
  const block = editor.children[i] as Block | undefined;
  if (!block || block.type !== 'heading' || !block.joined || block.children.length !== 2) return false;
  const headLength = block.children[0].text.length;
  let to: { path: number[]; offset: number } | null = null;
  if (j === 1 && sel.focus.offset === 0 && (key === 'ArrowLeft' || key === 'Backspace'))
    to = { path: [i, 0], offset: headLength };
  if (j === 0 && sel.focus.offset === headLength && (key === 'ArrowRight' || key === 'Delete'))
    to = { path: [i, 1], offset: 0 };
  if (!to) return false;
  Transforms.select(editor, { anchor: to, focus: to });
  return true;
}

/**
 * Ctrl+Home / Ctrl+End: the caret to the start or end of the document. Done here rather than by the browser,
 * which knows only the blocks drawn (a long 要点 draws only what is near the screen).
 */
function toDocumentEdge(editor: Editor, edge: 'start' | 'end'): void {
  const point = edge === 'start' ? Editor.start(editor, []) : Editor.end(editor, []);
  selectAndReveal(editor, { anchor: point, focus: point }, edge === 'start' ? 'center' : 'end');
}

export async function makeRevision() {
  try {
    const rev = await saveRevision();
    if (rev) useUi.getState().toast(`已保存修订（${formatTime(new Date(rev.createdAt))}）`, 'success');
  } catch (e) {
    showError(e);
  }
}

export function OutlineEditor() {
  const editor = useMemo(() => {
    const e = withReact(createEditor());
    e.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK : null);
    // The blocks' texts are shaped by the model (a run-in block's empty heading or body text must stay, and
    // its two texts must not merge); every structural edit is re-derived from the model right after.
    const { normalizeNode } = e;
    e.normalizeNode = (entry, options) => {
      const [node] = entry;
      if (Element.isElement(node) && node.children.length > 0 && node.children.every((c) => Text.isText(c))) return;
      normalizeNode(entry, options);
    };
    // a line break from anywhere (Shift+Enter, an input method) is the model's Enter
    e.insertBreak = () => {
      caretRef.current = caretOf(e);
      runCommand(commands.enter);
    };
    e.insertSoftBreak = e.insertBreak;
    const { setFragmentData } = e;
    e.setFragmentData = (data, origin) => {
      setFragmentData(data, origin);
      completeCopiedText(e, data);
    };
    return e;
  }, []);
  const initial = useMemo(() => {
    const doc = useDocument.getState().doc;
    return doc ? documentToBlocks(doc) : [];
  }, []);
  const focusedRef = useRef(false);
  useEffect(() => {
    activeEditor.current = editor;
    return () => {
      if (activeEditor.current === editor) activeEditor.current = null;
    };
  }, [editor]);
  // find hits (Ctrl+F, and a jump from the all-years 查找) as decorations; closed, nothing is decorated
  const findQuery = useFind((s) => (s.open ? s.query : ''));
  const findCurrent = useFind((s) => s.currentAt);
  const decorate = useMemo(() => findDecorations(editor, findQuery, findCurrent), [editor, findQuery, findCurrent]);

  // React measures the focused contentEditable's selection on every commit by walking the DOM from the top
  // to the caret: O(document) per keystroke in a long 要点. slate-react restores the selection itself, so
  // give React the cheap input-style answer it asks for first ("selectionStart" in element).
  useEffect(() => {
    const el = ReactEditor.toDOMNode(editor, editor) as HTMLElement & { selectionStart?: number };
    if ('selectionStart' in el) return;
    Object.defineProperties(el, {
      selectionStart: { get: () => 0, set: () => undefined, configurable: true },
      selectionEnd: { get: () => 0, set: () => undefined, configurable: true },
      value: { get: () => '', configurable: true },
    });
  }, [editor]);

  // re-derive the Slate value whenever the model changed by anything other than this editor's typing
  useEffect(() => {
    return useDocument.subscribe((s, prev) => {
      if (s.version === prev.version || !s.doc) return;
      if (s.origin === 'typing') return;
      const focus = s.origin === 'command' || s.origin === 'history';
      syncEditor(editor, s.doc, s.origin === 'meta' ? caretOf(editor) : s.caret, focus);
      caretRef.current = caretOf(editor);
    });
  }, [editor]);

  // scroll to a section chosen in the outline or the search results: the caret goes there first, so that
  // its chunk is drawn (a long 要点 draws only what is near the screen), then the heading is brought into view
  const scrollTarget = useUi((s) => s.scrollTarget);
  useEffect(() => {
    if (!scrollTarget) return;
    const i = (editor.children as Block[]).findIndex(
      (b) => b.type === 'heading' && b.sectionId === scrollTarget.sectionId,
    );
    if (i < 0) return;
    const point = { path: [i, 0], offset: 0 };
    selectAndReveal(editor, { anchor: point, focus: point }, 'center', () => ReactEditor.focus(editor));
  }, [scrollTarget, editor]);

  const onChange = useCallback(() => {
    const store = useDocument.getState();
    if (!store.doc) return;
    const change = interpretChange(editor, store.doc);
    if (change.kind === 'typing') {
      store.apply(change.doc, { origin: 'typing', group: change.group });
      // "标题。正文" typed in a heading: run it in, as the importer would (its own undo step, after the typing)
      const caret = caretOf(editor);
      const split = caret && !ReactEditor.isComposing(editor) ? splitTypedRunIn(change.doc, caret) : null;
      if (split) {
        queueMicrotask(() => useDocument.getState().apply(split.doc, { origin: 'command', caret: split.caret }));
      }
    } else if (change.kind === 'structure') {
      const doc = change.doc;
      const caret = change.caret;
      // re-derive after Slate has finished this change
      queueMicrotask(() => useDocument.getState().apply(doc, { origin: 'command', caret }));
    }
    caretRef.current = caretOf(editor);
    noteCaret(caretRef.current);
    noteSelection(editor);
  }, [editor]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.nativeEvent.isComposing) return;
      const ctrl = event.ctrlKey || event.metaKey;
      const key = event.key;
      const run = (fn: Parameters<typeof runCommand>[0]) => {
        event.preventDefault();
        caretRef.current = liveCaret(editor);
        runCommand(fn);
      };
      if (ctrl || key === 'Tab' || key === 'Enter' || event.altKey) caretRef.current = liveCaret(editor);
      if (ctrl && !event.shiftKey && (key === 'z' || key === 'Z')) {
        event.preventDefault();
        useDocument.getState().undo();
        return;
      }
      if (ctrl && (key === 'y' || key === 'Y' || (event.shiftKey && (key === 'z' || key === 'Z')))) {
        event.preventDefault();
        useDocument.getState().redo();
        return;
      }
      if (ctrl && (key === 's' || key === 'S')) {
        event.preventDefault();
        void makeRevision();
        return;
      }
      if (ctrl && !event.shiftKey && (key === 'a' || key === 'A')) {
        // the whole document, drawn or not (the browser's select-all knows only the blocks drawn)
        event.preventDefault();
        Transforms.select(editor, Editor.range(editor, []));
        return;
      }
      if (ctrl && !event.shiftKey && (key === 'Home' || key === 'End')) {
        event.preventDefault();
        return toDocumentEdge(editor, key === 'Home' ? 'start' : 'end');
      }
      if (key === 'Tab') return run(event.shiftKey ? commands.promote : commands.demote);
      if (event.altKey && key === 'ArrowUp') return run((d, c) => commands.move(d, c, -1));
      if (event.altKey && key === 'ArrowDown') return run((d, c) => commands.move(d, c, 1));
      if (key === 'Enter') {
        event.preventDefault();
        if (editor.selection && Range.isExpanded(editor.selection)) return deleteThenEnter(editor);
        if (ctrl) return run(commands.newSibling);
        return run(commands.enter);
      }
      if (!ctrl && !event.altKey && !event.shiftKey && stepOverRunInStop(editor, key)) event.preventDefault();
    },
    [editor],
  );

  const onPaste = useCallback(
    (event: React.ClipboardEvent<HTMLDivElement>) => {
      const text = clipboardText(event.clipboardData);
      if (!text) return;
      event.preventDefault();
      const tooLarge = pasteProblem(text);
      if (tooLarge) return useUi.getState().toast(tooLarge, 'error');
      caretRef.current = caretOf(editor);
      void pasteText(editor, text);
    },
    [editor],
  );

  return (
    <Slate editor={editor} initialValue={initial} onChange={onChange}>
      <Editable
        className="yd-editable"
        data-testid="editor"
        renderElement={renderElement}
        renderText={renderText}
        renderLeaf={renderLeaf}
        decorate={decorate}
        renderChunk={renderChunk}
        scrollSelectionIntoView={scrollCaretIntoView}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onFocus={() => (focusedRef.current = true)}
        onBlur={() => (focusedRef.current = false)}
        spellCheck={false}
        aria-label="要点正文"
      />
    </Slate>
  );
}
