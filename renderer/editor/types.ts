// Slate's CustomTypes for the 要点 body. The value is flat: one block per printed paragraph — the 要点 title,
// preamble paragraphs, then for each section its heading block followed by its body blocks. A run-in heading
// and its first body paragraph print as one paragraph, so they are one block with two texts: the heading
// ('head') and the body ('body').
import type { BaseEditor } from 'slate';
import type { ReactEditor } from 'slate-react';
import type { Level } from '../../shared/model/types';

/** hit / current: a find hit drawn by a decoration (never stored) */
type PlainText = { text: string; part?: 'head' | 'body'; hit?: true; current?: true };

interface TitleBlock {
  type: 'title';
  children: PlainText[];
}

interface PreambleBlock {
  type: 'preamble';
  index: number;
  children: PlainText[];
}

export interface HeadingBlock {
  type: 'heading';
  sectionId: string;
  level: Level;
  runIn: boolean;
  /** run in and followed by its body: children are [{ part: 'head' }, { part: 'body' }], one printed paragraph */
  joined: boolean;
  children: PlainText[];
}

export interface ParagraphBlock {
  type: 'paragraph';
  sectionId: string;
  index: number;
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
    case 'title':
      return { kind: 'title' };
    case 'preamble':
      return { kind: 'preamble', index: block.index };
    case 'heading':
      return { kind: 'heading', sectionId: block.sectionId };
    case 'paragraph':
      return { kind: 'para', sectionId: block.sectionId, index: block.index };
  }
}

export function addrKey(a: BlockAddr): string {
  switch (a.kind) {
    case 'title':
      return 't';
    case 'preamble':
      return `p:${a.index}`;
    case 'heading':
      return `h:${a.sectionId}`;
    case 'para':
      return `b:${a.sectionId}:${a.index}`;
  }
}

/**
 * A block's text split at its first 'body' text: the heading part and the body part (null without one).
 * After Slate's own merges a block may hold more texts than it was given; everything from the first body
 * text on is body.
 */
export function blockParts(block: Block): { head: string; body: string | null } {
  let head = '';
  let body: string | null = null;
  for (const c of block.children) {
    if (body === null && c.part !== 'body') head += c.text;
    else body = (body ?? '') + c.text;
  }
  return { head, body };
}

/** Index of the first body text of a block, or the number of its texts when it has none. */
export function firstBodyChild(block: Block): number {
  const i = block.children.findIndex((c) => c.part === 'body');
  return i < 0 ? block.children.length : i;
}
