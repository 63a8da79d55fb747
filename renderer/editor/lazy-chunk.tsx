// A long 要点 (over LAZY_FROM blocks) renders only what is near the screen. Slate draws the value in chunks of
// CHUNK blocks; a chunk far from the viewport is an empty box of its (measured or estimated) height, and its
// blocks are drawn when it comes within REACH of the screen. A chunk is always drawn when it holds either end of
// the selection (Slate maps the selection onto the DOM) or the document's first or last block.
import { memo, useEffect, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { Transforms, type Descendant, type Editor, type Range } from 'slate';
import { ReactEditor, useSlateStatic, type RenderChunkProps } from 'slate-react';
import { create } from 'zustand';
import type { Block } from './types';

/**
 * Documents of up to this many blocks are drawn whole: a notice of tens to a few hundred sections (every real one
 * seen) loses nothing to laziness, and the browser's own find and selection see all of it.
 */
const LAZY_FROM = 400;
/** How far outside the visible area chunks are drawn (px): about two screens each way. */
const REACH = 1800;
/** Chunks drawn at first, before the browser has said what is near: the top of the document. */
const FIRST_DRAWN = 3;

/** The one piece of slate-react's chunk tree this uses: a lowest chunk's leaves (the blocks it holds). */
interface ChunkOfBlocks {
  children: Array<{ type: 'leaf' | 'chunk'; node?: Descendant }>;
}

/** What slate-react renders a chunk's blocks with (its MemoizedChunk): the chunk, and the tree's changed chunks. */
interface ChunkContent {
  ancestor: ChunkOfBlocks;
  root: { modifiedChunks: Set<unknown> };
  renderElement: unknown;
}

const contentOf = (children: unknown) => (children as ReactElement<ChunkContent>).props;

/** The blocks the selection's ends are in; chunks holding them stay drawn. */
const useSelectionBlocks = create<{ anchor: number; focus: number }>(() => ({ anchor: -1, focus: -1 }));

/** Called after every change of the editor's value or selection. */
export function noteSelection(editor: Editor): void {
  const sel = editor.selection;
  const anchor = sel ? sel.anchor.path[0] : -1;
  const focus = sel ? sel.focus.path[0] : -1;
  const now = useSelectionBlocks.getState();
  if (now.anchor !== anchor || now.focus !== focus) useSelectionBlocks.setState({ anchor, focus });
}

/**
 * One IntersectionObserver for every chunk of the editor's scroll box (one each cost a millisecond a frame at
 * 250 chunks).
 */
const observers = new WeakMap<Element, IntersectionObserver>();
const onNearness = new WeakMap<Element, (entry: IntersectionObserverEntry) => void>();

function watchNearness(el: HTMLElement, fn: (entry: IntersectionObserverEntry) => void): (() => void) | undefined {
  const root = el.closest('.paper-scroll');
  if (!root || typeof IntersectionObserver === 'undefined') return;
  let observer = observers.get(root);
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) onNearness.get(e.target)?.(e);
      },
      { root, rootMargin: `${REACH}px 0px` },
    );
    observers.set(root, observer);
  }
  onNearness.set(el, fn);
  observer.observe(el);
  const o = observer;
  return () => {
    o.unobserve(el);
    onNearness.delete(el);
  };
}

/** Measured heights of chunks drawn before (a chunk object lives as long as its blocks stay together). */
const heights = new WeakMap<object, number>();

const estimates = new WeakMap<object, number>();

/** Height of a chunk never drawn: its blocks' lines at 28 characters a line, 1.75 × 21.3 px each. */
function estimate(chunk: ChunkOfBlocks): number {
  let h = estimates.get(chunk);
  if (h === undefined) estimates.set(chunk, (h = linesOf(chunk)));
  return h;
}

function linesOf(chunk: ChunkOfBlocks): number {
  let lines = 0;
  for (const leaf of chunk.children) {
    const block = leaf.node as Block | undefined;
    if (!block) continue;
    const chars = block.children.reduce((n, t) => n + t.text.length, 0) + 4;
    lines += Math.max(1, Math.ceil(chars / 28));
  }
  return Math.round(lines * 37.3);
}

