// Pasting a copy of a web page in real Chromium: the clipboard's HTML flavour is read (its plain text, as
// some browsers give it, runs the paragraphs together), and the notice lands with its structure and title.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../helpers/paths';
import { savedPage } from '../formats/saved-page';
import { buildRenderer, headings, openSession, waitSaved, type Session } from './harness';

let s: Session;
let page: Page;

beforeAll(async () => {
  s = await openSession(await buildRenderer());
  page = s.page;
}, 180_000);

afterAll(async () => {
  await s?.close();
});

describe('paste from a web page', () => {
  it('takes the HTML flavour and imports the notice without the page around it', async () => {
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await page.waitForSelector('.yd-title');
    await page.click('.yd-title');
    const html = savedPage(readSeed('jilin'), '吉林省民政厅关于印发《2024年全省民政工作要点》的通知');
    await page.evaluate((h) => {
      const dt = new DataTransfer();
      dt.setData('text/html', h);
      // the plain flavour of a copied page: one long run, no paragraph breaks to import by
      dt.setData('text/plain', h.replace(/<[^>]*>/g, '').replace(/\s+/g, ' '));
      document
        .querySelector('[data-testid=editor]')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, html);
    await expect.poll(async () => (await headings(page)).length, { timeout: 20_000 }).toBe(50);
    expect(await page.textContent('.yd-title')).toBe('2024年全省民政工作要点');
    const text = await page.textContent('[data-testid=editor]');
    for (const chrome of ['当前位置', '字体：', '版权所有', '相关链接', '2023年全省民政工作要点'])
      expect(text).not.toContain(chrome);
    await waitSaved(page);
  }, 60_000);
});
