// Reads a task table back from an .xlsx (our tracking workbook as a 处室 returns it, or an office's own
// 任务分工表): columns recognised by their headers, merged cells read as the value of their top-left cell,
// every oddity reported in Chinese with its row or column so nothing is lost silently.
import ExcelJS from 'exceljs';
import { parsePeriod } from './progress';
import { splitUnits } from './assignment';

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

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return `${v.getUTCFullYear()}年${v.getUTCMonth() + 1}月${v.getUTCDate()}日`;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('').trim();
    if ('text' in v && typeof v.text === 'string') return v.text.trim();
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('error' in v) return '';
  }
  return String(v).trim();
}

const columnName = (n: number) => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

/** The sheet's header row: the first of its first 10 rows with a task column. */
function findHeader(ws: ExcelJS.Worksheet): number | null {
  for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= row.cellCount; c++) {
      const h = cellText(row.getCell(c).value).replace(/\s+/g, '');
      if (HEADERS.some(([re, f]) => f === 'task' && re.test(h))) return r;
    }
  }
  return null;
}

async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) {
    const old = bytes.length > 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf;
    throw new TaskFileError(`“${fileName}”不是 .xlsx 文件${old ? '（是旧版 .xls，请在 Excel/WPS 中另存为 .xlsx）' : ''}`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new TaskFileError(`“${fileName}”无法读取：文件已损坏，或不是 Excel 工作簿`);
  }
  return wb;
}

/** Reads the first sheet that has a task column. Throws TaskFileError when there is none. */
export async function readTaskSheet(bytes: Uint8Array, fileName: string, year: number | null): Promise<TaskSheet> {
  const wb = await loadWorkbook(bytes, fileName);
  const report: RowReport[] = [];
  let ws: ExcelJS.Worksheet | undefined;
  let headerRow: number | null = null;
  for (const sheet of wb.worksheets) {
    headerRow = findHeader(sheet);
    if (headerRow !== null) {
      ws = sheet;
      break;
    }
  }
  if (!ws || headerRow === null) {
    throw new TaskFileError(`“${fileName}”不是任务分工表：没有找到“工作任务”列（表头应含 工作任务、牵头单位、完成时限 等）`);
  }
  const documentId = readDocumentId(wb);
  const fields = new Map<number, Field>();
  const periodCols = new Map<number, string>();
  const header = ws.getRow(headerRow);
  for (let c = 1; c <= header.cellCount; c++) {
    const raw = cellText(header.getCell(c).value);
    const h = raw.replace(/\s+/g, '');
    if (!h) continue;
    const known = HEADERS.find(([re]) => re.test(h));
    if (known) {
      if ([...fields.values()].includes(known[1]) && known[1] !== 'ignore') {
        report.push({ row: null, level: 'warning', message: `第 ${columnName(c)} 列“${raw}”与前面的列重复，已忽略` });
      } else fields.set(c, known[1]);
      continue;
    }
    const p = parsePeriod(h, year);
    if ('period' in p) periodCols.set(c, p.period);
    else report.push({ row: null, level: 'warning', message: `第 ${columnName(c)} 列“${raw}”不认识（${p.problem}），已忽略` });
  }
  for (const merge of mergesOf(ws)) {
    report.push({ row: null, level: 'warning', message: `${merge} 是合并单元格，已按每一格都填了左上角的内容读取` });
  }
  const tasks: SheetTask[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const get = (f: Field): string | null => {
      for (const [c, field] of fields) if (field === f) return cellText(row.getCell(c).value);
      return null;
    };
    const task = get('task') ?? '';
    const periods = [...periodCols].map(([c, period]) => ({ period, text: cellText(row.getCell(c).value) })).filter((p) => p.text);
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
      row: r, id: get('id') || null, task, lead: units('lead'), support: units('support'),
      deadline: get('deadline'), leader: get('leader'), status: get('status') || null, periods,
    });
  }
  if (!tasks.length) report.push({ row: null, level: 'warning', message: `“${fileName}”的表格中没有任务行` });
  return { documentId, periods: [...periodCols.values()], tasks, report };
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws.model as unknown as { merges?: string[] }).merges;
  return Array.isArray(merges) ? merges : [];
}

function readDocumentId(wb: ExcelJS.Workbook): string | null {
  const about = wb.getWorksheet('说明');
  if (!about) return null;
  for (let r = 1; r <= about.rowCount; r++) {
    if (cellText(about.getRow(r).getCell(1).value) === '文档标识') return cellText(about.getRow(r).getCell(2).value) || null;
  }
  return null;
}
