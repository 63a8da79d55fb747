// A 任务分工表 — a Word table attached to the notice, or an office's .xlsx — matched back to the sections by
// their text (the compare module's matching) and turned into assignments; what matches nothing is reported.
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importBytes } from '../../shared/import/index';
import { flatten } from '../../shared/model/tree';
import type { YaodianDocument } from '../../shared/model/types';
import { tempDir } from '../helpers/paths';
import { openHarness, type Harness } from '../store/harness';
import { INLINE_NOTICE } from './fixtures';

// the notice without its inline notes: the assignments come from the table only
const PLAIN = INLINE_NOTICE.replace(/（(牵头单位|责任单位|负责部门)[^）]*）|（市残联[^）]*）/g, '');
const find = (doc: YaodianDocument, heading: string) =>
  flatten(doc.sections).find((f) => f.section.heading === heading)!.section;

async function noticeWithTable(): Promise<Uint8Array> {
  const p = (t: string) => new Paragraph({ children: [new TextRun({ text: t, font: '仿宋_GB2312', size: 32 })] });
  const cell = (t: string, rowSpan?: number) => new TableCell({ children: [p(t)], ...(rowSpan ? { rowSpan } : {}) });
  const rows = [
    [cell('序号'), cell('工作任务'), cell('牵头单位'), cell('配合单位'), cell('完成时限')],
    [cell('1'), cell('一、（一）完善社会救助制度'), cell('社会救助处', 2), cell('财务处、低保中心'), cell('6月底前')],
    // 牵头单位 merged down from the row above
    [cell('2'), cell('做好困难群众冬春救助'), cell(''), cell('11月底前')],
    [cell('3'), cell('发展养老服务。建设区域养老服务中心20个'), cell('养老服务处'), cell('规划财务处'), cell('二季度')],
    [cell('4'), cell('加强对外交流合作'), cell('办公室'), cell(''), cell('年底前')],
  ];
  const doc = new Document({
    sections: [
      {
        children: [
          ...PLAIN.split('\n').filter(Boolean).map(p),
          p('某市民政局'),
          p('2024年2月1日'),
          p('附件'),
          p('2024年全市民政工作要点任务分工表'),
          new Table({ rows: rows.map((r) => new TableRow({ children: r })) }),
        ],
      },
    ],
  });
  return (await Packer.pack(doc, 'uint8array')) as Uint8Array;
}

let h: Harness;
afterEach(() => h?.close());

describe('a 分工表 in the notice .docx', () => {
  it('fills the assignments of the sections it lists, merged cells included, and says what it could not match', async () => {
    const doc = await importBytes(await noticeWithTable(), '通知.docx');
    expect(find(doc, '完善社会救助制度').assignment).toEqual({
      lead: ['社会救助处'],
      support: ['财务处', '低保中心'],
      deadline: '6月底前',
      deadlineDate: '2024-06-30',
      leader: null,
    });
    expect(find(doc, '做好困难群众冬春救助').assignment).toMatchObject({
      lead: ['社会救助处'],
      support: [],
      deadline: '11月底前',
    });
    expect(find(doc, '发展养老服务').assignment).toMatchObject({ lead: ['养老服务处'], deadlineDate: '2024-06-30' });
    expect(find(doc, '规范婚姻登记').assignment).toBeUndefined();
    expect(doc.warnings.find((w) => w.code === 'task-table-applied')?.message).toBe(
      '文件中的任务分工表有 4 项，已对应到 3 条要点的“分工”栏，1 项未找到对应条目（5 行）',
    );
    // the same through the store: the Word file's 分工表 fills the stored 分工
    h = openHarness();
    const bytes = await noticeWithTable();
    const stored = await h.ok('import.bytes', { name: '通知.docx', dataBase64: Buffer.from(bytes).toString('base64') });
    expect(find(stored.document, '发展养老服务').assignment?.lead).toEqual(['养老服务处']);
  });
});

describe('tasks.importTable', () => {
  it("applies an office's .xlsx 分工表 to a stored 要点, row by row", async () => {
    h = openHarness();
    const { summary } = await h.ok('import.text', { text: PLAIN, name: '要点.txt' });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('分工');
    ws.addRow(['2024年重点工作任务分工表']);
    ws.addRow(['序号', '重点任务', '责任处室', '协办单位', '时间节点', '分管领导']);
    ws.addRow([1, '规范婚姻登记', '社会事务处', '', '尽快', '李副局长']);
    ws.addRow([2, '推进殡葬改革，深化殡葬领域突出问题专项整治', '社会事务处', '殡葬管理所', '10月底前', '']);
    ws.addRow([3, '研究制定民政事业发展规划', '规划财务处', '', '', '']);
    const file = join(tempDir('yaodian-table-'), '分工.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await h.ok('tasks.importTable', { documentId: summary.id, path: file });
    expect(r.matched).toBe(2);
    expect(r.report.map((l) => l.message)).toEqual([
      '第 3 行：完成时限“尽快”无法换算成日期，已按原文保留',
      '第 3 行：已对应“规范婚姻登记”',
      '第 4 行：已对应“推进殡葬改革”',
      '第 5 行：找不到任务“研究制定民政事业发展规划”对应的要点条目，未导入',
    ]);
    const stored = (await h.ok('documents.get', { id: summary.id })).document;
    expect(find(stored, '规范婚姻登记').assignment).toEqual({
      lead: ['社会事务处'],
      support: [],
      deadline: '尽快',
      deadlineDate: null,
      leader: '李副局长',
    });
    expect(find(stored, '推进殡葬改革').assignment).toMatchObject({
      support: ['殡葬管理所'],
      deadlineDate: '2024-10-31',
    });
    const e = await h.fail('tasks.importTable', { documentId: summary.id, path: join(tempDir(), '无.xlsx') });
    expect(e.message).toContain('无法读取');
  });
});
