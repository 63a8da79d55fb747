// A task table as a grid of cell texts — from an .xlsx sheet or a Word table — read by its headers: which
// column is the task, the units, the deadline, the status, which are periods (一季度, 3月…). Shared by the
// .xlsx and .docx readers so both understand the same tables and report the same way.
import { splitUnits } from './assignment';
import { parsePeriod } from './progress';

export class TaskFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TaskFileError';
  }
}

export interface RowReport {
  /** the sheet's row number (1-based, as the spreadsheet shows it); null for the whole file */
  row: number | null;
  level: 'error' | 'warning' | 'info';
  message: string;
}

export interface SheetTask {
  row: number;
  /** 任务标识 (a section id) when the sheet has that column */
  id: string | null;
  task: string;
  lead: string[] | null;
  support: string[] | null;
  deadline: string | null;
  leader: string | null;
  status: string | null;
  /** one entry per period column with text */
  periods: Array<{ period: string; text: string }>;
}

export interface TaskSheet {
  documentId: string | null;
  /** period columns in sheet order */
  periods: string[];
  tasks: SheetTask[];
  report: RowReport[];
}

type Field = 'seq' | 'path' | 'task' | 'lead' | 'support' | 'deadline' | 'leader' | 'status' | 'id' | 'ignore';

const HEADERS: Array<[RegExp, Field]> = [
  [/^(序号|编号序号)$/, 'seq'],
  [/^(编号|条目|章节)$/, 'path'],
  [/^(重点)?(工作)?任务(内容|名称)?$|^(主要|重点)?工作(内容|任务|事项)$|^任务事项$|^具体任务$/, 'task'],
  [/^(牵头(单位|部门|处室)?|责任(单位|部门|处室)|负责(单位|部门|处室)|主办(单位)?)$/, 'lead'],
  [/^(配合(单位|部门|处室)?|协办(单位)?|参与(单位|部门))$/, 'support'],
  [/^(完成(时限|时间|期限)|时间(节点|要求)|时限(要求)?)$/, 'deadline'],
  [/^(责任领导|分管(厅|局)?领导)$/, 'leader'],
  [/^(当前)?(状态|完成状态|进展状态|推进状态)$/, 'status'],
  [/^任务标识$/, 'id'],
  [/^(本单位职责|备注)$/, 'ignore'],
];

const columnName = (n: number) => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

const norm = (s: string) => s.replace(/\s+/g, '');

/** Index of the header row: the first of the first 10 rows with a task column; null when none. */
export function findHeaderRow(grid: readonly string[][]): number | null {
  for (let r = 0; r < Math.min(10, grid.length); r++) {
    if (grid[r].some((c) => HEADERS.some(([re, f]) => f === 'task' && re.test(norm(c))))) return r;
  }
  return null;
}

export interface GridSource {
  fileName: string;
  year: number | null;
  /** merged ranges as A1:B2, reported once */
  merges?: string[];
  documentId?: string | null;
  /** sheet row number of grid[0] (1 for a sheet; a table's rows are counted from 1 too) */
  firstRow?: number;
  /** how a row is named in messages: 第 N 行 (sheet) or 表格第 N 行 */
  rowWord?: string;
}

/** Reads a grid whose header row is `headerRow`. */
export function readTaskGrid(grid: readonly string[][], headerRow: number, src: GridSource): TaskSheet {
  const report: RowReport[] = [];
  const fields = new Map<number, Field>();
  const periodCols = new Map<number, string>();
  const first = src.firstRow ?? 1;
  grid[headerRow].forEach((raw, i) => {
    const c = i + 1;
    const h = norm(raw);
    if (!h) return;
    const known = HEADERS.find(([re]) => re.test(h));
    if (known) {
      if ([...fields.values()].includes(known[1]) && known[1] !== 'ignore') {
        report.push({ row: null, level: 'warning', message: `第 ${columnName(c)} 列“${raw}”与前面的列重复，已忽略` });
      } else fields.set(c, known[1]);
      return;
    }
    const p = parsePeriod(h, src.year);
    if ('period' in p) periodCols.set(c, p.period);
    else
      report.push({
        row: null,
        level: 'warning',
        message: `第 ${columnName(c)} 列“${raw}”不认识（${p.problem}），已忽略`,
      });
  });
  for (const merge of src.merges ?? []) {
    report.push({ row: null, level: 'warning', message: `${merge} 是合并单元格，已按每一格都填了左上角的内容读取` });
  }
  const tasks: SheetTask[] = [];
  for (let i = headerRow + 1; i < grid.length; i++) {
    const cells = grid[i];
    const r = i + first;
    const get = (f: Field): string | null => {
      for (const [c, field] of fields) if (field === f) return (cells[c - 1] ?? '').trim();
      return null;
    };
    const task = get('task') ?? '';
    const periods = [...periodCols]
      .map(([c, period]) => ({ period, text: (cells[c - 1] ?? '').trim() }))
      .filter((p) => p.text);
    if (!task && !periods.length && !get('lead')) continue; // blank line or a note under the table
    if (!task) {
      report.push({ row: r, level: 'error', message: `第 ${r} 行没有填写工作任务，未导入` });
      continue;
    }
    const units = (f: Field) => {
      const v = get(f);
      return v === null ? null : splitUnits(v);
    };
    tasks.push({
      row: r,
      id: get('id') || null,
      task,
      lead: units('lead'),
      support: units('support'),
      deadline: get('deadline') || null,
      leader: get('leader') || null,
      status: get('status') || null,
      periods,
    });
  }
  if (!tasks.length) report.push({ row: null, level: 'warning', message: `“${src.fileName}”的表格中没有任务行` });
  return { documentId: src.documentId ?? null, periods: [...periodCols.values()], tasks, report };
}
