// Model → Slate and back. The model is the truth: the Slate value is derived from it, reusing the previous
// node objects wherever nothing changed (slate-react keys and memoises by node identity, so only changed
// blocks re-render). rebuildDocument is the general inverse used after Slate's own structural edits
// (merges across blocks, fragment deletes): sections are rebuilt from the heading blocks' levels.
import type { Point } from 'slate';
import { createSection, newId } from '../../shared/model/factory';
import type { Section, YaodianDocument } from '../../shared/model/types';
import {
  addrKey,
  addrOf,
  firstBodyChild,
  type Block,
  type BlockAddr,
  type Caret,
  type HeadingBlock,
  type ParagraphBlock,
} from './types';

function sameTexts(a: Block, b: Block): boolean {
  if (a.children.length !== b.children.length) return false;
  return a.children.every((c, i) => c.text === b.children[i].text && c.part === b.children[i].part);
}

function sameBlock(a: Block, b: Block): boolean {
  if (a.type !== b.type || !sameTexts(a, b)) return false;
  switch (a.type) {
    case 'title':
      return true;
    case 'preamble':
      return a.index === (b as typeof a).index;
    case 'heading': {
      const h = b as HeadingBlock;
      return a.sectionId === h.sectionId && a.level === h.level && a.runIn === h.runIn && a.joined === h.joined;
    }
    case 'paragraph': {
      const p = b as ParagraphBlock;
      return a.sectionId === p.sectionId && a.index === p.index;
    }
  }
}

/** The blocks for a document; `previous` (the editor's current children) supplies reusable node objects. */
export function documentToBlocks(doc: YaodianDocument, previous: readonly Block[] = []): Block[] {
  const old = new Map<string, Block>();
  for (const b of previous) old.set(addrKey(addrOf(b)), b);
  const out: Block[] = [];
  const push = (b: Block) => {
    const prior = old.get(addrKey(addrOf(b)));
    out.push(prior && sameBlock(prior, b) ? prior : b);
  };
  push({ type: 'title', children: [{ text: doc.meta.title ?? '' }] });
  doc.preamble.forEach((text, index) => push({ type: 'preamble', index, children: [{ text }] }));
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      const joined = s.runIn && s.paragraphs.length > 0;
      push({
        type: 'heading',
        sectionId: s.id,
        level: s.level,
        runIn: s.runIn,
        joined,
        children: joined
          ? [
              { text: s.heading, part: 'head' },
              { text: s.paragraphs[0], part: 'body' },
            ]
          : [{ text: s.heading }],
      });
      for (let index = joined ? 1 : 0; index < s.paragraphs.length; index++) {
        push({ type: 'paragraph', sectionId: s.id, index, children: [{ text: s.paragraphs[index] }] });
      }
      walk(s.children);
    }
  };
  walk(doc.sections);
  return out;
}

/** Where a model caret is in the blocks: block index, text index and offset in that text; null when absent. */
export function pointOfCaret(blocks: readonly Block[], caret: Caret): Point | null {
  const a = caret.block;
  let i = -1;
  let child = 0;
  if (a.kind === 'para' && a.index === 0) {
    // the first paragraph of a run-in section lives in its heading's block
    i = blocks.findIndex((b) => b.type === 'heading' && b.sectionId === a.sectionId);
    const h = blocks[i];
    if (h && h.type === 'heading' && h.joined) child = 1;
    else i = -1;
  }
  if (i < 0) {
    const key = addrKey(a);
    i = blocks.findIndex((b) => addrKey(addrOf(b)) === key);
  }
  if (i < 0) return null;
  const text = blocks[i].children[child]?.text ?? '';
  return { path: [i, child], offset: Math.max(0, Math.min(caret.offset, text.length)) };
}

/** The model caret of a point in blocks derived from the model (documentToBlocks' shapes). */
export function caretOfPoint(blocks: readonly Block[], point: Point): Caret | null {
  const b = blocks[point.path[0]];
  if (!b) return null;
  const child = point.path[1] ?? 0;
  const bodyFrom = firstBodyChild(b);
  let offset = point.offset;
  const from = child >= bodyFrom ? bodyFrom : 0;
  for (let j = from; j < child; j++) offset += b.children[j]?.text.length ?? 0;
  if (child >= bodyFrom && b.type === 'heading')
    return { block: { kind: 'para', sectionId: b.sectionId, index: 0 }, offset };
  return { block: addrOf(b), offset };
}

/**
 * Rebuilds title, preamble and the section tree from a flat block list, keeping ids and the fields blocks
 * do not carry (sourceLabel) from `prev`. A heading nests under the nearest preceding heading of a
 * smaller level; body blocks belong to the heading before them, or to the preamble before any heading; the
 * body text of a heading block is its section's first paragraph. Also returns the model caret for `focus`
 * (a point in `blocks`).
 */
export function rebuildDocument(
  blocks: readonly Block[],
  prev: YaodianDocument,
  focus?: Point | null,
): { doc: YaodianDocument; caret: Caret | null } {
  const prevById = new Map<string, Section>();
  const index = (list: Section[]) => list.forEach((s) => (prevById.set(s.id, s), index(s.children)));
  index(prev.sections);

  let title: string | null = null;
  const preamble: string[] = [];
  const roots: Section[] = [];
  const stack: Section[] = [];
  const seen = new Set<string>();
  let current: Section | null = null;
  let caret: Caret | null = null;

  blocks.forEach((b, i) => {
    const bodyFrom = firstBodyChild(b);
    let head = '';
    let body: string | null = null;
    // offsets of the focus within the head part and within the body part
    let focusHead: number | null = null;
    let focusBody: number | null = null;
    b.children.forEach((c, j) => {
      const inBody = b.type === 'heading' && j >= bodyFrom;
      if (focus && focus.path[0] === i && focus.path[1] === j) {
        if (inBody) focusBody = (body ?? '').length + focus.offset;
        else focusHead = head.length + focus.offset;
      }
      if (inBody) body = (body ?? '') + c.text;
      else head += c.text;
    });
    const at = (block: BlockAddr, offset: number | null) => {
      if (offset !== null) caret = { block, offset };
    };

    if (i === 0 && b.type === 'title') {
      title = head;
      at({ kind: 'title' }, focusHead);
      return;
    }
    if (b.type === 'heading') {
      const id = seen.has(b.sectionId) ? newId() : b.sectionId;
      seen.add(id);
      const before = prevById.get(id);
      const section = createSection(b.level, head, { id, runIn: b.runIn });
      if (before?.sourceLabel !== undefined && id === b.sectionId) section.sourceLabel = before.sourceLabel;
      if (before?.assignment && id === b.sectionId) section.assignment = before.assignment; // 任务分工 is not in the text
      if (body !== null) section.paragraphs.push(body);
      while (stack.length && stack[stack.length - 1].level >= b.level) stack.pop();
      const parent = stack[stack.length - 1];
      (parent ? parent.children : roots).push(section);
      stack.push(section);
      current = section;
      at({ kind: 'heading', sectionId: id }, focusHead);
      at({ kind: 'para', sectionId: id, index: 0 }, focusBody);
      return;
    }
    const s = current as Section | null;
    if (s) {
      at({ kind: 'para', sectionId: s.id, index: s.paragraphs.length }, focusHead);
      s.paragraphs.push(head);
    } else {
      at({ kind: 'preamble', index: preamble.length }, focusHead);
      preamble.push(head);
    }
  });

  const t = title as string | null;
  const meta = { ...prev.meta, title: t === null ? prev.meta.title : t === '' ? null : t };
  return { doc: { ...prev, meta, preamble, sections: roots }, caret };
}
