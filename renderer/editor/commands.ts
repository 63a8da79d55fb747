// Editor commands as plain functions of (document, caret) → (document, caret): no React, no Slate.
// Each returns null when it does not apply, and throws the model's OperationError (Chinese message)
// when the edit is not allowed.
import { createSection } from '../../shared/model/factory';
import {
  demoteSection,
  insertAfter,
  insertSection,
  moveBy,
  OperationError,
  promoteSection,
  updateSection,
} from '../../shared/model/operations';
import { locate } from '../../shared/model/tree';
import type { Section, YaodianDocument } from '../../shared/model/types';
import type { BlockAddr, Caret } from './types';

export interface Edit {
  doc: YaodianDocument;
  caret: Caret;
}

export function textAt(doc: YaodianDocument, a: BlockAddr): string {
  switch (a.kind) {
    case 'title':
      return doc.meta.title ?? '';
    case 'preamble':
      return doc.preamble[a.index] ?? '';
    case 'heading':
      return locate(doc.sections, a.sectionId)?.section.heading ?? '';
    case 'para':
      return locate(doc.sections, a.sectionId)?.section.paragraphs[a.index] ?? '';
  }
}

/** Indexes from the top of the tree down to the section, or null. */
function pathTo(list: readonly Section[], id: string): number[] | null {
  for (let i = 0; i < list.length; i++) {
    if (list[i].id === id) return [i];
    const inner = pathTo(list[i].children, id);
    if (inner) return [i, ...inner];
  }
  return null;
}

/** Replaces one section, copying only the lists on its path (the typing path: no walk over the whole tree). */
function replaceSection(doc: YaodianDocument, id: string, fn: (s: Section) => Section): YaodianDocument {
  const path = pathTo(doc.sections, id);
  if (!path) return doc;
  const rebuild = (list: Section[], depth: number): Section[] => {
    const copy = list.slice();
    const s = list[path[depth]];
    copy[path[depth]] = depth === path.length - 1 ? fn(s) : { ...s, children: rebuild(s.children, depth + 1) };
    return copy;
  };
  return { ...doc, sections: rebuild(doc.sections, 0) };
}

/** The fast path for typing: one block's text replaced, nothing else touched. */
export function setBlockText(doc: YaodianDocument, a: BlockAddr, text: string): YaodianDocument {
  switch (a.kind) {
    case 'title':
      return { ...doc, meta: { ...doc.meta, title: text === '' ? null : text } };
    case 'preamble':
      return { ...doc, preamble: doc.preamble.map((p, i) => (i === a.index ? text : p)) };
    case 'heading':
      return replaceSection(doc, a.sectionId, (s) => ({ ...s, heading: text }));
    case 'para':
      return replaceSection(doc, a.sectionId, (s) => ({
        ...s,
        paragraphs: s.paragraphs.map((p, i) => (i === a.index ? text : p)),
      }));
  }
}

function withParagraphs(doc: YaodianDocument, s: Section, paragraphs: string[]): YaodianDocument {
  return updateSection(doc, s.id, { paragraphs });
}

/** A fresh section for "Enter in an empty item": a sibling after `s`, or its first child when it has children. */
function newSectionAfterBody(doc: YaodianDocument, s: Section): Edit {
  const fresh = createSection(s.children[0]?.level ?? s.level);
  const next = s.children.length
    ? insertSection(doc, { parentId: s.id, index: 0 }, fresh)
    : insertAfter(doc, s.id, fresh);
  return { doc: next, caret: { block: { kind: 'heading', sectionId: fresh.id }, offset: 0 } };
}

/** Enter, like Word within a paragraph and like an outliner between items. */
export function enter(doc: YaodianDocument, caret: Caret): Edit | null {
  const a = caret.block;
  const text = textAt(doc, a);
  const before = text.slice(0, caret.offset);
  const after = text.slice(caret.offset);
  switch (a.kind) {
    case 'title': {
      const d = { ...doc, meta: { ...doc.meta, title: before || null }, preamble: [after, ...doc.preamble] };
      return { doc: d, caret: { block: { kind: 'preamble', index: 0 }, offset: 0 } };
    }
    case 'preamble': {
      const isLast = a.index === doc.preamble.length - 1;
      if (text === '' && isLast) {
        // an empty last paragraph before the first section becomes that section's heading
        const fresh = createSection(1);
        const d = insertSection({ ...doc, preamble: doc.preamble.slice(0, -1) }, { parentId: null, index: 0 }, fresh);
        return { doc: d, caret: { block: { kind: 'heading', sectionId: fresh.id }, offset: 0 } };
      }
      const preamble = [...doc.preamble.slice(0, a.index), before, after, ...doc.preamble.slice(a.index + 1)];
      return { doc: { ...doc, preamble }, caret: { block: { kind: 'preamble', index: a.index + 1 }, offset: 0 } };
    }
    case 'heading': {
      const { section: s, parent } = locate(doc.sections, a.sectionId)!;
      if (text === '' && s.paragraphs.length === 0 && s.children.length === 0) {
        // Enter in an empty heading: step out one level, like a list in Word
        if (!parent) return null;
        return { doc: promoteSection(doc, s.id), caret };
      }
      if (after === '' && s.runIn && s.paragraphs.length > 0) {
        return { doc, caret: { block: { kind: 'para', sectionId: s.id, index: 0 }, offset: 0 } };
      }
      let d = updateSection(doc, s.id, { heading: before });
      d = withParagraphs(d, s, [after, ...s.paragraphs]);
      return { doc: d, caret: { block: { kind: 'para', sectionId: s.id, index: 0 }, offset: 0 } };
    }
    case 'para': {
      const s = locate(doc.sections, a.sectionId)!.section;
      const isLast = a.index === s.paragraphs.length - 1;
      if (text === '' && isLast && !(s.runIn && a.index === 0)) {
        return newSectionAfterBody(withParagraphs(doc, s, s.paragraphs.slice(0, -1)), s);
      }
      const paragraphs = [...s.paragraphs.slice(0, a.index), before, after, ...s.paragraphs.slice(a.index + 1)];
      return {
        doc: withParagraphs(doc, s, paragraphs),
        caret: { block: { kind: 'para', sectionId: s.id, index: a.index + 1 }, offset: 0 },
      };
    }
  }
}

