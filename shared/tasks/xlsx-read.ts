// Reads a task table back from an .xlsx (our tracking workbook as a 处室 returns it, or an office's own
// 任务分工表): the first sheet with a task column, merged cells read as the value of their top-left cell,
// every oddity reported in Chinese with its row or column so nothing is lost silently.
import ExcelJS from 'exceljs';
import { findHeaderRow, readTaskGrid, TaskFileError, type TaskSheet } from './task-grid';

export { TaskFileError } from './task-grid';
export type { RowReport, SheetTask, TaskSheet } from './task-grid';

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return `${v.getUTCFullYear()}年${v.getUTCMonth() + 1}月${v.getUTCDate()}日`;
  if (typeof v === 'object') {
    if ('richText' in v)
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in v && typeof v.text === 'string') return v.text.trim();
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('error' in v) return '';
  }
  return String(v).trim();
}

async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) {
    const old = bytes.length > 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf;
    throw new TaskFileError(
      `“${fileName}”不是 .xlsx 文件${old ? '（是旧版 .xls，请在 Excel/WPS 中另存为 .xlsx）' : ''}`,
    );
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new TaskFileError(`“${fileName}”无法读取：文件已损坏，或不是 Excel 工作簿`);
  }
  return wb;
}

function gridOf(ws: ExcelJS.Worksheet): string[][] {
  const grid: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, ws.columnCount); c++) cells.push(cellText(row.getCell(c).value));
    grid.push(cells);
  }
  return grid;
}

/** Reads the first sheet that has a task column. Throws TaskFileError when there is none. */
export async function readTaskSheet(bytes: Uint8Array, fileName: string, year: number | null): Promise<TaskSheet> {
  const wb = await loadWorkbook(bytes, fileName);
  for (const ws of wb.worksheets) {
    const grid = gridOf(ws);
    const header = findHeaderRow(grid);
    if (header === null) continue;
    return readTaskGrid(grid, header, { fileName, year, merges: mergesOf(ws), documentId: readDocumentId(wb) });
  }
  throw new TaskFileError(
    `“${fileName}”不是任务分工表：没有找到“工作任务”列（表头应含 工作任务、牵头单位、完成时限 等）`,
  );
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws.model as unknown as { merges?: string[] }).merges;
  return Array.isArray(merges) ? merges : [];
}

function readDocumentId(wb: ExcelJS.Workbook): string | null {
  const about = wb.getWorksheet('说明');
  if (!about) return null;
  for (let r = 1; r <= about.rowCount; r++) {
    const row = about.getRow(r);
    if (cellText(row.getCell(1).value) === '文档标识') return cellText(row.getCell(2).value) || null;
  }
  return null;
}