function blockRange(editor: Editor, chunk: ChunkOfBlocks): [number, number] | null {
  const first = chunk.children[0]?.node;
  const last = chunk.children[chunk.children.length - 1]?.node;
  if (!first || !last) return null;
  try {
    return [ReactEditor.findPath(editor, first)[0], ReactEditor.findPath(editor, last)[0]];
  } catch {
    return null; // removed meanwhile; the next render has the new chunk
  }
}

/** Whether the chunk must be drawn whatever its distance from the screen. */
function pinned(editor: Editor, chunk: ChunkOfBlocks, sel: { anchor: number; focus: number }): boolean {
  const range = blockRange(editor, chunk);
  if (!range) return true;
  const [lo, hi] = range;
  const holds = (i: number) => i >= lo && i <= hi;
  return lo === 0 || hi === editor.children.length - 1 || holds(sel.anchor) || holds(sel.focus);
}

/**
 * Re-rendered, like slate-react's own chunk, only when a block in it changed (its parent chunk re-renders all
 * twenty of its chunks on every keystroke in any of them).
 */
const LazyChunk = memo(function LazyChunk({ attributes, children }: RenderChunkProps) {
  const editor = useSlateStatic();
  // slate-react hands the chunk's memoised content as an element whose `ancestor` prop is the chunk itself
  const chunk = contentOf(children).ancestor;
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => {
    const range = blockRange(editor, chunk);
    return !!range && range[0] < FIRST_DRAWN * CHUNK;
  });
  const keep = useSelectionBlocks((s) => pinned(editor, chunk, s));
  const drawn = near || keep || editor.children.length <= LAZY_FROM;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    return watchNearness(el, (entry) => {
      if (!entry.isIntersecting && el.firstChild) heights.set(chunk, entry.boundingClientRect.height);
      setNear(entry.isIntersecting);
    });
  }, [chunk]);

  // a chunk drawn for the selection far from the screen: its height, for the box it leaves when put away
  useLayoutEffect(() => {
    if (drawn && !near && ref.current) heights.set(chunk, ref.current.getBoundingClientRect().height);
  }, [drawn, near, chunk]);

  const height = heights.get(chunk) ?? estimate(chunk);
  if (drawn) {
    // laid out and painted only near the viewport (content-visibility); until then it counts as `height`
    return (
      <div {...attributes} ref={ref} className="yd-chunk" style={{ containIntrinsicSize: `auto ${height}px` }}>
        {children}
      </div>
    );
  }
  // not a .yd-chunk: content-visibility: auto makes the browser watch an element on every frame
  return <div {...attributes} ref={ref} className="yd-chunk-away" contentEditable={false} style={{ height }} />;
}, sameChunkUnchanged);

function sameChunkUnchanged(prev: RenderChunkProps, next: RenderChunkProps): boolean {
  const a = contentOf(prev.children);
  const b = contentOf(next.children);
  return a.ancestor === b.ancestor && a.renderElement === b.renderElement && !b.root.modifiedChunks.has(b.ancestor);
}

/** Blocks per chunk: a keystroke re-renders one chunk, and the screen holds a few. */
export const CHUNK = 20;

export function renderChunk(props: RenderChunkProps) {
  if (!props.lowest) return props.children as ReactElement;
  return <LazyChunk {...props} />;
}

/**
 * Selects `at` and, once React has drawn its chunk (a chunk holding the selection always is), scrolls the block
 * at its anchor into view; then runs `then` (drawn or not).
 */
export function selectAndReveal(editor: Editor, at: Range, block: ScrollLogicalPosition, then?: () => void): void {
  Transforms.select(editor, at);
  afterRender(() => {
    try {
      ReactEditor.toDOMNode(editor, editor.children[at.anchor.path[0]]).scrollIntoView({ block });
    } finally {
      then?.();
    }
  });
}

/** Runs fn after React has drawn what the last change asked for (the next frame); gone or not drawn: nothing. */
function afterRender(fn: () => void): void {
  requestAnimationFrame(() => {
    try {
      fn();
    } catch {
      /* unmounted meanwhile, or the block is gone */
    }
  });
}
