// Pure, immutable edits of the section tree. Each returns a new document and keeps the tree valid;
// an edit that would break it throws an OperationError with a Chinese message and changes nothing.
import { UserError } from '../errors';
import type { Level, NumberingMode, Section, YaodianDocument } from './types';
import { contains, deepestLevel, locate } from './tree';

export class OperationError extends UserError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(code === 'not-found' ? 'not-found' : 'invalid-operation', message);
  }
}

/** Where a section goes: under parentId (null = top level) at index (default: the end). */
export interface Target {
  parentId: string | null;
  index?: number;
}

type SectionPatch = Partial<Pick<Section, 'heading' | 'runIn' | 'paragraphs'>>;

function withSections(doc: YaodianDocument, sections: Section[]): YaodianDocument {
  return { ...doc, sections };
}

/** Copies only the arrays and objects on the path to id, applying fn to the section; untouched lists are reused. */
function mapById(list: Section[], id: string, fn: (s: Section) => Section): Section[] {
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    const next = s.id === id ? fn(s) : withChildren(s, mapById(s.children, id, fn));
    if (next !== s) return [...list.slice(0, i), next, ...list.slice(i + 1)];
  }
  return list;
}

function removeById(list: Section[], id: string): Section[] {
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (s.id === id) return [...list.slice(0, i), ...list.slice(i + 1)];
    const next = withChildren(s, removeById(s.children, id));
    if (next !== s) return [...list.slice(0, i), next, ...list.slice(i + 1)];
  }
  return list;
}

function withChildren(s: Section, children: Section[]): Section {
  return children === s.children ? s : { ...s, children };
}

function insertAt(list: Section[], index: number | undefined, section: Section): Section[] {
  const i = index === undefined ? list.length : Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, i), section, ...list.slice(i)];
}

function insertUnder(sections: Section[], target: Target, section: Section): Section[] {
  if (target.parentId === null) return insertAt(sections, target.index, section);
  return mapById(sections, target.parentId, (p) => ({ ...p, children: insertAt(p.children, target.index, section) }));
}

/**
 * Moves a subtree up or down by `delta` levels. A label the source printed ("2.") no longer describes a
 * section at another level: it is dropped, so that only the computed number is shown and checked.
 */
function shiftLevels(section: Section, delta: number): Section {
  if (delta === 0) return section;
  const { sourceLabel: _printedLabel, ...rest } = section;
  const children = section.children.map((c) => shiftLevels(c, delta));
  return { ...rest, level: (section.level + delta) as Level, children };
}

function requireSection(doc: YaodianDocument, id: string) {
  const found = locate(doc.sections, id);
  if (!found) throw new OperationError('not-found', `找不到要操作的章节（${id}）`);
  return found;
}

function parentLevelOf(doc: YaodianDocument, parentId: string | null): number {
  if (parentId === null) return 0;
  return requireSection(doc, parentId).section.level;
}

/** Fits a subtree under a parent: keeps its level if deeper than the parent's, else moves it just below. */
function fitUnder(section: Section, parentLevel: number): Section {
  const level = section.level > parentLevel ? section.level : parentLevel + 1;
  const delta = level - section.level;
  if (deepestLevel(section) + delta > 4) {
    throw new OperationError('too-deep', '层级最多四级（一、/（一）/1./（1）），无法再降级');
  }
  return shiftLevels(section, delta);
}

export function insertSection(doc: YaodianDocument, target: Target, section: Section): YaodianDocument {
  if (locate(doc.sections, section.id)) throw new OperationError('duplicate-id', '章节标识重复');
  const fitted = fitUnder(section, parentLevelOf(doc, target.parentId));
  return withSections(doc, insertUnder(doc.sections, target, fitted));
}

/** Inserts a new section right after an existing one, as its sibling. */
export function insertAfter(doc: YaodianDocument, afterId: string, section: Section): YaodianDocument {
  const { parent, index } = requireSection(doc, afterId);
  return insertSection(doc, { parentId: parent?.id ?? null, index: index + 1 }, section);
}

