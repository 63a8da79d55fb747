// A Word notice whose 附件 after the 署名 holds a table of tasks: the table's rows become an appendix table, the
// 署名, 成文日期 and 附注 stay the notice's, and the body keeps only its sections.
import { Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../shared/import/docx';
import { body, centered, pack } from './build-docx';

const cell = (text: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
const row = (...texts: string[]) => new TableRow({ children: texts.map(cell) });

describe('appendices in a .docx', () => {
  it('reads a task table after the 署名 as an appendix table', async () => {
    const bytes = await pack([
      centered('某市民政局关于做好2024年社会救助工作的通知'),
      body('各县（市、区）民政局：'),
      body('为做好今年工作，通知如下：'),
      body('一、提高认识'),
      body('各地要高度重视。'),
      body('二、强化落实'),
      body('各地要抓好落实。'),
      body('附件：2024年社会救助工作任务分工表'),
      body('某市民政局'),
      body('2024年3月1日'),
      body('（此件主动公开）'),
      body('附件'),
      centered('2024年社会救助工作任务分工表'),
      new Table({
        rows: [
          row('序号', '工作任务', '责任单位'),
          row('1', '提高低保标准', '社会救助科'),
          row('2', '开展排查', '各县民政局'),
        ],
      }),
    ]);
    const doc = await importDocx(bytes);
    expect(doc.meta).toMatchObject({
      signature: '某市民政局',
      date: '2024-03-01',
      note: '（此件主动公开）',
      attachments: ['2024年社会救助工作任务分工表'],
    });
    expect(doc.sections.map((s) => s.heading)).toEqual(['提高认识', '强化落实']);
    expect(doc.appendices).toEqual([
      {
        label: '附件',
        title: '2024年社会救助工作任务分工表',
        blocks: [
          {
            kind: 'table',
            headerRows: 1,
            rows: [
              ['序号', '工作任务', '责任单位'],
              ['1', '提高低保标准', '社会救助科'],
              ['2', '开展排查', '各县民政局'],
            ],
          },
        ],
      },
    ]);
  });
});
