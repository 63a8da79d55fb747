// Copy from a long 要点: chunks far from the screen are not in the DOM (lazy-chunk.tsx), and the browser's copy of
// a selection spanning them would hold only the drawn parts. Such a copy takes its text from the model instead:
// one line per paragraph, each heading with its number and a run-in heading with its 。, as the page shows them.
import { Node, Range, type Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import { runInHeadingText } from '../../shared/model/render-text';
import { useDocument } from '../store/document-store';
import type { Block } from './types';

/** Whether every block from..to is drawn (slate-react knows the DOM node of a drawn block only). */
function allDrawn(editor: Editor, from: number, to: number): boolean {
  try {
    for (let i = from; i <= to; i++) ReactEditor.toDOMNode(editor, editor.children[i]);
    return true;
  } catch {
    return false;
  }
}

/** The printed text of block i between two offsets into its Slate text (null: to its end). */
function blockText(editor: Editor, i: number, start: number, end: number | null): string {
  const block = editor.children[i] as Block;
  const label =
    start === 0 && block.type === 'heading' ? (useDocument.getState().numbers.get(block.sectionId)?.label ?? '') : '';
  const parts = block.children.map((t) => t.text);
  // a joined run-in heading: heading text, its drawn 。, the body
  const printed =
    block.type === 'heading' && block.runIn ? runInHeadingText(parts[0]) + (parts[1] ?? '') : parts.join('');
  const shift = printed.length - parts.join('').length; // the drawn 。 before the body
  const cut = (o: number) => (block.type === 'heading' && block.runIn && o > parts[0].length ? o + shift : o);
  return label + printed.slice(cut(start), end === null ? undefined : cut(end));
}

/** Puts the model's text on the clipboard when the selection crosses blocks that are not drawn. */
export function completeCopiedText(editor: Editor, data: DataTransfer): void {
  const sel = editor.selection;
  if (!sel || Range.isCollapsed(sel)) return;
  const [start, end] = Range.edges(sel);
  const from = start.path[0];
  const to = end.path[0];
  if (allDrawn(editor, from, to)) return;
  const offsetIn = (i: number, p: typeof start) => {
    let o = p.offset;
    for (let k = 0; k < p.path[1]; k++) o += Node.string((editor.children[i] as Block).children[k]).length;
    return o;
  };
  const lines: string[] = [];
  for (let i = from; i <= to; i++) {
    lines.push(blockText(editor, i, i === from ? offsetIn(i, start) : 0, i === to ? offsetIn(i, end) : null));
  }
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  data.setData('text/plain', lines.join('\n'));
  data.setData('text/html', lines.map((l) => `<p>${escape(l)}</p>`).join(''));
}
