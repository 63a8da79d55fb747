// Reads an .xlsx back with a reader independent of exceljs (Python's standard library), for assertions.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface XlsxReadBack {
  sheets: string[];
  rows: string[][];
  frozen: { xSplit: string | null; ySplit: string | null; state: string | null } | null;
  autoFilter: string | null;
  hidden: number[];
  merges: string[];
}

/** The .xlsx read by a reader independent of exceljs: Python's zipfile + ElementTree (read-xlsx.py). */
export function readXlsx(file: string): XlsxReadBack {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'read-xlsx.py');
  return JSON.parse(
    execFileSync('python3', [script, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
  ) as XlsxReadBack;
}