/** Removes a section with its children; the removed subtree is returned so the caller can undo. */
export function deleteSection(
  doc: YaodianDocument,
  id: string,
): { doc: YaodianDocument; removed: Section; from: Target } {
  const { section, parent, index } = requireSection(doc, id);
  return {
    doc: withSections(doc, removeById(doc.sections, id)),
    removed: section,
    from: { parentId: parent?.id ?? null, index },
  };
}

export function updateSection(doc: YaodianDocument, id: string, patch: SectionPatch): YaodianDocument {
  requireSection(doc, id);
  return withSections(
    doc,
    mapById(doc.sections, id, (s) => ({ ...s, ...patch })),
  );
}

/** Moves a section with its children; levels shift only as far as the new parent requires. */
export function moveSection(doc: YaodianDocument, id: string, target: Target): YaodianDocument {
  const { section } = requireSection(doc, id);
  if (target.parentId !== null && contains(section, target.parentId)) {
    throw new OperationError('into-itself', '不能把章节移动到它自己的下级');
  }
  const fitted = fitUnder(section, parentLevelOf(doc, target.parentId));
  const without = removeById(doc.sections, id);
  return withSections(doc, insertUnder(without, target, fitted));
}

/** Alt+↑ / Alt+↓: swaps with the previous or next sibling. At the edge it is a no-op. */
export function moveBy(doc: YaodianDocument, id: string, direction: -1 | 1): YaodianDocument {
  const { parent, siblings, index } = requireSection(doc, id);
  const to = index + direction;
  if (to < 0 || to >= siblings.length) return doc;
  return moveSection(doc, id, { parentId: parent?.id ?? null, index: to });
}

/**
 * Tab: the section becomes the last child of its previous sibling, one level below it.
 * Document order is unchanged. The first child of a parent cannot be demoted.
 */
export function demoteSection(doc: YaodianDocument, id: string): YaodianDocument {
  const { section, siblings, index } = requireSection(doc, id);
  if (index === 0) throw new OperationError('no-previous', '前面没有同级章节，无法降级');
  const newParent = siblings[index - 1];
  // join the level the new parent's children already use (1. directly under 一、 stays 1.)
  const lastChild = newParent.children[newParent.children.length - 1];
  const level = lastChild ? lastChild.level : newParent.level + 1;
  if (deepestLevel(section) + (level - section.level) > 4) {
    throw new OperationError('too-deep', '层级最多四级（一、/（一）/1./（1）），无法再降级');
  }
  const moved = shiftLevels(section, level - section.level);
  let sections = removeById(doc.sections, id);
  sections = mapById(sections, newParent.id, (p) => ({ ...p, children: [...p.children, moved] }));
  return withSections(doc, sections);
}

/**
 * Shift+Tab: the section becomes a sibling right after its parent, at the parent's level.
 * To keep document order, the siblings that followed it become its children.
 */
export function promoteSection(doc: YaodianDocument, id: string): YaodianDocument {
  const { section, parent, index } = requireSection(doc, id);
  if (!parent) throw new OperationError('top-level', '已是第一级，无法升级');
  const grand = locate(doc.sections, parent.id)!;
  const delta = parent.level - section.level;
  const followers = parent.children.slice(index + 1); // already deeper than parent.level, the promoted level
  const shifted = shiftLevels(section, delta);
  const promoted: Section = { ...shifted, children: [...shifted.children, ...followers] };
  let sections = mapById(doc.sections, parent.id, (p) => ({ ...p, children: p.children.slice(0, index) }));
  sections = insertUnder(sections, { parentId: grand.parent?.id ?? null, index: grand.index + 1 }, promoted);
  return withSections(doc, sections);
}

export function setNumberingMode(doc: YaodianDocument, level: Level, mode: NumberingMode): YaodianDocument {
  return { ...doc, numbering: { ...doc.numbering, [level]: mode } };
}