/** Ctrl+Enter: a new sibling section right after the caret's section (or the first section). */
export function newSibling(doc: YaodianDocument, caret: Caret): Edit {
  const a = caret.block;
  if (a.kind === 'heading' || a.kind === 'para') {
    const s = locate(doc.sections, a.sectionId)!.section;
    const fresh = createSection(s.level);
    return {
      doc: insertAfter(doc, s.id, fresh),
      caret: { block: { kind: 'heading', sectionId: fresh.id }, offset: 0 },
    };
  }
  const fresh = createSection(1);
  return {
    doc: insertSection(doc, { parentId: null, index: 0 }, fresh),
    caret: { block: { kind: 'heading', sectionId: fresh.id }, offset: 0 },
  };
}

function sectionOf(a: BlockAddr): string | null {
  return a.kind === 'heading' || a.kind === 'para' ? a.sectionId : null;
}

function requireSectionCaret(caret: Caret): string {
  const id = sectionOf(caret.block);
  if (!id) throw new OperationError('not-in-section', '请先把光标放在某个章节中');
  return id;
}

/** Tab / Shift+Tab / Alt+↑ / Alt+↓: the caret stays in the same block, which keeps its address. */
export function demote(doc: YaodianDocument, caret: Caret): Edit {
  return { doc: demoteSection(doc, requireSectionCaret(caret)), caret };
}
export function promote(doc: YaodianDocument, caret: Caret): Edit {
  return { doc: promoteSection(doc, requireSectionCaret(caret)), caret };
}
export function move(doc: YaodianDocument, caret: Caret, direction: -1 | 1): Edit {
  return { doc: moveBy(doc, requireSectionCaret(caret), direction), caret };
}

export function toggleRunIn(doc: YaodianDocument, caret: Caret): Edit {
  const id = requireSectionCaret(caret);
  const s = locate(doc.sections, id)!.section;
  return { doc: updateSection(doc, id, { runIn: !s.runIn }), caret };
}

/** Inserts parsed sections near the caret: under the nearest ancestor whose level is above theirs. */
export function insertSectionsAt(doc: YaodianDocument, caret: Caret, sections: Section[], preamble: string[]): Edit {
  let d = doc;
  const a = caret.block;
  let last: Caret = caret;
  if (preamble.length) {
    if (a.kind === 'para' || a.kind === 'heading') {
      const s = locate(d.sections, a.sectionId)!.section;
      const at = a.kind === 'para' ? a.index + 1 : 0;
      d = withParagraphs(d, s, [...s.paragraphs.slice(0, at), ...preamble, ...s.paragraphs.slice(at)]);
      last = {
        block: { kind: 'para', sectionId: s.id, index: at + preamble.length - 1 },
        offset: preamble[preamble.length - 1].length,
      };
    } else {
      const at = a.kind === 'preamble' ? a.index + 1 : 0;
      d = { ...d, preamble: [...d.preamble.slice(0, at), ...preamble, ...d.preamble.slice(at)] };
      last = {
        block: { kind: 'preamble', index: at + preamble.length - 1 },
        offset: preamble[preamble.length - 1].length,
      };
    }
  }
  if (!sections.length) return { doc: d, caret: last };
  const minLevel = Math.min(...sections.map((s) => s.level));
  let parentId: string | null = null;
  let index = a.kind === 'title' || a.kind === 'preamble' ? 0 : d.sections.length;
  const sid = sectionOf(a);
  if (sid) {
    // the chain from the caret's section up to the top; the first member above the pasted level holds them
    const chain: Array<{ id: string; level: number; index: number }> = [];
    for (let at = locate(d.sections, sid); at; at = at.parent ? locate(d.sections, at.parent.id) : null) {
      chain.push({ id: at.section.id, level: at.section.level, index: at.index });
    }
    const h = chain.findIndex((c) => c.level < minLevel);
    if (h === 0) {
      parentId = chain[0].id;
      index = 0;
    } else if (h > 0) {
      parentId = chain[h].id;
      index = chain[h - 1].index + 1;
    } else {
      parentId = null;
      index = chain[chain.length - 1].index + 1;
    }
  }
  for (const s of sections) {
    d = insertSection(d, { parentId, index }, s);
    index += 1;
  }
  const lastSection = sections[sections.length - 1];
  return {
    doc: d,
    caret: { block: { kind: 'heading', sectionId: lastSection.id }, offset: lastSection.heading.length },
  };
}
