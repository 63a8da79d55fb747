// Find hits drawn in the editor as Slate decorations (not text: the model never sees them), and the editor
// moved to a hit. A text's hits are found in its own text, so typing re-decorates only the block typed in.
import { Text, type Editor, type NodeEntry, type Range } from 'slate';
import { selectAndReveal } from './lazy-chunk';
import { caretOfPoint, pointOfCaret } from './derive';
import { occurrences, type Match } from './find-replace';
import { addrKey, type Block } from './types';

type Decorate = (entry: NodeEntry) => Range[];

/** No find open: the same function every render, so nothing re-decorates. */
const noDecorations: Decorate = () => [];

export function findDecorations(
  editor: Editor,
  query: string,
  current: { key: string; start: number } | null,
): Decorate {
  if (!query) return noDecorations;
  return ([node, path]) => {
    if (!Text.isText(node) || path.length !== 2 || !node.text.includes(query)) return [];
    const base = caretOfPoint(editor.children as Block[], { path, offset: 0 });
    if (!base) return [];
    const key = addrKey(base.block);
    return occurrences(node.text, query).map((o) => ({
      anchor: { path, offset: o },
      focus: { path, offset: o + query.length },
      hit: true as const,
      ...(current && current.key === key && current.start === base.offset + o ? { current: true as const } : {}),
    }));
  };
}

/** Selects a hit in the editor and scrolls it to the middle; the keyboard focus stays where it is. */
export function revealInEditor(editor: Editor, m: Match): boolean {
  if (m.place.kind !== 'block') return false;
  const blocks = editor.children as Block[];
  const anchor = pointOfCaret(blocks, { block: m.place.addr, offset: m.start });
  const focus = pointOfCaret(blocks, { block: m.place.addr, offset: m.start + m.length });
  if (!anchor || !focus) return false;
  selectAndReveal(editor, { anchor, focus }, 'center');
  return true;
}
