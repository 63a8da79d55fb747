// A 2,000-section 要点 in real Chromium: the editor and the outline draw only what is near the screen, and nothing
// a clerk does notices — the outline jumps to any section (and typing there is saved), 查找 reveals a hit far
// down, Ctrl+End reaches the last paragraph, and a copy of everything holds every paragraph.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StoredDocument } from '../../shared/api/contract';
import { createDocument, createSection } from '../../shared/model/factory';
import type { Section, YaodianDocument } from '../../shared/model/types';
import { buildRenderer, openSession, waitSaved, callApi, type Session } from './harness';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

let staticDir: string;
let s: Session;
let page: Page;
let doc: YaodianDocument;
let id: string;

/** 100 parts × (1 + 19 items) = 2,000 sections; item n's heading is unique (“事项n”). */
function longDraft(): YaodianDocument {
  const sections: Section[] = [];
  let n = 0;
  for (let i = 1; i <= 100; i++) {
    const children: Section[] = [];
    for (let j = 0; j < 19; j++) {
      n++;
      children.push(
        createSection(2, `推进事项${n}落实`, {
          runIn: true,
          paragraphs: ['完善工作机制，加强监督检查，确保任务按期完成，切实提高群众满意度和获得感。'],
        }),
      );
    }
    sections.push(createSection(1, `第${i}部分重点工作`, { children }));
  }
  const d = createDocument({ sections });
  d.meta.title = '长文档测试要点';
  return d;
}

const api = <T>(method: string, input: unknown) => callApi<T>(page, method, input);

/** Whether the element is inside the editor's visible scroll box. */
const inView = (selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const box = document.querySelector('.paper-scroll')?.getBoundingClientRect();
    if (!el || !box) return false;
    const r = el.getBoundingClientRect();
    return r.bottom > box.top && r.top < box.bottom;
  }, selector);

beforeAll(async () => {
  staticDir = await buildRenderer();
  s = await openSession(staticDir);
  page = s.page;
  const created = await api<{ summary: { id: string } }>('documents.create', { document: longDraft() });
  id = created.summary.id;
  doc = (await api<StoredDocument>('documents.get', { id })).document;
  await page.reload();
  await page.click('[data-testid=doc-item] .doc-open');
  await page.waitForSelector('.yd-editable .yd-h');
}, 180_000);

afterAll(async () => {
  await s?.close();
});

it('draws only the sections near the screen, and the outline only the rows in view', async () => {
  const drawn = await page.locator('.yd-editable .yd-h').count();
  expect(drawn).toBeGreaterThan(10);
  expect(drawn).toBeLessThan(400); // of 2,000
  await page.click('[data-testid=outline-tab]');
  await page.waitForSelector('[data-testid=outline-row]');
  expect(await page.locator('[data-testid=outline-row]').count()).toBeLessThan(200);
  // the whole document is still one scrolling page of its full height
  const height = await page.evaluate(() => document.querySelector('.paper-scroll')!.scrollHeight);
  expect(height).toBeGreaterThan(50_000);
});

it('jumps through the outline to a far section, types there, and the typing is saved', async () => {
  const target = doc.sections[70].children[5]; // about section 1,400
  const outline = page.locator('[data-testid=outline]');
  const row = outline.locator(`[data-section-id="${target.id}"] .outline-link`);
  // scroll the outline until the row is drawn, as a user scrolls to it
  for (let i = 0; i < 300 && !(await row.count()); i++) await outline.evaluate((el) => (el.scrollTop += 500));
  await row.scrollIntoViewIfNeeded();
  await row.click();
  const heading = `.yd-editable .yd-h[data-section-id="${target.id}"]`;
  await poll(() => inView(heading)).toBe(true);
  // the caret is at the start of the heading
  await page.keyboard.type('着力');
  await waitSaved(page);
  const saved = (await api<StoredDocument>('documents.get', { id })).document;
  expect(saved.sections[70].children[5].heading).toBe(`着力${target.heading}`);
});

it('查找 reveals a hit in a part of the document that was not drawn', async () => {
  await page.keyboard.press('Control+f');
  await page.waitForSelector('[data-testid=find-bar]');
  await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('find-query');
  await page.keyboard.type('推进事项1899落实');
  await poll(() => page.textContent('[data-testid=find-status]')).toBe('共 1 处');
  await page.keyboard.press('Enter');
  await poll(() => inView('.yd-editable [data-testid=find-current]')).toBe(true);
  await page.keyboard.press('Escape');
});

it('Ctrl+End reaches the last paragraph, and Ctrl+A copies every paragraph', async () => {
  await page.click('.yd-editable [data-section-id] >> nth=0');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('完');
  await waitSaved(page);
  const saved = (await api<StoredDocument>('documents.get', { id })).document;
  expect(saved.sections[99].children[18].paragraphs[0]).toMatch(/完$/);

  await page.keyboard.press('Control+a');
  const copied = await page.evaluate(() => {
    const data = new DataTransfer();
    document
      .querySelector('[data-testid=editor]')!
      .dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    return { text: data.getData('text/plain'), html: data.getData('text/html') };
  });
  const lines = copied.text.split('\n');
  expect(lines[0]).toBe('长文档测试要点');
  expect(lines).toContain('一百、第100部分重点工作');
  expect(lines).toContain(
    '（十九）推进事项950落实。完善工作机制，加强监督检查，确保任务按期完成，切实提高群众满意度和获得感。',
  );
  expect(lines.at(-1)).toMatch(/^（十九）推进事项1900落实。.*完$/);
  expect(lines.length).toBe(1 + 2_000); // the title, one paragraph per section (the items run in)
  expect(copied.html).toContain('<p>一百、第100部分重点工作</p>');
});
