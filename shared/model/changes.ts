// What one save sends: the sections that changed (as rows: place + own content, no children), the ids that
// went away, and the document-level fields that changed. The editor computes it against the version the
// back end last acknowledged; the back end applies it to its own copy of that version. A keystroke in a
// 1,000-section draft therefore sends and writes one section, not the whole document.
import { diffSections, type SectionDiff, type SectionRow } from './section-diff';
import type {
  Appendix,
  Assignment,
  Level,
  NoticeMeta,
  NumberingModes,
  Section,
  TocEntry,
  Warning,
  YaodianDocument,
} from './types';

/** One section as a row: where it sits and its own content (its children are rows of their own). */
export interface SectionRecord {
  id: string;
  parentId: string | null;
  position: number;
  level: Level;
  heading: string;
  runIn: boolean;
  paragraphs: string[];
  sourceLabel?: string | null;
  /** 任务分工 fields, which travel with their section */
  assignment?: Assignment | null;
}

export interface DocumentChanges {
  /** sections inserted, edited or moved */
  upsert: SectionRecord[];
  /** sections removed (descendants listed too) */
  remove: string[];
  meta?: NoticeMeta;
  preamble?: string[];
  numbering?: NumberingModes;
  toc?: TocEntry[] | null;
  warnings?: Warning[];
  /** attachment content; [] when the document's appendices were removed */
  appendices?: Appendix[];
}

/** A change set that does not fit the version it was computed against (a bug or a tampered call). */
export class ChangeSetError extends Error {}

const FIELDS = ['meta', 'preamble', 'numbering', 'toc', 'warnings', 'appendices'] as const;

/** Copies the changed document fields onto `next`; appendices: [] stands for none (the field is optional). */
function setFields(next: YaodianDocument, changes: DocumentChanges): void {
  for (const f of FIELDS) if (changes[f] !== undefined) (next as unknown as Record<string, unknown>)[f] = changes[f];
  if (changes.appendices?.length === 0) delete next.appendices;
}

export function toRecord({ id, parentId, position, node }: SectionRow): SectionRecord {
  const r: SectionRecord = {
    id,
    parentId,
    position,
    level: node.level,
    heading: node.heading,
    runIn: node.runIn,
    paragraphs: node.paragraphs,
  };
  if (node.sourceLabel !== undefined) r.sourceLabel = node.sourceLabel;
  if (node.assignment !== undefined) r.assignment = node.assignment;
  return r;
}

/**
 * The changes from `saved` (whose rows are `savedRows`) to `next`. Relies on the pure operations sharing
 * untouched objects: document fields are compared by reference, sections by the walk in section-diff.
 */
export function diffDocuments(
  saved: YaodianDocument,
  savedRows: Map<string, SectionRow>,
  next: YaodianDocument,
): { changes: DocumentChanges; diff: SectionDiff } {
  const diff = diffSections(savedRows, saved.sections, next.sections);
  const changes: DocumentChanges = { upsert: [...diff.inserts, ...diff.updates].map(toRecord), remove: diff.deletes };
  for (const f of FIELDS) {
    if (next[f] !== saved[f])
      (changes as unknown as Record<string, unknown>)[f] = f === 'appendices' ? (next[f] ?? []) : next[f];
  }
  return { changes, diff };
}

export function isEmptyChange(c: DocumentChanges): boolean {
  return !c.upsert.length && !c.remove.length && FIELDS.every((f) => c[f] === undefined);
}

const sectionOf = (r: SectionRecord, children: Section[]): Section => {
  const { id, level, heading, runIn, paragraphs } = r;
  const s: Section = { id, level, heading, runIn, paragraphs, children };
  if (r.sourceLabel !== undefined) s.sourceLabel = r.sourceLabel;
  if (r.assignment !== undefined) s.assignment = r.assignment;
  return s;
};

const recordOf = (row: SectionRow): SectionRecord => toRecord(row);

/**
 * Applies `changes` to `doc` (whose rows are `rows`), rebuilding only the changed sections, the parents whose
 * child lists changed and their ancestors; everything else is shared with `doc`. Throws ChangeSetError when
 * the change set does not fit: an unknown id, a parent that does not exist, a gap in sibling positions, a
 * section moved under itself, a child not deeper than its parent. Only the rebuilt sections are checked: the
 * rest is the stored tree, valid already (so a save costs what it changes, not the document's length).
 */
export function applyChanges(
  doc: YaodianDocument,
  rows: Map<string, SectionRow>,
  changes: DocumentChanges,
): YaodianDocument {
  const next: YaodianDocument = { ...doc };
  setFields(next, changes);
  if (changes.upsert.length || changes.remove.length) next.sections = applySectionChanges(doc.sections, rows, changes);
  return next;
}

