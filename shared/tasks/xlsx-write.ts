// The tracking workbook (.xlsx, written with exceljs): one row per task — the 分工表's columns, 责任领导,
// 当前状态 and one column per period holding the latest 进展情况 — header frozen, filters on, and a hidden
// 任务标识 column (the section's id) plus a 说明 sheet naming the document, so a returned copy is matched
// back exactly even after rows were sorted or filtered.
import ExcelJS from 'exceljs';
import { latestByTask, periodLabel, STATUSES, type ProgressRecord } from './progress';
import type { TaskRow } from './table';

const XLSX_COLUMNS = {
  seq: '序号',
  path: '编号',
  task: '工作任务',
  lead: '牵头单位',
  support: '配合单位',
  deadline: '完成时限',
  leader: '责任领导',
  status: '当前状态',
  id: '任务标识',
} as const;

export interface TrackingOptions {
  documentId: string | null;
  title: string;
  /** periods as YYYY-Qn / YYYY-MM, one column each, in order */
  periods: string[];
  records?: readonly ProgressRecord[];
  /** a unit's own list: only its rows, its role in a column */
  unit?: string | null;
}

function latestPerPeriod(records: readonly ProgressRecord[]): Map<string, ProgressRecord> {
  const out = new Map<string, ProgressRecord>();
  for (const r of records) {
    const key = `${r.sectionId}\u0000${r.period}`;
    const prev = out.get(key);
    if (!prev || r.recordedAt >= prev.recordedAt) out.set(key, r);
  }
  return out;
}

export async function trackingXlsx(rows: readonly TaskRow[], o: TrackingOptions): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '要点';
  wb.title = o.title;
  const ws = wb.addWorksheet('任务台账', { views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }] });
  const byPeriod = latestPerPeriod(o.records ?? []);
  const latest = latestByTask(o.records ?? []);
  const C = XLSX_COLUMNS;
  const columns = [
    { header: C.seq, width: 6 },
    { header: C.path, width: 10 },
    { header: C.task, width: 40 },
    { header: C.lead, width: 16 },
    { header: C.support, width: 16 },
    { header: C.deadline, width: 12 },
    { header: C.leader, width: 10 },
    ...(o.unit ? [{ header: '本单位职责', width: 10 }] : []),
    { header: C.status, width: 10 },
    ...o.periods.map((p) => ({ header: periodLabel(p), width: 30 })),
    { header: C.id, width: 14 },
  ];
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  for (const r of rows) {
    const role = o.unit ? [r.lead.includes(o.unit) ? '牵头' : '配合'] : [];
    ws.addRow([
      r.seq,
      r.numberPath,
      r.task,
      r.lead.join('、'),
      r.support.join('、'),
      r.deadline,
      r.leader,
      ...role,
      latest.get(r.sectionId)?.status ?? '',
      ...o.periods.map((p) => byPeriod.get(`${r.sectionId}\u0000${p}`)?.text ?? ''),
      r.sectionId,
    ]);
  }
  const header = ws.getRow(1);
  header.font = { name: '黑体', bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const statusCol = columns.findIndex((c) => c.header === C.status) + 1;
  for (let i = 2; i <= rows.length + 1; i++) {
    const row = ws.getRow(i);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(statusCol).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${STATUSES.join(',')}"`],
      showErrorMessage: true,
      errorTitle: '状态',
      error: `请选择：${STATUSES.join('、')}`,
    };
  }
  ws.getColumn(columns.length).hidden = true;
  const about = wb.addWorksheet('说明');
  about.columns = [{ width: 14 }, { width: 80 }];
  about.addRows([
    ['标题', o.title],
    ['文档标识', o.documentId ?? ''],
    [
      '填写方法',
      `在各期进展列填写进展情况，在“当前状态”列选择：${STATUSES.join('、')}。请勿改动“任务标识”列（已隐藏）。`,
    ],
  ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
