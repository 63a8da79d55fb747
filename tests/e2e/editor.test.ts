// The editor end to end: real Chromium, the real dev host, real SQLite on a temp data dir.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../shared/import/docx';
import { flatten } from '../../shared/model/tree';
import { readSeed, repoRoot } from '../helpers/paths';
import { buildRenderer, headings, openSession, paragraphs, screenshotDir, waitSaved, type Session } from './harness';

const shots = screenshotDir();
// the Word export is written in parallel; until its module replaces the stub there is nothing to verify
const exportReady = ['shared/export/index.ts', 'electron/services/export-file.ts'].every(
  (f) => !readFileSync(join(repoRoot, f), 'utf8').includes('STUB:'),
);

/** expect.poll with room for a loaded 2-core machine */
const poll = <T>(fn: () => Promise<T> | T, opts: { timeout?: number } = {}) =>
  expect.poll(fn, { timeout: 15_000, ...opts });

let staticDir: string;
let s: Session;
let page: Page;

/**
 * A screenshot (for docs/ when asked); toasts left over from earlier steps (gone after a few seconds in real use)
 * are closed.
 */
async function shot(name: string) {
  mkdirSync(shots, { recursive: true });
  // a toast may go by itself meanwhile: do not wait the default 30 s for one that is gone
  for (const close of await page.locator('[data-testid=toast] .close').all())
    await close.click({ timeout: 1000 }).catch(() => undefined);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(shots, `${name}.png`) });
}

async function newDocument() {
  const before = await page.locator('[data-testid=doc-item]').count();
  await page.getByRole('button', { name: '新建', exact: true }).click();
  await poll(() => page.locator('[data-testid=doc-item]').count()).toBe(before + 1);
  await page.waitForSelector('.yd-title');
}

