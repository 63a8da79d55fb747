// Moving between the store's model and the live Slate editor: carets ↔ Slate points, re-deriving the
// value after a command, and mapping Slate's own operations back to model edits.
import { Editor, type BaseOperation } from 'slate';
import { ReactEditor } from 'slate-react';
import type { YaodianDocument } from '../../shared/model/types';
import { setBlockText, textAt } from './commands';
import { caretOfPoint, documentToBlocks, pointOfCaret, rebuildDocument } from './derive';
import { addrKey, addrOf, blockParts, type Block, type BlockAddr, type Caret } from './types';

/** The caret of the editor's current selection (its focus end), or null. */
export function caretOf(editor: Editor): Caret | null {
  const sel = editor.selection;
  return sel ? caretOfPoint(editor.children as Block[], sel.focus) : null;
}

/**
 * The caret where the browser has it now. slate-react copies the DOM selection into editor.selection only
 * on a throttled selectionchange, so right after End/Home or a click a key command would see a stale one.
 */
export function liveCaret(editor: Editor): Caret | null {
  const dom = typeof window !== 'undefined' ? window.getSelection() : null;
  if (dom && dom.rangeCount > 0) {
    const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
    if (range) {
      editor.selection = range;
      const caret = caretOfPoint(editor.children as Block[], range.focus);
      if (caret) return caret;
    }
  }
  return caretOf(editor);
}

/** Replaces the editor's value with the one derived from `doc` (unchanged blocks keep their identity). */
export function syncEditor(editor: Editor, doc: YaodianDocument, caret: Caret | null, focus: boolean): void {
  const blocks = documentToBlocks(doc, editor.children as Block[]);
  editor.children = blocks;
  let selection = null;
  if (caret) {
    let point = pointOfCaret(blocks, caret);
    if (!point) {
      // the block is gone (deleted, merged): stay near where the caret was
      const i = Math.min(blocks.length - 1, Math.max(0, editor.selection?.focus.path[0] ?? 0));
      point = { path: [i, 0], offset: 0 };
    }
    selection = { anchor: point, focus: point };
  }
  editor.selection = selection;
  editor.operations = [];
  editor.onChange();
  if (focus && selection) focusAfterRender(editor);
}

/**
 * Puts the keyboard focus back into the editor once React has drawn the new value: focusing at once would map
 * the selection onto blocks not yet in the DOM (a new section after ＋章节), fail, and leave the focus on the
 * toolbar button — where typed characters are lost and Space or Enter presses the button again.
 */
function focusAfterRender(editor: Editor): void {
  const attempt = () => {
    try {
      ReactEditor.focus(editor);
    } catch {
      /* unmounted meanwhile (another document opened) */
    }
  };
  if (typeof requestAnimationFrame === 'undefined') return attempt();
  requestAnimationFrame(attempt);
}

export type SlateChange =
  | { kind: 'selection' }
  | { kind: 'typing'; doc: YaodianDocument; group: string }
  | { kind: 'structure'; doc: YaodianDocument; caret: Caret | null };

const TEXT_OPS = new Set<BaseOperation['type']>(['insert_text', 'remove_text', 'set_selection']);

/** Maps the operations Slate just applied to a model edit. */
export function interpretChange(editor: Editor, doc: YaodianDocument): SlateChange {
  const ops = editor.operations;
  if (ops.every((op) => op.type === 'set_selection')) return { kind: 'selection' };
  if (ops.every((op) => TEXT_OPS.has(op.type))) {
    // typing changes the texts of blocks whose shape the model gave them: heading and body parts map back
    const touched = new Set<number>();
    for (const op of ops) if (op.type !== 'set_selection') touched.add(op.path[0]);
    let next = doc;
    const keys = new Set<string>();
    const put = (a: BlockAddr, text: string) => {
      if (textAt(next, a) === text) return;
      next = setBlockText(next, a, text);
      keys.add(addrKey(a));
    };
    for (const i of touched) {
      const block = editor.children[i] as Block;
      const { head, body } = blockParts(block);
      put(addrOf(block), head);
      if (block.type === 'heading' && body !== null) put({ kind: 'para', sectionId: block.sectionId, index: 0 }, body);
    }
    return { kind: 'typing', doc: next, group: keys.size === 1 ? [...keys][0] : `multi:${Date.now()}` };
  }
  // merges, splits, fragment deletes and inserts: rebuild the tree from the blocks' order and levels
  const { doc: next, caret } = rebuildDocument(editor.children as Block[], doc, editor.selection?.focus);
  return { kind: 'structure', doc: next, caret };
}

export { Editor };
