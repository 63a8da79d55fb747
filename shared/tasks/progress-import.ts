// A returned tracking sheet → new progress records, planned without touching the store: each row is found
// again (by its hidden 任务标识, else by its text), each period cell with text becomes a record, and every
// row gets a line in the report — imported, unchanged, in conflict with what was recorded before (both kept),
// or why it was not imported.
import type { YaodianDocument } from '../model/types';
import { flatten } from '../model/tree';
import { isAssigned } from './assignment';
import { matchTextsToSections } from './match';
import { parseStatus, periodLabel, STATUSES, type ProgressRecord, type ProgressStatus } from './progress';
import type { RowReport, SheetTask, TaskSheet } from './xlsx-read';

type NewRecord = Omit<ProgressRecord, 'id' | 'documentId' | 'recordedAt'>;

export interface ProgressPlan {
  records: NewRecord[];
  report: RowReport[];
  imported: number;
  unchanged: number;
  conflicts: number;
  failed: number;
}

/** "【已完成】…" / "已完成：…" at the start of a cell sets that period's status. */
function splitStatus(text: string): { status: ProgressStatus | null; text: string } {
  const m = /^[【[]([^】\]]{2,6})[】\]]\s*|^(已完成|完成|推进中|进行中|未启动|滞后|调整)[：:]\s*/.exec(text);
  const status = m ? parseStatus(m[1] ?? m[2]) : null;
  return status ? { status, text: text.slice(m![0].length).trim() } : { status: null, text };
}

export function planProgressImport(
  doc: YaodianDocument,
  sheet: TaskSheet,
  existing: readonly ProgressRecord[],
  units: readonly string[],
  source: string,
): ProgressPlan {
  const plan: ProgressPlan = {
    records: [],
    report: [...sheet.report],
    imported: 0,
    unchanged: 0,
    conflicts: 0,
    failed: 0,
  };
  // rows the reader already refused (no task text) count as failed
  plan.failed = sheet.report.filter((l) => l.row !== null && l.level === 'error').length;
  const byId = new Map(flatten(doc.sections).map((f) => [f.section.id, f.section]));
  // rows without a known id are matched by text, against the assigned sections first
  const unmatched = sheet.tasks.filter((t) => !t.id || !byId.has(t.id));
  const matches = matchTextsToSections(
    unmatched.map((t) => t.task),
    doc,
    (s) => isAssigned(s.assignment),
  );
  const sectionOf = new Map<SheetTask, string | null>(unmatched.map((t, i) => [t, matches[i].section?.id ?? null]));
  const known = new Set(units);
  const taken = new Map<string, number>();

  for (const t of sheet.tasks) {
    const sectionId = t.id && byId.has(t.id) ? t.id : (sectionOf.get(t) ?? null);
    const line = (level: RowReport['level'], message: string) =>
      plan.report.push({ row: t.row, level, message: `第 ${t.row} 行：${message}` });
    const short = t.task.length > 24 ? `${t.task.slice(0, 24)}…` : t.task;
    if (!sectionId) {
      plan.failed++;
      line('error', `找不到任务“${short}”对应的要点条目，未导入`);
      continue;
    }
    if (taken.has(sectionId)) {
      plan.failed++;
      line('error', `与第 ${taken.get(sectionId)} 行是同一条任务，未重复导入`);
      continue;
    }
    taken.set(sectionId, t.row);
    for (const u of [...(t.lead ?? []), ...(t.support ?? [])]) {
      if (known.size && !known.has(u)) line('warning', `单位“${u}”不在单位名录中（可在“单位名录”中添加）`);
    }
    let rowStatus: ProgressStatus | null = null;
    if (t.status) {
      rowStatus = parseStatus(t.status);
      if (!rowStatus) line('warning', `状态“${t.status}”不是 ${STATUSES.join('、')} 之一，按“推进中”导入`);
    }
    if (!t.periods.length) {
      if (t.status) line('warning', '只填了状态，没有填写进展情况，未导入');
      else plan.unchanged++;
      continue;
    }
    const last = t.periods[t.periods.length - 1].period;
    let added = 0;
    let conflict = false;
    let carried: ProgressStatus | null = null; // a status set for one period holds for the later ones of the row
    for (const p of t.periods) {
      const cell = splitStatus(p.text);
      const before = existing
        .filter((r) => r.sectionId === sectionId && r.period === p.period)
        .sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : -1))[0];
      const status: ProgressStatus =
        cell.status ?? (p.period === last ? rowStatus : null) ?? carried ?? before?.status ?? '推进中';
      carried = status;
      if (before && before.text === cell.text && before.status === status) continue;
      if (before && before.source !== source) {
        conflict = true;
        line(
          'warning',
          `${periodLabel(p.period)} 已有进展“${clip(before.text)}”（${before.source}），与表中不同：两条都保留，以表中为最新`,
        );
      }
      plan.records.push({ sectionId, period: p.period, status, text: cell.text, source });
      added++;
    }
    if (conflict) plan.conflicts++;
    if (added) {
      plan.imported++;
      line('info', `导入 ${added} 期进展`);
    } else {
      plan.unchanged++;
    }
  }
  plan.report.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)); // the file's problems first, then row by row
  return plan;
}

const clip = (s: string) => (s.length > 20 ? `${s.slice(0, 20)}…` : s);
