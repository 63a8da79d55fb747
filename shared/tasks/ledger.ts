// 进展台账: every assigned task of every year with its latest progress, and the filters of the 台账 view
// (unit, status, deadline, year, words). Overdue = a deadline date passed without 已完成 / 调整.
import type { ProgressRecord, ProgressStatus } from './progress';
import type { TaskRow } from './table';

export interface LedgerTask extends TaskRow {
  documentId: string;
  documentTitle: string;
  year: number | null;
  latest: ProgressRecord | null;
}

export interface LedgerFilter {
  unit?: string;
  /** lead: only tasks it leads; support: only those it supports; default either */
  role?: 'lead' | 'support' | 'any';
  /** '未填报' = no record yet */
  status?: ProgressStatus | '未填报';
  year?: number;
  /** YYYY-MM-DD: deadline on or before */
  deadlineBy?: string;
  overdueOnly?: boolean;
  /** words in the task text */
  text?: string;
}

export function isOverdue(t: Pick<LedgerTask, 'deadlineDate' | 'latest'>, today: string): boolean {
  const done = t.latest?.status === '已完成' || t.latest?.status === '调整';
  return !!t.deadlineDate && t.deadlineDate < today && !done;
}

/** true for a task the 台账 highlights: overdue or reported 滞后 */
export function needsAttention(t: Pick<LedgerTask, 'deadlineDate' | 'latest'>, today: string): boolean {
  return t.latest?.status === '滞后' || isOverdue(t, today);
}

export function filterLedger(tasks: readonly LedgerTask[], f: LedgerFilter, today: string): LedgerTask[] {
  const words = f.text?.trim().split(/\s+/).filter(Boolean) ?? [];
  const role = f.role ?? 'any';
  return tasks.filter((t) => {
    if (f.year !== undefined && t.year !== f.year) return false;
    if (f.unit) {
      const lead = t.lead.includes(f.unit);
      const support = t.support.includes(f.unit);
      if (role === 'lead' ? !lead : role === 'support' ? !support : !lead && !support) return false;
    }
    if (f.status) {
      if (f.status === '未填报' ? t.latest !== null : t.latest?.status !== f.status) return false;
    }
    if (f.deadlineBy && (!t.deadlineDate || t.deadlineDate > f.deadlineBy)) return false;
    if (f.overdueOnly && !isOverdue(t, today)) return false;
    for (const w of words) if (!t.task.includes(w) && !t.fullText.includes(w)) return false;
    return true;
  });
}

/** All unit names that occur in the tasks, for the filter's list. */
export function unitsOf(tasks: readonly LedgerTask[]): string[] {
  const set = new Set<string>();
  for (const t of tasks) for (const u of [...t.lead, ...t.support]) set.add(u);
  return [...set].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
