// What the tasks produce as files: the 分工表 (.docx), one unit's list, the 季度进展情况 report for the 党组,
// and the notice with its 分工表 as 附件. All start from taskRows so they agree with each other.
import type { YaodianDocument } from '../model/types';
import { tableDocx, type DocxTable } from './docx';
import { latestByTask, periodEnd, periodLabel, STATUSES, type ProgressRecord } from './progress';
import { TABLE_HEADER, tableCells, taskAppendix, taskRows, type TaskRow } from './table';

// 序号 and 完成时限 wide enough for their header in 黑体 4号 on one line (WPS and Word keep these widths)
const WIDTHS = [9, 37, 19, 19, 16];

export function tableTitle(doc: YaodianDocument): string {
  return `${doc.meta.title?.trim() || '工作要点'}任务分工表`;
}

/** The whole 分工表, or (unit) that unit's tasks: 牵头 and 配合 in two tables. */
export function taskTableDocx(doc: YaodianDocument, unit?: string | null): Promise<Uint8Array> {
  const rows = taskRows(doc);
  if (!unit) {
    const table: DocxTable = { caption: null, header: [...TABLE_HEADER], rows: rows.map(tableCells), widths: WIDTHS };
    return tableDocx({ label: null, title: tableTitle(doc), tables: [table] });
  }
  const mine = (pick: (r: TaskRow) => string[]) => rows.filter((r) => pick(r).includes(unit)).map(tableCells);
  const tables: DocxTable[] = [
    { caption: '一、牵头任务', header: [...TABLE_HEADER], rows: mine((r) => r.lead), widths: WIDTHS },
    { caption: '二、配合任务', header: [...TABLE_HEADER], rows: mine((r) => r.support), widths: WIDTHS },
  ];
  return tableDocx({ label: null, title: tableTitle(doc), subtitle: `（${unit}）`, tables });
}

/** The notice with the 分工表 as its next 附件 (label 附件N, name added to the 附件说明). */
export function withTaskAppendix(doc: YaodianDocument): YaodianDocument {
  if (!taskRows(doc).length) return doc;
  const existing = doc.appendices ?? [];
  const n = existing.length + 1;
  const appendix = taskAppendix(doc, n === 1 && !doc.meta.attachments.length ? '附件' : `附件${n}`);
  const listed = doc.meta.attachments.includes(appendix.title!);
  const attachments = listed ? doc.meta.attachments : [...doc.meta.attachments, appendix.title!];
  return { ...doc, meta: { ...doc.meta, attachments }, appendices: [...existing, appendix] };
}

/** 季度进展情况: tasks grouped by their latest status (up to `period`), each with its latest 进展情况. */
export function progressReportDocx(
  doc: YaodianDocument,
  records: readonly ProgressRecord[],
  period?: string,
): Promise<Uint8Array> {
  const upTo = period ? records.filter((r) => periodEnd(r.period) <= periodEnd(period)) : records;
  const latest = latestByTask(upTo);
  const rows = taskRows(doc);
  const groups = [...STATUSES, '未填报'] as const;
  const tables: DocxTable[] = [];
  const counts: string[] = [];
  groups.forEach((status) => {
    const inGroup = rows.filter((r) => (latest.get(r.sectionId)?.status ?? '未填报') === status);
    counts.push(`${status} ${inGroup.length} 项`);
    if (!inGroup.length) return;
    tables.push({
      caption: `${'一二三四五六'[tables.length]}、${status}（${inGroup.length} 项）`,
      header: ['序号', '工作任务', '牵头单位', '完成时限', '进展情况'],
      rows: inGroup.map((r, i) => [
        String(i + 1),
        `${r.numberPath}${r.task}`,
        r.lead.join('、'),
        r.deadline,
        latest.get(r.sectionId)?.text ?? '',
      ]),
      widths: [6, 30, 14, 12, 38],
    });
  });
  const title = `${doc.meta.title?.trim() || '工作要点'}${period ? periodLabel(period).replace(/^\d{4}年/, '') : ''}进展情况`;
  return tableDocx({ label: null, title, subtitle: `共 ${rows.length} 项：${counts.join('，')}`, tables });
}
