// The 任务分工表 as rows: one per assigned section, in document order. Every output (附件, .docx, .xlsx,
// per-unit lists, the 台账) starts from these rows, so they all agree.
import { computeNumbers } from '../model/numbering';
import { flatten } from '../model/tree';
import type { Appendix, Section, YaodianDocument } from '../model/types';
import { isAssigned } from './assignment';

export interface TaskRow {
  /** the section's id: how a returned .xlsx finds its task again */
  sectionId: string;
  /** 1, 2, 3 … in document order */
  seq: number;
  /** the section's number path as printed, e.g. 一、（二） */
  numberPath: string;
  /** 工作任务: the heading, or the start of the body when there is no heading */
  task: string;
  /** the whole text of the section (heading and body), for matching */
  fullText: string;
  lead: string[];
  support: string[];
  deadline: string;
  deadlineDate: string | null;
  leader: string;
}

const MAX_TASK_CHARS = 120;

export function taskText(s: Section): string {
  if (s.heading.trim()) return s.heading.trim();
  const body = s.paragraphs.join('').trim();
  return body.length > MAX_TASK_CHARS ? `${body.slice(0, MAX_TASK_CHARS)}…` : body;
}

export function taskRows(doc: YaodianDocument): TaskRow[] {
  const numbers = computeNumbers(doc.sections, doc.numbering);
  const rows: TaskRow[] = [];
  for (const { section: s } of flatten(doc.sections)) {
    const a = s.assignment;
    if (!isAssigned(a)) continue;
    rows.push({
      sectionId: s.id,
      seq: rows.length + 1,
      numberPath: numbers.get(s.id)?.path.join('') ?? '',
      task: taskText(s),
      fullText: [s.heading, ...s.paragraphs].join(''),
      lead: a.lead,
      support: a.support,
      deadline: a.deadline ?? '',
      deadlineDate: a.deadlineDate,
      leader: a.leader ?? '',
    });
  }
  return rows;
}

/** Per-unit lists: the rows a unit leads and the rows it supports, separately. */
export interface UnitTasks {
  unit: string;
  lead: TaskRow[];
  support: TaskRow[];
}

export function rowsByUnit(rows: readonly TaskRow[]): UnitTasks[] {
  const byUnit = new Map<string, UnitTasks>();
  const get = (unit: string) => {
    let u = byUnit.get(unit);
    if (!u) byUnit.set(unit, (u = { unit, lead: [], support: [] }));
    return u;
  };
  for (const r of rows) {
    for (const u of r.lead) get(u).lead.push(r);
    for (const u of r.support) get(u).support.push(r);
  }
  return [...byUnit.values()];
}

/** The printed columns of the 分工表 (the .docx table and the first columns of the .xlsx). */
export const TABLE_HEADER = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'] as const;

export function tableCells(r: TaskRow): string[] {
  const task = r.numberPath ? `${r.numberPath}${r.task}` : r.task;
  return [String(r.seq), task, r.lead.join('、'), r.support.join('、'), r.deadline];
}

/** 附件: the 分工表 as an attachment of the notice (the exporter lays out its pages). */
export function taskAppendix(doc: YaodianDocument, label = '附件'): Appendix {
  const year = /(\d{4})年/.exec(doc.meta.title ?? '')?.[1];
  const title = `${year ? `${year}年` : ''}${doc.meta.title ? doc.meta.title.replace(/^\d{4}年/, '') : '工作要点'}任务分工表`;
  const rows = taskRows(doc);
  const table = { kind: 'table' as const, headerRows: 1, rows: [[...TABLE_HEADER], ...rows.map(tableCells)] };
  return { label, title, blocks: [table] };
}
