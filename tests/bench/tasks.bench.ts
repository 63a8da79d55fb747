// 任务分工 at scale: the 分工表 (.docx) and the tracking .xlsx of a 200-task 要点 (≤ 200 ms each), a returned
// 200-row .xlsx into progress records (≤ 300 ms: read, matched, planned; and through the handler into real
// SQLite), the 台账 filtered over 20 years × 200 tasks (≤ 50 ms). Each beside a bare reference from the same
// run: what the docx / exceljs libraries alone cost for the same size, and a one-field filter.
import ExcelJS from 'exceljs';
import { Buffer } from 'node:buffer';
import { Document, Packer, Paragraph } from 'docx';
import { filterLedger, type LedgerTask } from '../../shared/tasks/ledger';
import { taskTableDocx } from '../../shared/tasks/outputs';
import { planProgressImport } from '../../shared/tasks/progress-import';
import { quartersOf, STATUSES, type ProgressRecord } from '../../shared/tasks/progress';
import { taskRows } from '../../shared/tasks/table';
import { readTaskSheet } from '../../shared/tasks/xlsx-read';
import { trackingXlsx } from '../../shared/tasks/xlsx-write';
import { openHarness } from '../store/harness';
import { makeTaskDocument, UNITS } from '../tasks/big';
import { report, sampleAsync, sample } from './stats';

async function filledWorkbook(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.worksheets[0];
  for (let r = 2; r <= 201; r++) {
    ws.getRow(r).getCell(8).value = STATUSES[r % 4];
    ws.getRow(r).getCell(9).value = `第${r - 1}项一季度进展：已完成摸底调查，正在推进。`;
    ws.getRow(r).getCell(10).value = `第${r - 1}项二季度进展：按计划推进。`;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function ledgerOf(years: number, perYear: number): LedgerTask[] {
  const out: LedgerTask[] = [];
  for (let y = 0; y < years; y++) {
    const doc = makeTaskDocument(perYear, 2005 + y);
    for (const [i, t] of taskRows(doc).entries()) {
      const latest: ProgressRecord | null =
        i % 3
          ? {
              id: `${y}-${i}`,
              documentId: `d${y}`,
              sectionId: t.sectionId,
              period: `${2005 + y}-Q2`,
              status: STATUSES[i % 5],
              text: '按计划推进',
              recordedAt: '',
              source: '录入',
            }
          : null;
      out.push({
        ...t,
        deadlineDate: `${2005 + y}-06-30`,
        documentId: `d${y}`,
        documentTitle: `${2005 + y}年要点`,
        year: 2005 + y,
        latest,
      });
    }
  }
  return out;
}

export async function run(): Promise<void> {
  const doc = makeTaskDocument(200);
  const rows = taskRows(doc);
  const periods = quartersOf(2024);
  console.log(`要点: ${rows.length} tasks`);

  report('分工表 .docx of 200 tasks', await sampleAsync(() => taskTableDocx(doc), 15, 3), 200);
  report(
    '  bare: docx library packs a one-paragraph file',
    await sampleAsync(
      () => Packer.pack(new Document({ sections: [{ children: [new Paragraph('甲')] }] }), 'uint8array'),
      15,
      3,
    ),
  );
  report(
    'tracking .xlsx of 200 tasks',
    await sampleAsync(() => trackingXlsx(rows, { documentId: 'd', title: '台账', periods }), 15, 3),
    200,
  );
  report(
    '  bare: exceljs writes 200 × 13 plain cells',
    await sampleAsync(
      async () => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('s');
        for (const r of rows)
          ws.addRow([
            r.seq,
            r.numberPath,
            r.task,
            r.lead.join('、'),
            r.support.join('、'),
            r.deadline,
            r.leader,
            '',
            '',
            '',
            '',
            '',
            r.sectionId,
          ]);
        return wb.xlsx.writeBuffer();
      },
      15,
      3,
    ),
  );

  const filled = await filledWorkbook(await trackingXlsx(rows, { documentId: 'd', title: '台账', periods }));
  report(
    'progress import of 200 rows: read, match, plan',
    await sampleAsync(
      async () => {
        const sheet = await readTaskSheet(filled, '台账.xlsx', 2024);
        return planProgressImport(doc, sheet, [], UNITS, '台账.xlsx');
      },
      15,
      3,
    ),
    300,
  );
  report(
    '  bare: exceljs loads the same file',
    await sampleAsync(
      async () => {
        const wb = new ExcelJS.Workbook();
        return wb.xlsx.load(
          filled.buffer.slice(filled.byteOffset, filled.byteOffset + filled.byteLength) as ArrayBuffer,
        );
      },
      15,
      3,
    ),
  );
  const h = openHarness();
  try {
    const base64 = Buffer.from(filled).toString('base64');
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await h.ok('documents.create', { document: doc })).summary.id);
    let n = 0;
    report(
      'progress import of 200 rows through the handler (SQLite)',
      await sampleAsync(
        () => h.ok('progress.import', { documentId: ids[n++], name: '台账.xlsx', dataBase64: base64 }),
        10,
        2,
      ),
      300,
    );
  } finally {
    h.close();
  }

  const ledger = ledgerOf(20, 200);
  const today = '2026-12-04';
  console.log(`台账: ${ledger.length} tasks over 20 years`);
  report(
    '台账 filter: unit + status + words',
    sample(() => filterLedger(ledger, { unit: UNITS[2], status: '推进中', text: '养老' }, today), 30),
    50,
  );
  report(
    '台账 filter: overdue only, lead role',
    sample(() => filterLedger(ledger, { unit: UNITS[1], role: 'lead', overdueOnly: true }, today), 30),
    50,
  );
  report(
    '  bare: one-field Array.filter over the same tasks',
    sample(() => ledger.filter((t) => t.year === 2010), 30),
  );
}
