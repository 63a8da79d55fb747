// The 分工表 .docx (read back by LibreOffice: a table whose header repeats on every page), the tracking .xlsx
// (read back by LibreOffice as CSV, its frozen header and filter checked in the sheet XML), the per-unit list,
// the quarterly report, and the 附件 given to the notice export.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { progressReportDocx, taskTableDocx, withTaskAppendix } from '../../shared/tasks/outputs';
import { taskRows } from '../../shared/tasks/table';
import { trackingXlsx } from '../../shared/tasks/xlsx-write';
import { tempDir } from '../helpers/paths';
import { pageLines, renderPdfs } from '../export/render';
import { makeTaskDocument, UNITS } from './big';
import { readXlsx } from './read-xlsx';

const dir = tempDir('yaodian-tasks-out-');
const doc = makeTaskDocument(200);

function xml(bytes: Uint8Array, part: string): string {
  return strFromU8(unzipSync(bytes)[part]);
}

describe('分工表 .docx', () => {
  let bytes: Uint8Array;
  let pages: string[][];
  let raw: string;
  beforeAll(async () => {
    bytes = await taskTableDocx(doc);
    const file = join(dir, '分工表.docx');
    writeFileSync(file, bytes);
    const pdf = renderPdfs([file], dir).get(file)!;
    pages = pageLines(pdf);
    // content order (cell by cell), without the spaces and breaks wrapping put in
    raw = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  }, 240_000);

  it('is one table laid out to GB/T 9704: header row repeated and kept whole, fixed column widths, 仿宋 4号 cells', () => {
    const body = xml(bytes, 'word/document.xml');
    expect(body.match(/<w:tbl>/g)).toHaveLength(1);
    const rows = body.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows).toHaveLength(201);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    expect(body).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...body.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(5);
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(8844); // the 156 mm 版心
    expect(grid[1]).toBeGreaterThan(grid[0] * 4); // 工作任务 is the wide column
    expect(rows[0]).toMatch(/w:eastAsia="黑体"/);
    expect(rows[1]).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(rows[1]).toContain('<w:sz w:val="28"/>');
  });

  it('renders in LibreOffice with the header on every page and every task present', () => {
    expect(pages.length).toBeGreaterThan(3);
    for (const [i, lines] of pages.entries()) {
      // the repeated header: the first table line of each page (after the title on page 1)
      const at = lines.findIndex((l) => l.includes('牵头单位'));
      expect(at, `page ${i + 1}`).toBeGreaterThanOrEqual(0);
      expect(at, `page ${i + 1}`).toBeLessThan(i === 0 ? 4 : 1);
      expect(lines[at]).toMatch(/序号\s+工作任务\s+牵头单位\s+配合单位\s+完成时限/);
    }
    expect(raw).toContain('2024年全省民政工作要点任务分工表');
    let at = 0;
    for (const r of taskRows(doc)) {
      const cell = `${r.seq}${r.numberPath}${r.task}${r.lead.join('、')}`;
      const found = raw.indexOf(cell, at);
      expect(found, cell).toBeGreaterThan(at);
      at = found;
    }
  });
});

describe('tracking .xlsx', () => {
  it('has one row per task, the columns, a frozen header and filters', async () => {
    const rows = taskRows(doc);
    const bytes = await trackingXlsx(rows, {
      documentId: 'doc-1',
      title: '台账',
      periods: ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'],
    });
    const file = join(dir, '台账.xlsx');
    writeFileSync(file, bytes);
    const back = readXlsx(file);
    expect(back.sheets).toEqual(['任务台账', '说明']);
    const csv = back.rows;
    expect(csv).toHaveLength(201);
    expect(csv[0]).toEqual([
      '序号',
      '编号',
      '工作任务',
      '牵头单位',
      '配合单位',
      '完成时限',
      '责任领导',
      '当前状态',
      '2024年一季度',
      '2024年二季度',
      '2024年三季度',
      '2024年四季度',
      '任务标识',
    ]);
    expect(csv[1].slice(0, 6)).toEqual(['1', '一、（一）', '完善低保工作第1项', '社会救助处', '', '3月底前']);
    expect(csv[200][12]).toBe(rows[199].sectionId);
    expect(back.frozen).toEqual({ xSplit: '3', ySplit: '1', state: 'frozen' });
    expect(back.autoFilter).toBe('A1:M1');
    expect(back.hidden).toEqual([13]);
  }, 120_000);
});

describe('per unit, report, 附件', () => {
  it("a unit's list holds exactly its 牵头 and 配合 tasks, in two tables", async () => {
    const unit = UNITS[0];
    const bytes = await taskTableDocx(doc, unit);
    const body = xml(bytes, 'word/document.xml');
    const tables = body.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(2);
    const rows = taskRows(doc);
    const count = (t: string) => (t.match(/<w:tr>/g) ?? []).length - 1;
    expect(count(tables[0])).toBe(rows.filter((r) => r.lead.includes(unit)).length);
    expect(count(tables[1])).toBe(rows.filter((r) => r.support.includes(unit)).length);
    expect(body).toContain(`（${unit}）`);
    expect(body).toContain('一、牵头任务');
  });

  it('the quarterly report groups the tasks by their latest status up to the period', async () => {
    const rows = taskRows(doc);
    const rec = (i: number, period: string, status: '已完成' | '滞后' | '推进中', text: string, at: string) => ({
      id: `r${i}${period}`,
      documentId: 'd',
      sectionId: rows[i].sectionId,
      period,
      status,
      text,
      recordedAt: at,
      source: '录入',
    });
    const records = [
      rec(0, '2024-Q1', '推进中', '一季度推进中', '2024-04-01'),
      rec(0, '2024-Q2', '已完成', '二季度完成了', '2024-07-01'),
      rec(1, '2024-Q1', '滞后', '进度滞后原因', '2024-04-01'),
    ];
    const q1 = xml(await progressReportDocx(doc, records, '2024-Q1'), 'word/document.xml');
    expect(q1).toContain('一季度进展情况');
    expect(q1).toContain('一季度推进中');
    expect(q1).not.toContain('二季度完成了');
    expect(q1).toMatch(/推进中（1 项）[\s\S]*滞后（1 项）[\s\S]*未填报（198 项）/);
    const all = xml(await progressReportDocx(doc, records), 'word/document.xml');
    expect(all).toMatch(/已完成（1 项）[\s\S]*二季度完成了/);
  });

  it('gives the notice its 分工表 as the next 附件, named in the 附件说明', () => {
    const withTable = withTaskAppendix(doc);
    expect(withTable.meta.attachments).toEqual(['2024年全省民政工作要点任务分工表']);
    const [app] = withTable.appendices!;
    expect(app.label).toBe('附件');
    expect(app.blocks[0]).toMatchObject({ kind: 'table', headerRows: 1 });
    const table = app.blocks[0] as { rows: string[][] };
    expect(table.rows).toHaveLength(201);
    expect(table.rows[0]).toEqual(['序号', '工作任务', '牵头单位', '配合单位', '完成时限']);
    // a notice that already lists an attachment gets 附件2
    const two = withTaskAppendix({
      ...doc,
      meta: { ...doc.meta, attachments: ['评分细则'] },
      appendices: [{ label: '附件1', title: '评分细则', blocks: [] }],
    });
    expect(two.appendices!.map((a) => a.label)).toEqual(['附件1', '附件2']);
    expect(two.meta.attachments).toEqual(['评分细则', '2024年全省民政工作要点任务分工表']);
  });
});
