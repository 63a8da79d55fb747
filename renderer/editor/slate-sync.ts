// Moving between the store's model and the live Slate editor: carets ↔ Slate points, re-deriving the
// value after a command, and mapping Slate's own operations back to model edits.
import { Editor, type BaseOperation } from 'slate';
import { ReactEditor } from 'slate-react';
import type { YaodianDocument } from '../../shared/model/types';
import { setBlockText } from './commands';
import { blocksToDocument, documentToBlocks } from './derive';
import { addrKey, addrOf, blockText, type Block, type BlockAddr, type Caret } from './types';

export function blockIndex(blocks: readonly Block[], a: BlockAddr): number {
  const key = addrKey(a);
  return blocks.findIndex((b) => addrKey(addrOf(b)) === key);
}

/** The caret of the editor's current selection (its focus end), or null. */
export function caretOf(editor: Editor): Caret | null {
  const sel = editor.selection;
  if (!sel) return null;
  const block = editor.children[sel.focus.path[0]] as Block | undefined;
  return block ? { block: addrOf(block), offset: sel.focus.offset } : null;
}

/** Replaces the editor's value with the one derived from `doc` (unchanged blocks keep their identity). */
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
      const block = editor.children[range.focus.path[0]] as Block | undefined;
      if (block) return { block: addrOf(block), offset: range.focus.offset };
    }
  }
  return caretOf(editor);
}

export function syncEditor(editor: Editor, doc: YaodianDocument, caret: Caret | null, focus: boolean): void {
  const blocks = documentToBlocks(doc, editor.children as Block[]);
  editor.children = blocks;
  let selection = null;
  if (caret) {
    let i = blockIndex(blocks, caret.block);
    if (i < 0) i = Math.min(blocks.length - 1, Math.max(0, (editor.selection?.focus.path[0] ?? 0)));
    const offset = Math.min(caret.offset, blockText(blocks[i]).length);
    const point = { path: [i, 0], offset };
    selection = { anchor: point, focus: point };
  }
  editor.selection = selection;
  editor.operations = [];
  editor.onChange();
  if (focus && selection) {
    try {
      ReactEditor.focus(editor);
    } catch {
      /* not mounted yet */
    }
  }
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
    const touched = new Set<number>();
    for (const op of ops) if (op.type !== 'set_selection') touched.add(op.path[0]);
    let next = doc;
    let group = '';
    for (const i of touched) {
      const block = editor.children[i] as Block;
      next = setBlockText(next, addrOf(block), blockText(block));
      group = addrKey(addrOf(block));
    }
    return { kind: 'typing', doc: next, group: touched.size === 1 ? group : `multi:${Date.now()}` };
  }
  // merges, splits, fragment deletes and inserts: rebuild the tree from the blocks' order and levels
  const next = blocksToDocument(editor.children as Block[], doc);
  const derived = documentToBlocks(next);
  const sel = editor.selection;
  const at = sel ? derived[Math.min(sel.focus.path[0], derived.length - 1)] : null;
  return { kind: 'structure', doc: next, caret: at && sel ? { block: addrOf(at), offset: sel.focus.offset } : null };
}

export { Editor };
