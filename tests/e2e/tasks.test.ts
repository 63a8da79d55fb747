// 任务分工 end to end: real Chromium, the real dev host, real SQLite. A 要点 with inline assignments is
// imported; sections are assigned in the 分工 panel (several at once, a new unit added to the list); progress
// is entered and survives a reload into the 台账; the 分工表 and the tracking workbook are exported.
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRenderer, openSession, screenshotDir, waitSaved, type Session } from './harness';
import { INLINE_NOTICE } from '../tasks/fixtures';
import { readXlsx } from '../tasks/read-xlsx';

const shots = screenshotDir();

const poll = <T>(fn: () => Promise<T> | T, opts: { timeout?: number } = {}) =>
  expect.poll(fn, { timeout: 15_000, ...opts });

let s: Session;
let page: Page;

beforeAll(async () => {
  const staticDir = await buildRenderer();
  s = await openSession(staticDir);
  page = s.page;
  // the notice as a user would import it (the same handler as 导入文件 / paste into a new document)
  await page.evaluate(async (text) => {
    const res = await fetch('api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'import.text', input: { text, name: '要点.txt' } }),
    });
    if (!res.ok) throw new Error(await res.text());
  }, INLINE_NOTICE);
  await page.reload();
  await page.locator('[data-testid=doc-item]', { hasText: '2024年全市民政工作要点' }).locator('.doc-open').click();
  await page.waitForFunction(() => document.querySelector('.yd-title')?.textContent === '2024年全市民政工作要点');
}, 180_000);

afterAll(async () => {
  await s?.close();
});

const row = (heading: string) => page.locator('[data-testid=task-pick] label', { hasText: heading });

async function openPanel() {
  await page.click('[data-testid=panel-tasks]');
  await page.waitForSelector('[data-testid=assignment-panel]');
}

describe('assigning', () => {
  it('shows the imported assignment of the section at the caret', async () => {
    await openPanel();
    await page.click('.yd-h >> text=发展养老服务');
    await poll(() => page.inputValue('#unit-lead')).toBe('养老服务处');
    expect(await page.inputValue('#unit-support')).toBe('规划财务处');
    expect(await page.inputValue('#task-deadline')).toBe('二季度');
    // the inline note is gone from the text
    expect(await page.textContent('[data-testid=editor]')).not.toContain('牵头单位');
  });

  it('assigns two sections at once, adding a new unit to the list; it survives a reload', async () => {
    await page.click('.yd-h >> text=推进殡葬改革');
    await poll(() => row('推进殡葬改革').locator('input').isChecked()).toBe(true);
    await row('加强残疾人福利').locator('input').check();
    await page.fill('#unit-lead', '殡葬管理所');
    await page.locator('[data-testid=unit-unknown]').getByRole('button', { name: '加入名录' }).click();
    await poll(() => page.locator('[data-testid=unit-unknown]').count()).toBe(0);
    // the suggestion completes a name from the list
    await page.fill('#unit-support', '殡葬');
    await page.locator('[data-testid=suggest-support]').getByRole('button', { name: '殡葬管理所' }).click();
    expect(await page.inputValue('#unit-support')).toBe('殡葬管理所、');
    await page.fill('#unit-support', '社会事务处');
    await page.fill('#task-deadline', '10月底前');
    await page.getByRole('button', { name: '应用到 2 条' }).click();
    await waitSaved(page);
    await page.reload();
    await page.locator('[data-testid=doc-item]', { hasText: '2024年全市民政工作要点' }).locator('.doc-open').click();
    await openPanel();
    await poll(() => row('推进殡葬改革').locator('.task-lead').textContent()).toBe('殡葬管理所');
    expect(await row('加强残疾人福利').locator('.task-lead').textContent()).toBe('殡葬管理所');
    await page.click('.yd-h >> text=完善社会救助制度');
    await page.screenshot({ path: join(shots, '10-tasks.png') });
  });
});

