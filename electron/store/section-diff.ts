// Compares two section trees by id and lists the row writes that turn one into the other, so an edit
// writes only the rows it changed (one row for a text edit, a few for a move).
import type { Level, Section } from '../../shared/model/types';

export interface SectionRow {
  id: string;
  parentId: string | null;
  position: number;
  level: Level;
  heading: string;
  runIn: boolean;
  paragraphs: readonly string[];
  sourceLabel: string | null;
  node: Section;
}

export interface SectionDiff {
  inserts: SectionRow[];
  updates: SectionRow[];
  deletes: string[];
  /** the rows of the new tree, reusable as `before` for the next diff */
  rows: Map<string, SectionRow>;
}

/** Rows in document order (parents before children). */
export function toRows(sections: readonly Section[]): Map<string, SectionRow> {
  const rows = new Map<string, SectionRow>();
  const walk = (list: readonly Section[], parentId: string | null) => {
    list.forEach((s, position) => {
      rows.set(s.id, {
        id: s.id, parentId, position, level: s.level, heading: s.heading, runIn: s.runIn,
        paragraphs: s.paragraphs, sourceLabel: s.sourceLabel ?? null, node: s,
      });
      walk(s.children, s.id);
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

function sameRow(a: SectionRow, b: SectionRow): boolean {
  if (a.parentId !== b.parentId || a.position !== b.position) return false;
  if (a.node === b.node) return true; // the pure operations share untouched nodes
  return a.level === b.level && a.heading === b.heading && a.runIn === b.runIn &&
    a.sourceLabel === b.sourceLabel && sameParagraphs(a.paragraphs, b.paragraphs);
}

export function diffSections(before: readonly Section[] | Map<string, SectionRow>, after: readonly Section[]): SectionDiff {
  const old = before instanceof Map ? before : toRows(before);
  const next = toRows(after);
  const diff: SectionDiff = { inserts: [], updates: [], deletes: [], rows: next };
  for (const [id, row] of next) {
    const prev = old.get(id);
    if (!prev) diff.inserts.push(row);
    else if (!sameRow(prev, row)) diff.updates.push(row);
  }
  for (const id of old.keys()) if (!next.has(id)) diff.deletes.push(id);
  return diff;
}

export const isEmptyDiff = (d: SectionDiff) => d.inserts.length + d.updates.length + d.deletes.length === 0;
