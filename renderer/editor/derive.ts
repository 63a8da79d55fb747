// Model → Slate and back. The model is the truth: the Slate value is derived from it, reusing the previous
// node objects wherever nothing changed (slate-react keys and memoises by node identity, so only changed
// blocks re-render). blocksToDocument is the general inverse used after Slate's own structural edits
// (merges across blocks, fragment deletes): sections are rebuilt from the heading blocks' levels.
import { createSection, newId } from '../../shared/model/factory';
import type { Section, YaodianDocument } from '../../shared/model/types';
import { addrKey, addrOf, blockText, type Block, type HeadingBlock, type ParagraphBlock } from './types';

function sameBlock(a: Block, b: Block): boolean {
  if (a.type !== b.type || blockText(a) !== blockText(b) || a.children.length !== 1) return false;
  switch (a.type) {
    case 'title': return true;
    case 'preamble': return a.index === (b as typeof a).index;
    case 'heading': {
      const h = b as HeadingBlock;
      return a.sectionId === h.sectionId && a.level === h.level && a.runIn === h.runIn && a.depth === h.depth;
    }
    case 'paragraph': {
      const p = b as ParagraphBlock;
      return a.sectionId === p.sectionId && a.index === p.index && a.runInBody === p.runInBody;
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
  const walk = (list: readonly Section[], depth: number) => {
    for (const s of list) {
      push({ type: 'heading', sectionId: s.id, level: s.level, runIn: s.runIn, depth, children: [{ text: s.heading }] });
      s.paragraphs.forEach((text, index) =>
        push({ type: 'paragraph', sectionId: s.id, index, runInBody: s.runIn && index === 0, children: [{ text }] }),
      );
      walk(s.children, depth + 1);
    }
  };
  walk(doc.sections, 0);
  return out;
}

/**
 * Rebuilds title, preamble and the section tree from a flat block list, keeping ids and the fields blocks
 * do not carry (sourceLabel) from `prev`. A heading nests under the nearest preceding heading of a
 * smaller level; body blocks belong to the heading before them, or to the preamble before any heading.
 */
export function blocksToDocument(blocks: readonly Block[], prev: YaodianDocument): YaodianDocument {
  const prevById = new Map<string, Section>();
  const index = (list: Section[]) => list.forEach((s) => (prevById.set(s.id, s), index(s.children)));
  index(prev.sections);

  let title: string | null = null;
  const preamble: string[] = [];
  const roots: Section[] = [];
  const stack: Section[] = [];
  const seen = new Set<string>();
  let current: Section | null = null;

  blocks.forEach((b, i) => {
    const text = blockText(b);
    if (i === 0 && b.type === 'title') {
      title = text;
      return;
    }
    if (b.type === 'heading') {
      const id = seen.has(b.sectionId) ? newId() : b.sectionId;
      seen.add(id);
      const before = prevById.get(id);
      const section = createSection(b.level, text, { id, runIn: b.runIn });
      if (before?.sourceLabel !== undefined && id === b.sectionId) section.sourceLabel = before.sourceLabel;
      while (stack.length && stack[stack.length - 1].level >= b.level) stack.pop();
      const parent = stack[stack.length - 1];
      (parent ? parent.children : roots).push(section);
      stack.push(section);
      current = section;
      return;
    }
    if (current) (current as Section).paragraphs.push(text);
    else preamble.push(text);
  });

  const t = title as string | null;
  const meta = { ...prev.meta, title: t === null ? prev.meta.title : t === '' ? null : t };
  return { ...prev, meta, preamble, sections: roots };
}
