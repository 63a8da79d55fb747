// Assignments on sections: unit lists as offices write them, and the pure edit that assigns several
// sections at once (sharing every untouched node, so the store writes only the changed rows).
import type { Assignment, Section, YaodianDocument } from '../model/types';
import { parseDeadline } from './deadline';

export function emptyAssignment(): Assignment {
  return { lead: [], support: [], deadline: null, deadlineDate: null, leader: null };
}

/** true when the assignment says anything at all */
export function isAssigned(a: Assignment | null | undefined): a is Assignment {
  return !!a && (a.lead.length > 0 || a.support.length > 0 || !!a.deadline || !!a.leader);
}

/** "市发改委、市财政局和市民政局等" → three names; separators 、，,；;/ and 和 / 及 between names, never inside （）. */
export function splitUnits(text: string): string[] {
  const cleaned = text.replace(/[（(]按职责分工负责[)）]|按职责分工负责|分别负责|负责$/g, '');
  // protect separators inside parentheses (各县（市、区）民政局) before splitting
  const guard = (c: string) => `\u0000${c.charCodeAt(0)}\u0000`;
  const guarded = cleaned.replace(/[（(][^（）()]*[)）]/g, (m) => m.replace(/[、，,；;/\s]/g, guard));
  const names = guarded
    .split(/[、，,；;/\s]+|(?<=[处局室委办会厅院心所站队部])(?:和|及|与)/)
    .map((n) => n.replace(/\u0000(\d+)\u0000/g, (_, c: string) => String.fromCharCode(Number(c))))
    .map((n) =>
      n
        .trim()
        .replace(/^由/, '')
        .replace(/等(单位|部门)?$/, '')
        .replace(/[。：:]+$/, ''),
    )
    .filter((n) => n.length > 0);
  return [...new Set(names)];
}

/** What the user changes: any field; deadline text re-derives the date unless a date is given. */
export interface AssignmentPatch {
  lead?: string[];
  support?: string[];
  deadline?: string | null;
  deadlineDate?: string | null;
  leader?: string | null;
}

function applyPatch(
  prev: Assignment | null | undefined,
  patch: AssignmentPatch,
  year: number | null,
): Assignment | null {
  const base = prev ?? emptyAssignment();
  const next: Assignment = {
    lead: patch.lead ? cleanList(patch.lead) : base.lead,
    support: patch.support ? cleanList(patch.support) : base.support,
    deadline: patch.deadline !== undefined ? patch.deadline?.trim() || null : base.deadline,
    deadlineDate: base.deadlineDate,
    leader: patch.leader !== undefined ? patch.leader?.trim() || null : base.leader,
  };
  if (patch.deadlineDate !== undefined) next.deadlineDate = patch.deadlineDate;
  else if (patch.deadline !== undefined) {
    next.deadlineDate = next.deadline ? parseDeadline(next.deadline, year).date : null;
  }
  return isAssigned(next) ? next : null;
}

function cleanList(list: string[]): string[] {
  return [...new Set(list.map((n) => n.trim()).filter(Boolean))];
}

/** Replaces the sections whose id is in `changes` (fn returns the new section), copying only the paths to them. */
export function mapSections(
  doc: YaodianDocument,
  ids: ReadonlySet<string>,
  fn: (s: Section) => Section,
): YaodianDocument {
  const walk = (list: Section[]): Section[] => {
    let out: Section[] | null = null;
    list.forEach((s, i) => {
      let next = ids.has(s.id) ? fn(s) : s;
      const children = walk(next.children);
      if (children !== next.children) next = { ...next, children };
      if (next !== s) (out ??= list.slice())[i] = next;
    });
    return out ?? list;
  };
  const sections = walk(doc.sections);
  return sections === doc.sections ? doc : { ...doc, sections };
}

/** Assigns several sections at once; a patch that leaves nothing clears the assignment. */
export function assignSections(
  doc: YaodianDocument,
  ids: readonly string[],
  patch: AssignmentPatch,
  year: number | null,
): YaodianDocument {
  return mapSections(doc, new Set(ids), (s) => {
    const assignment = applyPatch(s.assignment, patch, year);
    if (!assignment) {
      if (!s.assignment) return s;
      const { assignment: _dropped, ...rest } = s;
      return rest;
    }
    return { ...s, assignment };
  });
}
