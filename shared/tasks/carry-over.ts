// 新年度 and the tasks: the new draft keeps each section's 分工 (units rarely change from one year to the
// next) with its 完成时限 re-read for the new year, and every assigned item is listed beside last year's final
// status, the unfinished ones flagged for review and named in the draft's warnings.
import { computeNumbers } from '../model/numbering';
import { flatten } from '../model/tree';
import type { YaodianDocument } from '../model/types';
import type { YearChange } from '../new-year/types';
import { isAssigned } from './assignment';
import { parseDeadline } from './deadline';
import { latestByTask, periodLabel, type ProgressRecord } from './progress';
import { taskText } from './table';

const DONE = new Set(['已完成', '调整']);

/** `draft` was copied from `source` section by section (same shape, new ids), as the new-year plan does. */
export function carryOver(
  source: YaodianDocument,
  draft: YaodianDocument,
  records: readonly ProgressRecord[],
  year: number,
): { document: YaodianDocument; changes: YearChange[] } {
  const from = flatten(source.sections).map((f) => f.section);
  const to = flatten(draft.sections).map((f) => f.section);
  if (from.length !== to.length || !from.some((s) => isAssigned(s.assignment))) return { document: draft, changes: [] };
  const latest = latestByTask(records);
  const numbers = computeNumbers(source.sections, source.numbering);
  const assignments = new Map<string, NonNullable<(typeof from)[number]['assignment']>>();
  const changes: YearChange[] = [];
  const unfinished: string[] = [];
  from.forEach((s, i) => {
    const a = s.assignment;
    if (!isAssigned(a)) return;
    assignments.set(to[i].id, { ...a, deadlineDate: a.deadline ? parseDeadline(a.deadline, year).date : null });
    const r = latest.get(s.id);
    const where = numbers.get(s.id)?.path.join('') ?? '';
    const status = r ? `上年${r.status}` : '上年未填报进展';
    const done = !!r && DONE.has(r.status);
    if (!done) unfinished.push(`${where}${taskText(s)}（${status.slice(2)}）`);
    changes.push({
      location: where,
      sectionId: to[i].id,
      before: `${taskText(s)}（牵头：${a.lead.join('、') || '未填'}）`,
      after: r ? `${status}：${periodLabel(r.period)} ${r.text}`.trim() : status,
      action: done ? 'changed' : 'review',
      reason: done ? '上年已完成，分工照搬，请确认今年是否仍列入' : '上年未完成，分工照搬，请核对今年的安排',
    });
  });
  const ids = new Set(assignments.keys());
  const walk = (list: YaodianDocument['sections']): YaodianDocument['sections'] =>
    list.map((s) => ({
      ...s,
      ...(ids.has(s.id) ? { assignment: assignments.get(s.id)! } : {}),
      children: walk(s.children),
    }));
  const warnings = unfinished.length
    ? [
        ...draft.warnings,
        {
          code: 'carried-over-unfinished',
          message: `上年未完成的任务 ${unfinished.length} 项：${unfinished.join('；')}`,
        },
      ]
    : draft.warnings;
  return { document: { ...draft, sections: walk(draft.sections), warnings }, changes };
}