async function paste(text: string) {
  await page.evaluate((t) => {
    const el = document.querySelector('[data-testid=editor]')!;
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

async function typeInForm(name: string, value: string) {
  const field = page.locator(`[data-testid=meta-form] [name=${name}]`);
  await field.fill(value);
}

beforeAll(async () => {
  staticDir = await buildRenderer();
  s = await openSession(staticDir);
  page = s.page;
}, 180_000);

afterAll(async () => {
  await s?.close();
});

describe('outline editor', () => {
  it('shows the empty state first', async () => {
    await page.waitForSelector('[data-testid=empty-state]');
    expect(await page.textContent('[data-testid=empty-state]')).toContain('还没有文档');
    await shot('01-empty-state');
  });

  it('types a title and sections; numbers are drawn, never typed', async () => {
    await newDocument();
    await page.click('.yd-title');
    await page.keyboard.type('2025年全市民政工作要点');
    await page.keyboard.press('Enter'); // → preamble paragraph
    await page.keyboard.type('全年工作总体要求。');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // empty last paragraph → first heading
    await page.keyboard.type('坚持党的全面领导');
    await page.keyboard.press('Enter'); // end of a heading → its body
    await page.keyboard.type('抓牢思想铸魂。');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // empty item → sibling section
    await page.keyboard.type('推动社会救助高质量发展');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('加强儿童福利工作');
    expect(await headings(page)).toEqual([
      '一、坚持党的全面领导',
      '二、推动社会救助高质量发展',
      '三、加强儿童福利工作',
    ]);
    expect(await page.textContent('.yd-title')).toBe('2025年全市民政工作要点');
  });

  it('Tab / Shift+Tab demote and promote; everything renumbers', async () => {
    await page.keyboard.press('Tab'); // 三、 becomes (一) under 二、
    expect(await headings(page)).toEqual([
      '一、坚持党的全面领导',
      '二、推动社会救助高质量发展',
      '（一）加强儿童福利工作',
    ]);
    await page.click('.yd-h >> text=推动社会救助高质量发展');
    await page.keyboard.press('End');
    await page.keyboard.press('Tab'); // 二、 with its child goes under 一、
    expect(await headings(page)).toEqual([
      '一、坚持党的全面领导',
      '（一）推动社会救助高质量发展',
      '1.加强儿童福利工作',
    ]);
    await page.keyboard.press('Shift+Tab');
    expect(await headings(page)).toEqual([
      '一、坚持党的全面领导',
      '二、推动社会救助高质量发展',
      '（一）加强儿童福利工作',
    ]);
  });

  it('Alt+↑ / Alt+↓ move a section with its children', async () => {
    await page.keyboard.press('Alt+ArrowUp');
    expect(await headings(page)).toEqual([
      '一、推动社会救助高质量发展',
      '（一）加强儿童福利工作',
      '二、坚持党的全面领导',
    ]);
    // the body moved with its heading
    const order = await page.$$eval('.yd-editable > * .yd-para, .yd-editable .yd-para', (els) =>
      els.map((e) => e.textContent),
    );
    expect(order).toContain('抓牢思想铸魂。');
    await page.keyboard.press('Alt+ArrowDown');
    expect(await headings(page)).toEqual([
      '一、坚持党的全面领导',
      '二、推动社会救助高质量发展',
      '（一）加强儿童福利工作',
    ]);
  });

  it('Ctrl+Z / Ctrl+Y undo and redo moves, demotions and typing', async () => {
    await page.keyboard.press('Control+z'); // undo Alt+↓
    expect(await headings(page)).toEqual([
      '一、推动社会救助高质量发展',
      '（一）加强儿童福利工作',
      '二、坚持党的全面领导',
    ]);
    await page.keyboard.press('Control+y');
    expect(await headings(page)).toEqual([
      '一、坚持党的全面领导',
      '二、推动社会救助高质量发展',
      '（一）加强儿童福利工作',
    ]);
    await page.keyboard.type('和保护');
    expect((await headings(page))[1]).toBe('二、推动社会救助高质量发展和保护');
    await page.keyboard.press('Control+z');
    expect((await headings(page))[1]).toBe('二、推动社会救助高质量发展');
  });

  it('numbering modes and run-in headings renumber at once', async () => {
    // a second (一)-level item under 一、 and continuous numbering for level 2
    await page.click('.yd-para >> text=抓牢思想铸魂。');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // empty last body item → sibling 二、
    await page.keyboard.type('加强政治建设');
    await page.keyboard.press('Tab');
    expect(await headings(page)).toEqual([
      '一、坚持党的全面领导',
      '（一）加强政治建设',
      '二、推动社会救助高质量发展',
      '（一）加强儿童福利工作',
    ]);
    await page.click('[data-testid=panel-numbering]');
    await page.selectOption('[data-testid=numbering-2]', 'continuous');
    expect(await headings(page)).toEqual([
      '一、坚持党的全面领导',
      '（一）加强政治建设',
      '二、推动社会救助高质量发展',
      '（二）加强儿童福利工作',
    ]);
    await page.click('.yd-h >> text=加强儿童福利工作');
    await page.click('[data-testid=toggle-run-in]');
    await poll(() => page.locator('.yd-h.yd-run-in').count()).toBe(1);
    expect(await page.locator('.yd-h.yd-run-in').textContent()).toBe('（二）加强儿童福利工作。');
    // Enter at the end of a run-in heading starts its body, on the same printed line
    await page.click('.yd-h >> text=加强儿童福利工作');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('做好儿童关爱服务。');
    const runIn = page.locator('.yd-h.yd-run-in');
    expect(await runIn.textContent()).toBe('（二）加强儿童福利工作。做好儿童关爱服务。');
    const box = await runIn.boundingBox();
    expect(box!.height).toBeLessThan(50); // one line of 21.3 px text at line-height 1.75
    expect(await headings(page)).toEqual([
      '一、坚持党的全面领导',
      '（一）加强政治建设',
      '二、推动社会救助高质量发展',
      '（二）加强儿童福利工作',
    ]);
    await page.click('[data-testid=panel-meta]');
  });

  it('fills the 红头 form; 文号 gets its 〔〕 and 号', async () => {
    await typeInForm('issuer', '某市民政局');
    await typeInForm('docOrg', '某民发');
    await typeInForm('docYear', '2025');
    await typeInForm('docSeq', '3');
    expect(await page.textContent('[data-testid=doc-number-preview]')).toBe('某民发〔2025〕3号');
    await typeInForm('noticeTitle', '关于印发2025年全市民政工作要点的通知');
    await typeInForm('recipients', '各县（区）民政局');
    await typeInForm('signature', '某市民政局');
    await page.fill('[data-testid=meta-form] [name=date]', '2025-02-19');
    await page.selectOption('[data-testid=meta-form] [name=noteChoice]', '（此件公开发布）');
    await typeInForm('cc', '市委办公室，市政府办公室');
    await typeInForm('printedBy', '某市民政局办公室');
    await page.fill('[data-testid=meta-form] [name=printedDate]', '2025-02-20');
    await page.fill(
      '[data-testid=meta-form] [name=coverParagraphs]',
      '现将《2025年全市民政工作要点》印发给你们，请认真贯彻落实。',
    );
    await page.click('[data-testid=meta-form] [name=signature]'); // blur the textarea
    expect(await page.textContent('[data-testid=issuer-mark]')).toBe('某市民政局文件');
    expect(await page.textContent('[data-testid=doc-number]')).toBe('某民发〔2025〕3号');
    expect(await page.textContent('[data-testid=notice-preview]')).toContain('2025年2月19日');
    await waitSaved(page);
    await shot('02-editor');
  });

  it('finds everything persisted after a reload', async () => {
    await page.reload();
    await page.locator('[data-testid=doc-item]', { hasText: '2025年全市民政工作要点' }).locator('.doc-open').click();
    await page.waitForSelector('.yd-h');
    expect(await headings(page)).toEqual([
      '一、坚持党的全面领导',
      '（一）加强政治建设',
      '二、推动社会救助高质量发展',
      '（二）加强儿童福利工作',
    ]);
    expect(await page.locator('.yd-h.yd-run-in').textContent()).toBe('（二）加强儿童福利工作。做好儿童关爱服务。');
    expect(await page.inputValue('[data-testid=meta-form] [name=docOrg]')).toBe('某民发');
    expect(await page.textContent('[data-testid=doc-number-preview]')).toBe('某民发〔2025〕3号');
    expect(await page.inputValue('[data-testid=meta-form] [name=date]')).toBe('2025-02-19');
    expect(await page.inputValue('[data-testid=meta-form] [name=noteChoice]')).toBe('（此件公开发布）');
    expect(await page.inputValue('[data-testid=meta-form] [name=cc]')).toBe('市委办公室，市政府办公室');
    expect(await paragraphs(page)).toEqual(['全年工作总体要求。', '抓牢思想铸魂。', '做好儿童关爱服务。']);
  });

  it('jumps from the outline and moves a section by dragging it', async () => {
    await page.click('[data-testid=outline-tab]');
    await poll(() => page.locator('[data-testid=outline-row]').count()).toBe(4);
    const rows = page.locator('[data-testid=outline-row]');
    expect(await rows.allTextContents()).toEqual([
      '一、坚持党的全面领导',
      '（一）加强政治建设',
      '二、推动社会救助高质量发展',
      '（二）加强儿童福利工作',
    ]);
    // drag 二、 (with its child) above 一、
    await rows.nth(2).dragTo(rows.nth(0), { targetPosition: { x: 20, y: 2 } });
    await poll(() => headings(page)).toEqual([
      '一、推动社会救助高质量发展',
      '（一）加强儿童福利工作',
      '二、坚持党的全面领导',
      '（二）加强政治建设',
    ]);
    await shot('06-outline');
    await page.keyboard.press('Control+z');
    await poll(() => headings(page)).toEqual([
      '一、坚持党的全面领导',
      '（一）加强政治建设',
      '二、推动社会救助高质量发展',
      '（二）加强儿童福利工作',
    ]);
    await rows.nth(3).locator('.outline-link').click();
    await poll(() => page.evaluate(() => getSelection()?.anchorNode?.textContent)).toBe('加强儿童福利工作');
    await page.click('.tabs button:has-text("文档")');
  });

  it('shows the page view with page numbers and the 版记 on an even page', async () => {
    await page.getByRole('tab', { name: '分页预览' }).click();
    await page.waitForSelector('[data-testid=page]');
    const count = await page.locator('[data-testid=page]').count();
    expect(count % 2).toBe(0); // the 版记 forces an even last page
    expect(Number(await page.textContent('[data-testid=pv-page-count]'))).toBe(count);
    expect(await page.locator('[data-testid=page]').last().locator('[data-testid=colophon]').textContent()).toContain(
      '抄送：市委办公室，市政府办公室。',
    );
    expect(await page.locator('[data-testid=page-number]').first().textContent()).toBe('— 1 —');
    await shot('03-page-view');
    await page.getByRole('tab', { name: '编辑' }).click();
  });
});

/** Puts the caret (the DOM selection, as a click would) at `offset` in the first text under `selector`. */
async function caretIn(selector: string, offset: number) {
  await page.evaluate(
    ([sel, off]) => {
      const el = document.querySelector(sel as string)!;
      const text = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode() as Text;
      getSelection()!.setBaseAndExtent(text, off as number, text, off as number);
    },
    [selector, offset] as const,
  );
}

/** Which part of a run-in block the caret is in, and its offset there. */
async function caretPart(): Promise<{ part: string; offset: number }> {
  return page.evaluate(() => {
    const sel = getSelection()!;
    const node = sel.focusNode!;
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement! : (node as Element);
    const part = el.closest('.yd-part-head') ? 'head' : el.closest('.yd-part-body') ? 'body' : 'other';
    return { part, offset: sel.focusOffset };
  });
}

const runInText = () => page.locator('.yd-h.yd-joined').first().textContent();

describe('run-in joins, Enter over a selection, nothing lost on reload', () => {
  it('builds a run-in item with a body', async () => {
    await newDocument();
    await page.click('.yd-title');
    await page.keyboard.type('2026年社会救助工作要点');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // empty preamble → first heading
    await page.keyboard.type('兜牢基本生活底线');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // empty body → sibling
    await page.keyboard.type('做好救助工作');
    await page.keyboard.press('Tab');
    await page.click('[data-testid=toggle-run-in]');
    await page.click('.yd-h >> text=做好救助工作');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter'); // the run-in body, on the heading's line
    await page.keyboard.type('落实各项政策。');
    expect(await runInText()).toBe('（一）做好救助工作。落实各项政策。');
  });

  it('← and → step over the drawn 。 between heading and body', async () => {
    await caretIn('.yd-joined .yd-part-body', 0);
    await page.keyboard.press('ArrowLeft');
    await poll(caretPart).toEqual({ part: 'head', offset: 6 });
    await page.keyboard.press('ArrowRight');
    await poll(caretPart).toEqual({ part: 'body', offset: 0 });
    await page.keyboard.press('ArrowRight');
    await poll(caretPart).toEqual({ part: 'body', offset: 1 });
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await poll(caretPart).toEqual({ part: 'head', offset: 6 });
    // typing there goes into the heading, not the body
    await page.keyboard.type('甲');
    expect(await runInText()).toBe('（一）做好救助工作甲。落实各项政策。');
    expect((await headings(page))[1]).toBe('（一）做好救助工作甲');
    await page.keyboard.press('Backspace');
    expect(await runInText()).toBe('（一）做好救助工作。落实各项政策。');
  });

  it('Backspace at the start of the body and Delete at the end of the heading delete nothing, they step over the 。', async () => {
    await caretIn('.yd-joined .yd-part-body', 0);
    await page.keyboard.press('Backspace');
    expect(await runInText()).toBe('（一）做好救助工作。落实各项政策。');
    await poll(caretPart).toEqual({ part: 'head', offset: 6 });
    await page.keyboard.press('Delete');
    expect(await runInText()).toBe('（一）做好救助工作。落实各项政策。');
    await poll(caretPart).toEqual({ part: 'body', offset: 0 });
    await page.keyboard.type('乙');
    expect(await runInText()).toBe('（一）做好救助工作。乙落实各项政策。');
    expect(await paragraphs(page)).toEqual(['乙落实各项政策。']);
    await page.keyboard.press('Backspace');
    // a second Backspace after stepping over deletes the heading's last character, as in Word
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    expect(await runInText()).toBe('（一）做好救助工。落实各项政策。');
    await page.keyboard.type('作');
    expect(await runInText()).toBe('（一）做好救助工作。落实各项政策。');
  });

  it('Enter over a selection across blocks deletes it, then splits there (one undo step)', async () => {
    await caretIn('.yd-joined .yd-part-body', 7);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // empty last body paragraph → sibling item
    await page.keyboard.type('加强养老服务');
    expect(await headings(page)).toEqual(['一、兜牢基本生活底线', '（一）做好救助工作', '（二）加强养老服务']);
    // from 落实|各项政策。 in the first item's body to 加强|养老服务 in the second heading
    await page.evaluate(() => {
      const texts = [...document.querySelectorAll('.yd-editable [data-slate-string]')].map((e) => e.firstChild as Text);
      const from = texts.find((t) => t.data === '落实各项政策。')!;
      const to = texts.find((t) => t.data === '加强养老服务')!;
      getSelection()!.setBaseAndExtent(from, 2, to, 2);
    });
    await page.keyboard.press('Enter');
    expect(await headings(page)).toEqual(['一、兜牢基本生活底线', '（一）做好救助工作']);
    expect(await runInText()).toBe('（一）做好救助工作。落实');
    expect(await paragraphs(page)).toEqual(['落实', '养老服务']);
    await page.keyboard.type('丙');
    expect(await paragraphs(page)).toEqual(['落实', '丙养老服务']);
    await page.keyboard.press('Control+z'); // the typing
    await page.keyboard.press('Control+z'); // the Enter: selection and split undone together
    expect(await headings(page)).toEqual(['一、兜牢基本生活底线', '（一）做好救助工作', '（二）加强养老服务']);
    expect(await paragraphs(page)).toEqual(['落实各项政策。']);
  });

  it('keeps what was typed just before a reload', async () => {
    await page.click('.yd-h >> text=加强养老服务');
    await page.keyboard.press('End');
    await page.keyboard.type('工作');
    // well inside the autosave delay (700 ms): only the save on unload can keep it
    await page.reload();
    await page.locator('[data-testid=doc-item]', { hasText: '2026年社会救助工作要点' }).locator('.doc-open').click();
    await page.waitForSelector('.yd-h');
    expect(await headings(page)).toEqual(['一、兜牢基本生活底线', '（一）做好救助工作', '（二）加强养老服务工作']);
    expect(await runInText()).toBe('（一）做好救助工作。落实各项政策。');
  });

  it('runs the File menu commands from their shortcuts', async () => {
    await page.keyboard.press('Control+Shift+H');
    await page.waitForSelector('[data-testid=revisions-panel]');
    await page.keyboard.press('Control+Shift+F');
    await page.waitForSelector('[data-testid=panel-search][aria-selected=true]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
    await page.click('[data-testid=panel-meta]');
  });
});

describe('paste, search and export', () => {
  it('pastes a real notice into an empty document and gets its structure', async () => {
    await newDocument();
    await page.click('.yd-title');
    await paste(readSeed('jilin'));
    await poll(async () => (await headings(page)).length, { timeout: 15_000 }).toBe(50);
    const hs = await headings(page);
    expect(hs.filter((h) => /^[一二三四五六七八九十]+、/.test(h))).toHaveLength(11);
    expect(hs[0]).toMatch(/^一、持续深入学习宣传贯彻/);
    expect(hs[hs.length - 1]).toMatch(/^（三十九）加强民政干部队伍建设/);
    expect(await page.textContent('.yd-title')).toBe('2024年全省民政工作要点');
    await waitSaved(page);
  });

  it('searches across two documents and opens a hit at its section', async () => {
    await page.fill('[data-testid=search-input]', '民政');
    await page.press('[data-testid=search-input]', 'Enter');
    await page.waitForSelector('[data-testid=search-hit]');
    const docs = await page.$$eval('[data-testid=search-doc]', (els) => [...new Set(els.map((e) => e.textContent))]);
    expect(docs.length).toBe(2);
    await shot('04-search');
    await page.fill('[data-testid=search-input]', '加强政治建设');
    await page.press('[data-testid=search-input]', 'Enter');
    await poll(() => page.locator('[data-testid=search-hit]').count()).toBe(1);
    await page.click('[data-testid=search-hit]');
    await poll(() => page.textContent('.yd-title')).toBe('2025年全市民政工作要点');
  });

  it('keeps revisions (Ctrl+S) and lists them', async () => {
    await page.click('.yd-h >> text=加强政治建设');
    await page.keyboard.press('Control+s');
    await page.click('[data-testid=panel-revisions]');
    await poll(() => page.locator('[data-testid=revision]').count()).toBeGreaterThan(0);
    await shot('05-revisions');
    await page.click('[data-testid=panel-meta]');
  });

  it('compares two documents side by side', async () => {
    await page.getByRole('tab', { name: '对比往年' }).click();
    const selects = page.locator('[data-testid=compare-view] select');
    const options = await selects.nth(0).locator('option').allTextContents();
    const old = options.find((o) => o.includes('2024年全省民政工作要点'))!;
    const now = options.find((o) => o.includes('2025年全市民政工作要点'))!;
    await selects.nth(0).selectOption({ label: old });
    await selects.nth(1).selectOption({ label: now });
    await page.getByRole('button', { name: '对比', exact: true }).click();
    await page.waitForSelector('.compare-counts');
    const counts = await page.locator('.compare-counts .chip').allTextContents();
    // every section of both documents is accounted for: 50 old ones removed or matched, 4 new ones added or matched
    const n = (k: string) => Number(counts.find((c) => c.startsWith(k))!.split(' ')[1]);
    expect(n('删除') + n('移动') + n('修改') + n('未变')).toBe(50);
    expect(n('新增') + n('移动') + n('修改') + n('未变')).toBe(4);
    await shot('07-compare');
  });

  it('previews a new-year draft with every change listed, then creates it', async () => {
    await page.getByRole('tab', { name: '新年度' }).click();
    const source = page.locator('[data-testid=new-year-view] select');
    const label = (await source.locator('option').allTextContents()).find((o) => o.includes('2025年全市民政工作要点'))!;
    await source.selectOption({ label });
    expect(await page.inputValue('[data-testid=new-year-view] input[type=number]')).toBe('2026');
    await page.getByRole('button', { name: '预览改动' }).click();
    await page.waitForSelector('[data-testid=year-changes]');
    const rows = await page.locator('[data-testid=year-changes] tbody tr').allTextContents();
    expect(rows.some((r) => r.includes('2026年全市民政工作要点'))).toBe(true);
    await shot('08-new-year');
    await page.getByRole('button', { name: '生成草稿' }).click();
    await poll(() => page.textContent('.yd-title')).toBe('2026年全市民政工作要点');
    expect(await headings(page)).toEqual([
      '一、坚持党的全面领导',
      '（一）加强政治建设',
      '二、推动社会救助高质量发展',
      '（二）加强儿童福利工作',
    ]);
  });

  it('runs the proofreading checks and lists every finding', async () => {
    await page.locator('[data-testid=doc-item]', { hasText: '2024年全省民政工作要点' }).locator('.doc-open').click();
    await poll(() => page.textContent('.yd-title')).toBe('2024年全省民政工作要点');
    await page.click('[data-testid=panel-check]');
    await page.getByRole('button', { name: '检查公文规范' }).click();
    await page.waitForSelector('[data-testid=check-panel] .muted, [data-testid=check-panel] .ok-text');
    const id = await page.evaluate(async () => {
      const r = await fetch('api/call', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'documents.list', input: {} }),
      });
      const list = (await r.json()).value as Array<{ id: string; title: string }>;
      return list.find((d) => d.title.includes('2024年全省'))!.id;
    });
    const expected = await page.evaluate(async (docId) => {
      const r = await fetch('api/call', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'check.document', input: { id: docId } }),
      });
      return ((await r.json()).value as unknown[]).length;
    }, id);
    expect(await page.locator('[data-testid=finding]').count()).toBe(expected);
    await shot('09-check');
    await page.click('[data-testid=panel-meta]');
    await page.locator('[data-testid=doc-item]', { hasText: '2025年全市民政工作要点' }).locator('.doc-open').click();
    await poll(() => page.textContent('.yd-title')).toBe('2025年全市民政工作要点');
  });

  it.runIf(exportReady)('exports Word in browser mode and the .docx reads back with the same structure', async () => {
    await page.getByRole('button', { name: '导出 Word' }).click();
    await page.getByRole('button', { name: '导出', exact: true }).click(); // the export dialog's choices as they are
    const toast = page.locator('[data-testid=toast]', { hasText: '已导出' });
    await toast.waitFor({ timeout: 30_000 });
    const file = join(s.host.exportDir, '关于印发2025年全市民政工作要点的通知.docx');
    expect(existsSync(file)).toBe(true);
    const doc = await importDocx(new Uint8Array(readFileSync(file)));
    expect(doc.meta.title).toBe('2025年全市民政工作要点');
    expect(doc.meta.docNumber).toBe('某民发〔2025〕3号');
    expect(flatten(doc.sections).map((f) => f.section.heading)).toEqual([
      '坚持党的全面领导',
      '加强政治建设',
      '推动社会救助高质量发展',
      '加强儿童福利工作',
    ]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      toast.getByRole('button', { name: '再次下载' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('关于印发2025年全市民政工作要点的通知.docx');
  });
});
