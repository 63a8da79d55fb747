// Slate's CustomTypes for the 要点 body. The value is flat: one block per editable line of the model —
// the 要点 title, preamble paragraphs, then for each section its heading block followed by its body blocks.
import type { BaseEditor } from 'slate';
import type { ReactEditor } from 'slate-react';
import type { Level } from '../../shared/model/types';

export type PlainText = { text: string };

export interface TitleBlock {
  type: 'title';
  children: PlainText[];
}

export interface PreambleBlock {
  type: 'preamble';
  index: number;
  children: PlainText[];
}

export interface HeadingBlock {
  type: 'heading';
  sectionId: string;
  level: Level;
  runIn: boolean;
  /** depth in the tree (0 = top), for indentation in the outline */
  depth: number;
  children: PlainText[];
}

export interface ParagraphBlock {
  type: 'paragraph';
  sectionId: string;
  index: number;
  /** true for the body text that follows a run-in heading in the same printed paragraph */
  runInBody: boolean;
  children: PlainText[];
}

export type Block = TitleBlock | PreambleBlock | HeadingBlock | ParagraphBlock;

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor;
    Element: Block;
    Text: PlainText;
  }
}

/** A model-side address of one block; survives re-deriving the Slate value. */
export type BlockAddr =
  | { kind: 'title' }
  | { kind: 'preamble'; index: number }
  | { kind: 'heading'; sectionId: string }
  | { kind: 'para'; sectionId: string; index: number };

export interface Caret {
  block: BlockAddr;
  offset: number;
}

export function addrOf(block: Block): BlockAddr {
  switch (block.type) {
    case 'title': return { kind: 'title' };
    case 'preamble': return { kind: 'preamble', index: block.index };
    case 'heading': return { kind: 'heading', sectionId: block.sectionId };
    case 'paragraph': return { kind: 'para', sectionId: block.sectionId, index: block.index };
  }
}

export function addrKey(a: BlockAddr): string {
  switch (a.kind) {
    case 'title': return 't';
    case 'preamble': return `p:${a.index}`;
    case 'heading': return `h:${a.sectionId}`;
    case 'para': return `b:${a.sectionId}:${a.index}`;
  }
}

export function blockText(block: Block): string {
  return block.children.map((c) => c.text).join('');
}
