// Compares two section trees by id and lists the row writes that turn one into the other, so an edit
// writes only the rows it changed (one row for a text edit, a few for a move). The pure operations share
// every untouched node and sibling array with the tree they started from, so the walk skips identical
// arrays and an edit in a 1,000-section draft visits only the path to the change.
import type { Section } from './types';

/** Where a stored section sits; its content is read from `node`. */
export interface SectionRow {
  id: string;
  parentId: string | null;
  position: number;
  node: Section;
}

export interface SectionDiff {
  inserts: SectionRow[];
  updates: SectionRow[];
  deletes: string[];
  /** rows whose node object was replaced without any change to write (an ancestor of an edit) */
  touched: SectionRow[];
}

/** Rows of a whole tree, in document order (parents before children). */
export function toRows(sections: readonly Section[]): Map<string, SectionRow> {
  const rows = new Map<string, SectionRow>();
  const walk = (list: readonly Section[], parentId: string | null) => {
    list.forEach((node, position) => {
      rows.set(node.id, { id: node.id, parentId, position, node });
      walk(node.children, node.id);
    });
  };
  walk(sections, null);
  return rows;
}

function sameParagraphs(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameAssignment(a: Section['assignment'], b: Section['assignment']): boolean {
  return a === b || (!a && !b) || (!!a && !!b && JSON.stringify(a) === JSON.stringify(b));
}

function sameContent(a: Section, b: Section): boolean {
  return (
    a === b ||
    (a.level === b.level &&
      a.heading === b.heading &&
      a.runIn === b.runIn &&
      (a.sourceLabel ?? null) === (b.sourceLabel ?? null) &&
      sameParagraphs(a.paragraphs, b.paragraphs) &&
      sameAssignment(a.assignment, b.assignment))
  );
}

const EMPTY: readonly Section[] = [];

/**
 * The writes from the tree described by `rows` (with top-level list `before`) to `after`.
 * `rows` is not modified; see applyDiffToRows.
 */
export function diffSections(
  rows: Map<string, SectionRow>,
  before: readonly Section[],
  after: readonly Section[],
): SectionDiff {
  const diff: SectionDiff = { inserts: [], updates: [], deletes: [], touched: [] };
  const seen = new Set<string>();
  const dropped: Section[] = []; // old nodes that left a changed sibling list: moved or deleted

  const walk = (list: readonly Section[], old: readonly Section[], parentId: string | null) => {
    if (list === old) return; // untouched, subtrees included
    list.forEach((node, position) => {
      seen.add(node.id);
      const prev = rows.get(node.id);
      if (!prev) {
        diff.inserts.push({ id: node.id, parentId, position, node });
        walk(node.children, EMPTY, node.id);
        return;
      }
      if (prev.parentId !== parentId || prev.position !== position || !sameContent(prev.node, node)) {
        diff.updates.push({ id: node.id, parentId, position, node });
      } else if (prev.node !== node) {
        diff.touched.push({ id: node.id, parentId, position, node });
      }
      walk(node.children, prev.node.children, node.id);
    });
    if (old.length) {
      const kept = new Set(list.map((s) => s.id));
      for (const o of old) if (!kept.has(o.id)) dropped.push(o);
    }
  };
  walk(after, before, null);

  const collect = (node: Section) => {
    if (!seen.has(node.id)) diff.deletes.push(node.id);
    node.children.forEach(collect);
  };
  for (const node of dropped) if (!seen.has(node.id)) collect(node);
  // a dropped node that moved elsewhere was seen; its old children were walked from its new place
  return diff;
}

/** Brings `rows` in line with a diff that has been written. */
export function applyDiffToRows(rows: Map<string, SectionRow>, diff: SectionDiff): void {
  for (const id of diff.deletes) rows.delete(id);
  for (const r of diff.inserts) rows.set(r.id, r);
  for (const r of diff.updates) rows.set(r.id, r);
  for (const r of diff.touched) rows.set(r.id, r);
}
