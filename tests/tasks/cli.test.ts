// `yaodian tasks` and `yaodian progress import`, run as a user would (the real bin, a child process).
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../electron/services/service-context';
import { yaodian } from '../checks/run-cli';
import { tempDir } from '../helpers/paths';
import { INLINE_NOTICE } from './fixtures';
import { readXlsx } from './read-xlsx';

describe('yaodian tasks', () => {
  it('writes the 分工表 as .docx and .xlsx, and one list per unit with --by-unit', async () => {
    const dir = tempDir('yaodian-cli-tasks-');
    const input = join(dir, '要点.txt');
    writeFileSync(input, INLINE_NOTICE);
    const docx = await yaodian('tasks', input, '-o', join(dir, '分工表.docx'));
    expect(docx).toMatchObject({ code: 0, stderr: '' });
    expect(docx.stdout).toContain('6 项任务');
    const xml = strFromU8(unzipSync(readFileSync(join(dir, '分工表.docx')))['word/document.xml']);
    expect(xml.match(/<w:tr>/g)).toHaveLength(7);
    const xlsx = await yaodian('tasks', input, '-o', join(dir, '分工表.xlsx'), '--by-unit');
    expect(xlsx.code).toBe(0);
    expect(readXlsx(join(dir, '分工表.xlsx')).rows).toHaveLength(7);
    const mine = readXlsx(join(dir, '分工表-社会救助处.xlsx')).rows;
    expect(mine.map((r) => r[2])).toEqual(['工作任务', '完善社会救助制度', '做好困难群众冬春救助']);
    expect(mine[0][7]).toBe('本单位职责');
    expect(existsSync(join(dir, '分工表-市残联.xlsx'))).toBe(true);
  }, 60_000);

  it('answers bad use with one Chinese line', async () => {
    const dir = tempDir('yaodian-cli-tasks-');
    const input = join(dir, '无分工.txt');
    writeFileSync(input, '2024年工作要点\n一、总体要求\n（一）坚持稳中求进。做好各项工作。\n');
    expect(await yaodian('tasks', input, '-o', join(dir, 'a.docx'))).toMatchObject({ code: 1 });
    expect((await yaodian('tasks', input, '-o', join(dir, 'a.docx'))).stderr).toContain('中没有任务分工');
    expect((await yaodian('tasks', input, '-o', join(dir, 'a.pdf'))).stderr).toContain('应以 .docx 或 .xlsx 结尾');
    expect((await yaodian('tasks', join(dir, '不存在.txt'), '-o', join(dir, 'a.docx'))).stderr).toContain('找不到文件');
  }, 60_000);
});

describe('yaodian progress import', () => {
  it('imports a returned workbook into the store the app uses and prints the report', async () => {
    const dataDir = tempDir('yaodian-cli-data-');
    const services = openServices({ dataDir });
    const file = join(dataDir, '台账.xlsx');
    let id: string;
    try {
      const imported = await services.call('import.text', { text: INLINE_NOTICE, name: '要点.txt' });
      if (!imported.ok) throw new Error(imported.error.message);
      id = imported.value.summary.id;
      const out = await services.call('tasks.export', { documentId: id, path: file });
      expect(out.ok).toBe(true);
    } finally {
      services.close();
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.worksheets[0].getRow(2).getCell(9).value = '完成低保扩围。';
    wb.worksheets[0].getRow(2).getCell(8).value = '已完成';
    await wb.xlsx.writeFile(file);
    const r = await yaodian('progress', 'import', file, '--data', dataDir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已导入到“2024年全市民政工作要点”：1 项有新进展，5 项无变化，0 项有冲突，0 行未导入。');
    expect(r.stdout).toContain('完成：第 2 行：导入 1 期进展');
    const again = openServices({ dataDir });
    try {
      const list = await again.call('tasks.list', { documentId: id! });
      expect(list.ok && list.value.records.map((x) => [x.status, x.text])).toEqual([['已完成', '完成低保扩围。']]);
    } finally {
      again.close();
    }
    const bad = await yaodian('progress', 'import', join(dataDir, '没有.xlsx'), '--data', dataDir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('无法读取');
  }, 60_000);
});
