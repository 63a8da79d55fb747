// The page view and its print in real Chromium: the notice with every element (JSON, imported through the UI)
// shows the page model's pages, and printing the page view (what 打印 / Ctrl+P prints) gives exactly those
// pages on A4 sheets, with the same text on each page. 导出 PDF writes the PDF through the contract.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJson } from '../../shared/model/interchange';
import { layoutPages } from '../../shared/page';
import { pageLines, pageSizes } from '../export/render';
import { tempDir } from '../helpers/paths';
import { everyElement } from '../export/fixtures';
import { buildRenderer, openSession, type Session } from './harness';

let s: Session;
let page: Page;
let dir: string;
const doc = everyElement();

beforeAll(async () => {
  dir = tempDir('yaodian-print-');
  const staticDir = await buildRenderer();
  s = await openSession(staticDir);
  page = s.page;
  const file = join(dir, '通知.json');
  writeFileSync(file, JSON.stringify(toJson(doc)));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await (await chooser).setFiles(file);
  await page.waitForSelector('.yd-title');
}, 240_000);

afterAll(async () => {
  await s?.close();
});

describe('the page view', () => {
  it('shows the page model’s pages', async () => {
    await page.getByRole('tab', { name: '分页预览' }).click();
    await page.waitForSelector('[data-testid=page]');
    const model = layoutPages(doc);
    expect(Number(await page.textContent('[data-testid=pv-page-count]'))).toBe(model.pageCount);
    expect(await page.locator('[data-testid=page]').count()).toBe(model.pageCount);
    await page.screenshot({ path: join(dir, 'page-view.png') });
  });

  it('prints exactly those pages, one A4 sheet each, with their text', async () => {
    const model = layoutPages(doc);
    await page.emulateMedia({ media: 'print' });
    const pdf = join(dir, 'print.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBe(model.pageCount);
    for (const [w, h] of sizes) {
      expect(w).toBeCloseTo(595.3, 0);
      expect(h).toBeCloseTo(841.9, 0);
    }
    const printed = pageLines(pdf);
    model.pages.forEach((p, i) => {
      const want = [...p.lines]
        .sort((a, b) => a.baseline - b.baseline)
        .map((l) => l.spans.map((x) => x.text).join(''))
        .join('');
      const got = (printed[i] ?? []).join('').replace(/—\s*\d+\s*—/g, '');
      // the same characters on the page (Chromium's text runs may come out of pdftotext in another order where
      // Latin digits and Chinese share a line)
      const chars = (t: string) => [...t.replace(/\s+/g, '')].sort().join('');
      expect(chars(got), `page ${i + 1}`).toBe(chars(want));
    });
    execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '5', '-png', pdf, join(dir, 'print')]);
  }, 120_000);
});

describe('导出 PDF', () => {
  it('writes the PDF through the contract, with the page model’s page count', async () => {
    await page.getByRole('button', { name: '导出 PDF' }).click();
    try {
      await page.waitForSelector('[data-testid=toast]:has-text("已导出")', { timeout: 60_000 });
    } finally {
      await page.screenshot({ path: join(dir, 'after-export.png') });
    }
    const name = `${doc.meta.noticeTitle}.pdf`;
    const files = execFileSync('find', [s.dataDir, '-name', name], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean);
    expect(files.length).toBe(1);
    expect(existsSync(files[0])).toBe(true);
    expect(pageSizes(files[0]).length).toBe(layoutPages(doc).pageCount);
  }, 120_000);
});