function applySectionChanges(top: Section[], rows: Map<string, SectionRow>, changes: DocumentChanges): Section[] {
  const records = new Map<string, SectionRecord>();
  for (const r of changes.upsert) {
    if (records.has(r.id)) throw new ChangeSetError(`章节 ${r.id} 在一次保存中出现了两次`);
    records.set(r.id, r);
  }
  const removed = new Set(changes.remove);
  const exists = (id: string) => !removed.has(id) && (records.has(id) || rows.has(id));
  const parentOf = (id: string) => (records.get(id) ?? rows.get(id))!.parentId;

  // parents whose list of children changes, and the records arriving under each
  const relisted = new Set<string | null>();
  const arriving = new Map<string | null, SectionRecord[]>();
  for (const id of removed) {
    const row = rows.get(id);
    if (!row) throw new ChangeSetError(`要删除的章节 ${id} 不存在`);
    if (records.has(id)) throw new ChangeSetError(`章节 ${id} 同时被修改和删除`);
    relisted.add(row.parentId);
    for (const c of row.node.children) {
      if (!removed.has(c.id) && (records.get(c.id)?.parentId ?? id) === id) {
        throw new ChangeSetError(`删除章节 ${id} 时它的下级 ${c.id} 既未删除也未移走`);
      }
    }
  }
  for (const r of records.values()) {
    if (r.parentId !== null && !exists(r.parentId))
      throw new ChangeSetError(`章节 ${r.id} 的上级 ${r.parentId} 不存在`);
    const old = rows.get(r.id);
    if (old && old.parentId === r.parentId && old.position === r.position) continue;
    if (old) relisted.add(old.parentId);
    relisted.add(r.parentId);
    if (!old || old.parentId !== r.parentId) arriving.set(r.parentId, [...(arriving.get(r.parentId) ?? []), r]);
  }

  const childIds = (parentId: string | null): string[] => {
    const old = parentId === null ? top : (rows.get(parentId)?.node.children ?? []);
    if (!relisted.has(parentId)) return old.map((c) => c.id);
    const placed: Array<{ id: string; position: number }> = [];
    for (const c of old) {
      if (removed.has(c.id)) continue;
      const r = records.get(c.id);
      if (r && r.parentId !== parentId) continue; // moved away
      placed.push({ id: c.id, position: r ? r.position : rows.get(c.id)!.position });
    }
    for (const r of arriving.get(parentId) ?? []) placed.push({ id: r.id, position: r.position });
    placed.sort((a, b) => a.position - b.position);
    placed.forEach((p, i) => {
      if (p.position !== i) throw new ChangeSetError(`章节位置不连续（${parentId ?? '顶层'} 的第 ${i + 1} 项）`);
    });
    return placed.map((p) => p.id);
  };

  // everything to rebuild: the records, the relisted parents and all their ancestors
  const dirty = new Set<string>();
  const limit = rows.size + records.size + 1;
  for (const start of [...records.keys(), ...relisted]) {
    let id = start;
    for (let steps = 0; id !== null && !dirty.has(id); steps++) {
      if (steps > limit) throw new ChangeSetError(`章节 ${start} 不能移到自己的下级之下`);
      if (removed.has(id)) break; // a removed parent's old list: nothing to build
      dirty.add(id);
      id = parentOf(id);
    }
  }
  const building = new Set<string>();
  const build = (id: string): Section => {
    const row = rows.get(id);
    if (!dirty.has(id)) return row!.node;
    if (building.has(id)) throw new ChangeSetError(`章节 ${id} 不能移到自己的下级之下`);
    building.add(id);
    const section = sectionOf(records.get(id) ?? recordOf(row!), childIds(id).map(build));
    building.delete(id);
    // every changed section's parent is rebuilt too, so checking here covers each changed parent-child pair
    for (const c of section.children) if (c.level <= section.level) throw levelError(c, section.level);
    return section;
  };
  const topIds = childIds(null);
  if (!relisted.has(null) && !topIds.some((id) => dirty.has(id))) return top;
  const built = topIds.map(build);
  // a cycle is unreachable from the top: every dirty, surviving section must have been reached
  const reached = new Set<string>();
  const mark = (list: readonly Section[]) => {
    for (const s of list) {
      if (!dirty.has(s.id) || reached.has(s.id)) continue;
      reached.add(s.id);
      mark(s.children);
    }
  };
  mark(built);
  for (const id of records.keys()) if (!reached.has(id)) throw new ChangeSetError(`章节 ${id} 不能移到自己的下级之下`);
  return built;
}

/** The same words validateTree uses for a child not deeper than its parent. */
const levelError = (s: Section, parentLevel: number) =>
  new ChangeSetError(`章节“${s.heading}”的层级（${s.level}）不低于上级（${parentLevel}）`);

/**
 * A best-effort tree from rows with a change set laid over them, for keeping a stale editor's version next
 * to the stored one: a missing parent puts a section at the top, a cycle is broken, levels are raised where
 * they would not be below the parent's. Never throws.
 */
export function looseMerge(
  doc: YaodianDocument,
  rows: Map<string, SectionRow>,
  changes: DocumentChanges,
): YaodianDocument {
  const all = new Map<string, SectionRecord>();
  for (const row of rows.values()) all.set(row.id, recordOf(row));
  for (const id of changes.remove) all.delete(id);
  for (const r of changes.upsert) all.set(r.id, r);
  const byParent = new Map<string | null, SectionRecord[]>();
  for (const r of all.values()) {
    const p = r.parentId !== null && all.has(r.parentId) ? r.parentId : null;
    byParent.set(p, [...(byParent.get(p) ?? []), r]);
  }
  const used = new Set<string>();
  const build = (r: SectionRecord, parentLevel: number): Section => {
    used.add(r.id);
    const level = Math.min(4, Math.max(r.level, parentLevel + 1)) as Level;
    const kids = (byParent.get(r.id) ?? []).filter((c) => !used.has(c.id)).sort((a, b) => a.position - b.position);
    return sectionOf(
      { ...r, level },
      kids.map((c) => build(c, level)),
    );
  };
  const sections = (byParent.get(null) ?? []).sort((a, b) => a.position - b.position).map((r) => build(r, 0));
  for (const r of all.values()) if (!used.has(r.id)) sections.push(build(r, 0));
  const next: YaodianDocument = { ...doc, sections };
  setFields(next, changes);
  return next;
}
