// A tracking .xlsx goes out, comes back filled in by a 处室 (edited here with exceljs as a spreadsheet program
// would save it), and is imported into progress records: matched by task, conflicts kept and shown, bad input
// reported row by row in Chinese. Real SQLite, real files.
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/paths';
import { openHarness, type Harness } from '../store/harness';
import { makeTaskDocument, taskText } from './big';

let h: Harness;
afterEach(() => h?.close());

async function setup(n = 20) {
  let clock = Date.parse('2024-04-05T08:00:00Z');
  h = openHarness({ now: () => new Date((clock += 1000)) });
  const { summary } = await h.ok('documents.create', { document: makeTaskDocument(n) });
  const dir = tempDir('yaodian-progress-');
  return { id: summary.id, dir };
}

async function edit(path: string, fn: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  fn(wb.worksheets[0]);
  await wb.xlsx.writeFile(path);
}

describe('progress import from a returned tracking sheet', () => {
  it('matches rows by task even after sorting, records each filled period, and survives a restart', async () => {
    const { id, dir } = await setup();
    const file = join(dir, '台账.xlsx');
    const out = await h.ok('tasks.export', { documentId: id, path: file });
    expect(out.tasks).toBe(20);
    await edit(file, (ws) => {
      // the 处室 sorts the sheet by 牵头单位 (rows change places) and fills in two tasks
      const rows = ws.getRows(2, 20)!.map((r) => (r.values as ExcelJS.CellValue[]).slice(1));
      rows.reverse().forEach((v, i) => {
        ws.getRow(i + 2).values = v;
      });
      const row = (n: number) => ws.getRow(2 + rows.findIndex((v) => String(v[2]) === taskText(n).heading));
      row(0).getCell(8).value = '已完成';
      row(0).getCell(9).value = '低保扩围已完成，新增保障对象 1200 人。';
      row(3).getCell(9).value = '【滞后】选址尚未确定。';
      row(3).getCell(10).value = '已进场施工。';
    });
    const r = await h.ok('progress.import', { path: file });
    expect(r).toMatchObject({ documentId: id, imported: 2, conflicts: 0, failed: 0, unchanged: 18 });
    expect(r.report.filter((l) => l.level === 'info').map((l) => l.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^第 \d+ 行：导入 1 期进展$/),
        expect.stringMatching(/^第 \d+ 行：导入 2 期进展$/),
      ]),
    );
    const dirPath = h.dir;
    h.close();
    h = openHarness({ dir: dirPath });
    const { rows, records } = await h.ok('tasks.list', { documentId: id });
    const of = (n: number) =>
      records
        .filter((x) => x.sectionId === rows.find((t) => t.task === taskText(n).heading)!.sectionId)
        .map((x) => [x.period, x.status, x.text, x.source]);
    expect(of(0)).toEqual([['2024-Q1', '已完成', '低保扩围已完成，新增保障对象 1200 人。', '台账.xlsx']]);
    // 【滞后】 sets the first period's status; the second period takes the task's last known status
    expect(of(3)).toEqual([
      ['2024-Q1', '滞后', '选址尚未确定。', '台账.xlsx'],
      ['2024-Q2', '滞后', '已进场施工。', '台账.xlsx'],
    ]);

    // the same file again adds nothing
    const again = await h.ok('progress.import', { path: file });
    expect(again).toMatchObject({ imported: 0, unchanged: 20 });
    expect((await h.ok('tasks.list', { documentId: id })).records).toHaveLength(3);
  });

  it('keeps both sides of a conflict with what was entered in the app, and says so', async () => {
    const { id, dir } = await setup();
    const file = join(dir, '台账.xlsx');
    await h.ok('tasks.export', { documentId: id, path: file });
    const { rows } = await h.ok('tasks.list', { documentId: id });
    await h.ok('progress.add', {
      documentId: id,
      sectionId: rows[1].sectionId,
      period: '2024-Q1',
      status: '推进中',
      text: '已印发实施方案。',
    });
    await edit(file, (ws) => {
      ws.getRow(3).getCell(9).value = '方案已报厅党组审议。';
    });
    const r = await h.ok('progress.import', { path: file, documentId: id });
    expect(r).toMatchObject({ imported: 1, conflicts: 1 });
    expect(r.report.find((l) => l.level === 'warning')!.message).toBe(
      '第 3 行：2024年一季度 已有进展“已印发实施方案。”（录入），与表中不同：两条都保留，以表中为最新',
    );
    const { records } = await h.ok('tasks.list', { documentId: id });
    expect(records.filter((x) => x.sectionId === rows[1].sectionId).map((x) => x.text)).toEqual([
      '已印发实施方案。',
      '方案已报厅党组审议。',
    ]);
  });

  it("reads an office's own table by its headers and reports every oddity row by row", async () => {
    const { id, dir } = await setup();
    await h.ok('units.add', {
      names: ['社会救助处', '养老服务处', '社会事务处', '儿童福利处', '区划地名处', '规划财务处'],
      kind: '机关处室',
    });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['2024年重点工作任务推进情况表']);
    ws.mergeCells('A1:G1');
    ws.addRow(['序号', '重点任务', '责任单位', '配合单位', '完成时限', '二季度进展', '联系人电话', '状态']);
    ws.addRow([
      1,
      `${taskText(4).heading}。${taskText(4).body}`,
      '区划地名处',
      '',
      '9月底前',
      '已完成勘界。',
      '',
      '完成',
    ]);
    ws.addRow([2, taskText(5).heading, '市外事办', '', '年底前', '正在推进。', '', '差不多']);
    ws.addRow([3, taskText(6).heading, '', '', '', '按计划推进。', '', '']);
    ws.mergeCells('C4:C5');
    ws.addRow([4, '开展国际交流合作年活动', '办公室', '', '', '已筹备。', '', '']);
    ws.addRow([5, '', '', '', '', '只有进展没有任务。', '', '']);
    const file = join(dir, '处室报送.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await h.ok('progress.import', { path: file, documentId: id });
    expect(r).toMatchObject({ imported: 3, failed: 2 });
    const lines = r.report.map((l) => `${l.level} ${l.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'warning 第 G 列“联系人电话”不认识（“联系人电话”不是月份或季度），已忽略',
        'warning A1:G1 是合并单元格，已按每一格都填了左上角的内容读取',
        'warning C4:C5 是合并单元格，已按每一格都填了左上角的内容读取',
        'warning 第 4 行：单位“市外事办”不在单位名录中（可在“单位名录”中添加）',
        'warning 第 4 行：状态“差不多”不是 未启动、推进中、已完成、滞后、调整 之一，按“推进中”导入',
        'error 第 6 行：找不到任务“开展国际交流合作年活动”对应的要点条目，未导入',
        'error 第 7 行没有填写工作任务，未导入',
      ]),
    );
    const { rows, records } = await h.ok('tasks.list', { documentId: id });
    const byTask = (n: number) =>
      records.find((x) => x.sectionId === rows.find((t) => t.task === taskText(n).heading)!.sectionId);
    expect(byTask(4)).toMatchObject({
      period: '2024-Q2',
      status: '已完成',
      text: '已完成勘界。',
      source: '处室报送.xlsx',
    });
    expect(byTask(5)).toMatchObject({ status: '推进中' });
    expect(byTask(6)).toMatchObject({ text: '按计划推进。' });
  });

  it('refuses a file that is not a task table, in one Chinese line', async () => {
    const { id, dir } = await setup(3);
    const txt = join(dir, '假的.xlsx');
    writeFileSync(txt, '序号,工作任务\n1,某任务\n');
    expect((await h.fail('progress.import', { path: txt, documentId: id })).message).toBe('“假的.xlsx”不是 .xlsx 文件');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('预算').addRows([
      ['科目', '金额'],
      ['办公费', 1000],
    ]);
    const budget = join(dir, '预算表.xlsx');
    await wb.xlsx.writeFile(budget);
    const e = await h.fail('progress.import', { path: budget, documentId: id });
    expect(e).toMatchObject({ code: 'bad-file' });
    expect(e.message).toContain('“预算表.xlsx”不是任务分工表：没有找到“工作任务”列');
    const broken = join(dir, '损坏.xlsx');
    writeFileSync(broken, Buffer.from('PK\u0003\u0004 broken zip'));
    expect((await h.fail('progress.import', { path: broken, documentId: id })).message).toContain(
      '“损坏.xlsx”无法读取',
    );
    // a foreign table without the 说明 sheet needs the document named
    const noDoc = await h.fail('progress.import', { path: join(dir, '..', 'none.xlsx') });
    expect(noDoc.message).toContain('无法读取');
  });
});