describe('tracking', () => {
  it('records progress for a task, keeps the history, and shows it in the 台账 after a reload', async () => {
    await page.click('.yd-h >> text=完善社会救助制度');
    await page.waitForSelector('[data-testid=progress-box]');
    await page.selectOption('[data-testid=progress-box] select[aria-label=期次]', { label: '一季度' });
    await page.selectOption('[data-testid=progress-box] select[aria-label=状态]', '推进中');
    await page.fill('[data-testid=progress-box] textarea', '完成低保对象摸底。');
    await page.click('[data-testid=progress-add]');
    await poll(() => page.locator('[data-testid=progress-record]').count()).toBe(1);
    await page.selectOption('[data-testid=progress-box] select[aria-label=状态]', '滞后');
    await page.fill('[data-testid=progress-box] textarea', '扩围审批未完成。');
    await page.click('[data-testid=progress-add]');
    await poll(() => page.locator('[data-testid=progress-record]').count()).toBe(2);
    await page.reload();
    await page.locator('[data-testid=doc-item]', { hasText: '2024年全市民政工作要点' }).locator('.doc-open').click();
    await openPanel();
    await page.click('.yd-h >> text=完善社会救助制度');
    await poll(() => page.locator('[data-testid=progress-record]').allTextContents()).toEqual([
      '滞后 2024年一季度：扩围审批未完成。（录入）',
      '推进中 2024年一季度：完成低保对象摸底。（录入）',
    ]);
    await page.click('[data-testid=open-ledger]');
    await poll(() => page.textContent('[data-testid=ledger-count]')).toBe('7 / 7 项');
    const hot = page.locator('[data-testid=ledger-row].attention');
    await poll(() => hot.count()).toBeGreaterThanOrEqual(1);
    expect(await hot.first().textContent()).toContain('扩围审批未完成。');
    await page.selectOption('[data-testid=ledger-view] select[aria-label=单位]', '殡葬管理所');
    await poll(() => page.textContent('[data-testid=ledger-count]')).toBe('2 / 7 项');
    await page.selectOption('[data-testid=ledger-view] select[aria-label=单位]', '');
    await page.fill('[data-testid=ledger-view] input[aria-label=时限截至]', '2024-06-30');
    await poll(() => page.textContent('[data-testid=ledger-count]')).toBe('2 / 7 项');
    await page.fill('[data-testid=ledger-view] input[aria-label=时限截至]', '');
    await page.selectOption('[data-testid=ledger-view] select[aria-label=状态]', '滞后');
    await poll(() => page.locator('[data-testid=ledger-row]').allTextContents()).toEqual([
      expect.stringContaining('完善社会救助制度'),
    ]);
    await page.selectOption('[data-testid=ledger-view] select[aria-label=状态]', '');
    await page.screenshot({ path: join(shots, '11-ledger.png') });
    await page.locator('[data-testid=ledger-view]').getByRole('button', { name: '关闭', exact: true }).click();
  });
});

describe('exporting', () => {
  it('exports the 分工表 (.docx) and the tracking workbook (.xlsx) in browser mode', async () => {
    await page.getByRole('button', { name: '导出分工表' }).click();
    await page.locator('[data-testid=toast]', { hasText: '已导出' }).first().waitFor({ timeout: 30_000 });
    const docx = join(s.host.exportDir, '2024年全市民政工作要点任务分工表.docx');
    await poll(() => existsSync(docx)).toBe(true);
    const xml = strFromU8(unzipSync(readFileSync(docx))['word/document.xml']);
    expect(xml.match(/<w:tr>/g)).toHaveLength(8); // header + 7 tasks
    expect(xml).toContain('殡葬管理所');
    await page.getByRole('button', { name: '导出台账 .xlsx' }).click();
    const xlsx = join(s.host.exportDir, '2024年全市民政工作要点任务台账.xlsx');
    await poll(() => existsSync(xlsx)).toBe(true);
    const rows = readXlsx(xlsx).rows;
    expect(rows).toHaveLength(8);
    const first = rows.find((r) => r[2] === '完善社会救助制度')!;
    expect(first[7]).toBe('滞后');
    expect(first[8]).toBe('扩围审批未完成。');
    // one unit's own list, 牵头 and 配合 in two tables
    await page.selectOption('[data-testid=assignment-panel] select[aria-label=单位清单]', '殡葬管理所');
    await page.locator('.unit-lists').getByRole('button', { name: '.docx' }).click();
    const mine = join(s.host.exportDir, '2024年全市民政工作要点任务分工表-殡葬管理所.docx');
    await poll(() => existsSync(mine)).toBe(true);
    const unitXml = strFromU8(unzipSync(readFileSync(mine))['word/document.xml']);
    expect(unitXml.split('<w:tbl>')).toHaveLength(3);
    expect(unitXml).toContain('（殡葬管理所）');
    // the 季度进展情况 report for the 党组, as of the first quarter
    await page.selectOption('[data-testid=assignment-panel] select[aria-label=报告季度]', { label: '一季度' });
    await page.getByRole('button', { name: '季度进展报告' }).click();
    const reportFile = join(s.host.exportDir, '2024年全市民政工作要点一季度进展情况.docx');
    await poll(() => existsSync(reportFile)).toBe(true);
    const reportXml = strFromU8(unzipSync(readFileSync(reportFile))['word/document.xml']);
    expect(reportXml).toMatch(/滞后（1 项）[\s\S]*扩围审批未完成。[\s\S]*未填报（6 项）/);
  });

  it('imports the workbook a 处室 filled in, with its row-by-row report, and the 台账 shows it', async () => {
    const xlsx = join(s.host.exportDir, '2024年全市民政工作要点任务台账.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.worksheets[0];
    const r = ws.getRows(2, 7)!.find((x) => x.getCell(3).value === '发展养老服务')!;
    r.getCell(8).value = '已完成';
    r.getCell(9).value = '20个中心已建成。';
    const filled = join(s.dataDir, '养老服务处报送.xlsx');
    await wb.xlsx.writeFile(filled);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: '导入进展…' }).click(),
    ]);
    await chooser.setFiles(filled);
    await page.waitForSelector('[data-testid=import-report]');
    expect(await page.textContent('[data-testid=import-report] p')).toContain(
      '1 项有新进展，6 项无变化，0 项有冲突，0 行未导入',
    );
    await page.click('[data-testid=open-ledger]');
    await page.selectOption('[data-testid=ledger-view] select[aria-label=状态]', '已完成');
    await poll(() => page.locator('[data-testid=ledger-row]').allTextContents()).toEqual([
      expect.stringContaining('2024年一季度：20个中心已建成。'),
    ]);
    await page.locator('[data-testid=ledger-view]').getByRole('button', { name: '关闭', exact: true }).click();
  });
});
