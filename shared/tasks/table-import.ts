// A 任务分工表 (a Word table attached to the notice, or an .xlsx) → assignments on the sections it lists,
// matched by text with the compare module's matching. Rows that match nothing are reported, not guessed.
import type { Section, YaodianDocument } from '../model/types';
import { emptyAssignment, mapSections } from './assignment';
import { parseDeadline } from './deadline';
import { matchTextsToSections } from './match';
import { docxTables } from './docx-tables';
import { findHeaderRow, readTaskGrid, type RowReport, type TaskSheet } from './task-grid';
import { documentYear } from './year';
import { keepOriginal } from './extract';

export interface TableImport {
  document: YaodianDocument;
  matched: number;
  report: RowReport[];
}

/** Sets the assignments a table gives; an existing one is replaced field by field where the table has the column. */
export function applyTaskTable(doc: YaodianDocument, sheet: TaskSheet): TableImport {
  const year = documentYear(doc);
  const report: RowReport[] = [...sheet.report];
  const matches = matchTextsToSections(
    sheet.tasks.map((t) => t.task),
    doc,
  );
  const changes = new Map<string, Section['assignment']>();
  sheet.tasks.forEach((t, i) => {
    const s = matches[i].section;
    const short = t.task.length > 24 ? `${t.task.slice(0, 24)}…` : t.task;
    if (!s) {
      report.push({
        row: t.row,
        level: 'error',
        message: `第 ${t.row} 行：找不到任务“${short}”对应的要点条目，未导入`,
      });
      return;
    }
    const a = { ...(s.assignment ?? emptyAssignment()) };
    if (t.lead) a.lead = t.lead;
    if (t.support) a.support = t.support;
    if (t.leader !== null) a.leader = t.leader || null;
    if (t.deadline !== null) {
      const d = parseDeadline(t.deadline, year);
      a.deadline = t.deadline || null;
      a.deadlineDate = d.date;
      if (d.problem) report.push({ row: t.row, level: 'warning', message: `第 ${t.row} 行：${d.problem}` });
    }
    changes.set(s.id, a);
    report.push({ row: t.row, level: 'info', message: `第 ${t.row} 行：已对应“${s.heading || short}”` });
  });
  const document = mapSections(doc, new Set(changes.keys()), (s) => ({ ...s, assignment: changes.get(s.id)! }));
  report.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { document, matched: changes.size, report };
}

/** The first table of a .docx that reads as a task table, or null. */
export function taskTableInDocx(bytes: Uint8Array, fileName: string, year: number | null): TaskSheet | null {
  for (const grid of docxTables(bytes)) {
    const header = findHeaderRow(grid);
    if (header !== null) return readTaskGrid(grid, header, { fileName, year });
  }
  return null;
}

/** At import of a .docx: a 任务分工表 among its tables fills the assignments (a warning says how it went). */
export function withAttachedTaskTable(doc: YaodianDocument, bytes: Uint8Array, fileName: string): YaodianDocument {
  let sheet: TaskSheet | null;
  try {
    sheet = taskTableInDocx(bytes, fileName, documentYear(doc));
  } catch {
    return doc; // the importer has read the file; a table it cannot read again is no reason to fail
  }
  if (!sheet || !sheet.tasks.length) return doc;
  const r = applyTaskTable(doc, sheet);
  const missed = sheet.tasks.length - r.matched;
  const message =
    `文件中的任务分工表有 ${sheet.tasks.length} 项，已对应到 ${r.matched} 条要点的“分工”栏` +
    (missed
      ? `，${missed} 项未找到对应条目（${r.report
          .filter((l) => l.level === 'error')
          .map((l) => l.row)
          .join('、')} 行）`
      : '');
  return keepOriginal(doc, {
    ...r.document,
    warnings: [...r.document.warnings, { code: 'task-table-applied', message }],
  });
}
