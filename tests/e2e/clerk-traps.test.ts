// The traps a clerk hits in the first hour (issue 11), end to end: real Chromium, the real dev host, real SQLite.
// Each test fails on the app before the fix: typed text lost, a wrong document, a save that silently stops.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevHost, type DevHost } from '../../electron/dev-host';
import { buildRenderer, headings, openSession, paragraphs, waitSaved, callApi, type Session } from './harness';

const poll = <T>(fn: () => Promise<T> | T, opts: { timeout?: number } = {}) =>
  expect.poll(fn, { timeout: 15_000, ...opts });

let staticDir: string;
let s: Session;
let page: Page;

const api = <T>(method: string, input: unknown) => callApi<T>(page, method, input);

async function newDocument(title: string) {
  const before = await page.locator('[data-testid=doc-item]').count();
  await page.getByRole('button', { name: '新建', exact: true }).click();
  await poll(() => page.locator('[data-testid=doc-item]').count()).toBe(before + 1);
  await page.waitForSelector('.yd-title');
  await page.click('.yd-title');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // empty preamble → first heading
}

async function openDoc(title: string) {
  await page.locator('[data-testid=doc-item]', { hasText: title }).locator('.doc-open').click();
  await poll(() => page.textContent('.yd-title')).toBe(title);
}

async function currentId(): Promise<string> {
  const list = await api<Array<{ id: string; title: string; updatedAt: string }>>('documents.list', {});
  const title = await page.textContent('.yd-title');
  return list.find((d) => d.title === title)!.id;
}

beforeAll(async () => {
  staticDir = await buildRenderer();
  s = await openSession(staticDir);
  page = s.page;
}, 180_000);

/** the host started again by the reconnect test, on the first one's port and data */
let restarted: DevHost | null = null;

afterAll(async () => {
  await s?.close();
  await restarted?.close();
});

describe('focus goes back to the text after a toolbar button', () => {
  it('types into the new section after ＋章节, and Space after 降级 never presses the button again', async () => {
    await newDocument('2027年焦点测试要点');
    await page.keyboard.type('甲');
    await page.getByRole('button', { name: '＋章节' }).click();
    await page.keyboard.type('乙');
    expect(await headings(page)).toEqual(['一、甲', '二、乙']);
    await page.getByRole('button', { name: '降级' }).click();
    await page.keyboard.type('丙');
    expect(await headings(page)).toEqual(['一、甲', '（一）乙丙']);
    // Space picks an input-method candidate: it must not press 升级 (or any button) again
    await page.getByRole('button', { name: '升级' }).click();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    expect((await headings(page)).slice(0, 2)).toEqual(['一、甲', '二、乙丙']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor');
  });
});

describe('run-in headings typed the Word way', () => {
  it('"标题。正文" typed in a heading becomes a run-in heading with its body', async () => {
    await newDocument('2027年接排测试要点');
    await page.keyboard.type('兜牢民生底线');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // empty body → sibling
    await page.keyboard.press('Tab');
    await page.keyboard.type('完善低保制度。全面落实最低生活保障制度');
    await poll(() => headings(page)).toEqual(['一、兜牢民生底线', '（一）完善低保制度']);
    expect(await paragraphs(page)).toEqual(['全面落实最低生活保障制度']);
    expect(await page.locator('.yd-h.yd-joined').textContent()).toBe('（一）完善低保制度。全面落实最低生活保障制度');
    // typing goes on in the body, and Backspace at its start steps over the 。 without dropping it
    await page.keyboard.type('。');
    expect(await paragraphs(page)).toEqual(['全面落实最低生活保障制度。']);
    await page.evaluate(() => {
      const text = document.querySelector('.yd-joined .yd-part-body [data-slate-string]')!.firstChild as Text;
      getSelection()!.setBaseAndExtent(text, 0, text, 0);
    });
    await page.keyboard.press('Backspace');
    expect(await page.locator('.yd-h.yd-joined').textContent()).toBe('（一）完善低保制度。全面落实最低生活保障制度。');
    await waitSaved(page);
    const doc = await api<{
      document: { sections: Array<{ children: Array<{ heading: string; runIn: boolean; paragraphs: string[] }> }> };
    }>('documents.get', { id: await currentId() });
    expect(doc.document.sections[0].children[0]).toMatchObject({
      heading: '完善低保制度',
      runIn: true,
      paragraphs: ['全面落实最低生活保障制度。'],
    });
  });
});

describe('one bad field never stops saving', () => {
  it('a five-digit year in 成文日期 is refused beside the field; the rest keeps saving', async () => {
    await newDocument('2027年日期测试要点');
    await page.keyboard.type('保存测试');
    await page.click('[data-testid=panel-meta]');
    await page.fill('[data-testid=meta-form] [name=date]', '2027-01-15');
    await waitSaved(page);
    // the value Chromium gives a date input when a year of five digits is typed into it
    await page.$eval('[data-testid=meta-form] [name=date]', (el: HTMLInputElement) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(el, '20270-01-15');
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await poll(() => page.textContent('[data-testid=field-error-date]')).toContain('成文日期');
    await page.click('.yd-h >> text=保存测试');
    await page.keyboard.press('End');
    await page.keyboard.type('继续');
    await waitSaved(page);
    const stored = await api<{ document: { meta: { date: string }; sections: Array<{ heading: string }> } }>(
      'documents.get',
      { id: await currentId() },
    );
    expect(stored.document.sections[0].heading).toBe('保存测试继续');
    expect(stored.document.meta.date).toBe('2027-01-15');
  });

  it('a text too long for its field is refused beside it, and saving goes on', async () => {
    await page.fill('[data-testid=meta-form] [name=recipients]', '各县民政局'.repeat(500));
    await poll(() => page.textContent('[data-testid=field-error-recipients]')).toContain('主送机关');
    await page.click('.yd-h >> text=保存测试继续');
    await page.keyboard.press('End');
    await page.keyboard.type('二');
    await waitSaved(page);
    const stored = await api<{ document: { sections: Array<{ heading: string }> } }>('documents.get', {
      id: await currentId(),
    });
    expect(stored.document.sections[0].heading).toBe('保存测试继续二');
  });
});

describe('restore keeps the present', () => {
  it('恢复此版本 first keeps the current content as a revision', async () => {
    await newDocument('2027年恢复测试要点');
    await page.keyboard.type('第一稿');
    await page.keyboard.press('Control+s');
    await page.click('[data-testid=panel-revisions]');
    const manual = page.locator('[data-testid=revision]', { hasText: '手动保存' });
    await poll(() => manual.count()).toBe(1);
    await page.click('.yd-h >> text=第一稿');
    await page.keyboard.press('End');
    await page.keyboard.type('又改了');
    await waitSaved(page);
    await manual.getByRole('button', { name: '恢复此版本' }).click();
    await page.getByRole('button', { name: '恢复', exact: true }).click();
    await poll(() => headings(page)).toEqual(['一、第一稿']);
    await page.reload();
    await openDoc('2027年恢复测试要点');
    const id = await currentId();
    const revs = await api<Array<{ id: string; reason: string }>>('revisions.list', { documentId: id });
    const kept = revs.find((r) => r.reason === 'restore');
    expect(kept).toBeDefined();
    const rev = await api<{ document: { sections: Array<{ heading: string }> } }>('revisions.get', {
      revisionId: kept!.id,
    });
    expect(rev.document.sections[0].heading).toBe('第一稿又改了');
    await page.click('[data-testid=panel-meta]');
  });
});

describe('文号 boxes', () => {
  it('a whole 文号 pasted into one box splits into its parts; full-width digits are read; no stray 〔〕', async () => {
    await page.click('[data-testid=panel-meta]');
    const org = page.locator('[data-testid=meta-form] [name=docOrg]');
    await org.focus();
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid=meta-form] [name=docOrg]')!;
      const dt = new DataTransfer();
      dt.setData('text/plain', '咸民发〔2027〕1号');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await poll(() => page.textContent('[data-testid=doc-number-preview]')).toBe('咸民发〔2027〕1号');
    expect(await org.inputValue()).toBe('咸民发');
    expect(await page.inputValue('[data-testid=meta-form] [name=docYear]')).toBe('2027');
    expect(await page.inputValue('[data-testid=meta-form] [name=docSeq]')).toBe('1');
    await page.fill('[data-testid=meta-form] [name=docYear]', '２０２８');
    await poll(() => page.textContent('[data-testid=doc-number-preview]')).toBe('咸民发〔2028〕1号');
    await page.fill('[data-testid=meta-form] [name=docYear]', '');
    await poll(() => page.textContent('[data-testid=doc-number-preview]')).not.toContain('〔〕');
  });
});

describe('panels and views belong to one document', () => {
  it('check results are cleared when another document opens', async () => {
    await openDoc('2027年焦点测试要点');
    await page.click('[data-testid=panel-check]');
    await page.getByRole('button', { name: '检查公文规范' }).click();
    await page.waitForSelector('[data-testid=check-panel] .ok-text, [data-testid=finding]');
    await openDoc('2027年接排测试要点');
    // the old findings are not shown as if they were this document's
    await poll(() => page.locator('[data-testid=check-panel]').getAttribute('data-document-id')).toBe(
      await currentId(),
    );
    const shown = await page.locator('[data-testid=finding]').count();
    const fresh = (await api<unknown[]>('check.document', { id: await currentId() })).length;
    expect(shown === 0 || shown === fresh).toBe(true);
    await page.click('[data-testid=panel-meta]');
  });

  it('a document opens at its top, not at the previous one scroll offset; the last one reopens after reload', async () => {
    await newDocument('2027年很长的要点');
    const long = Array.from({ length: 60 }, (_, i) => `${i + 1}.第${i + 1}项工作。抓好落实。`).join('\n');
    await page.evaluate((t) => {
      const el = document.querySelector('[data-testid=editor]')!;
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, long);
    await poll(async () => (await headings(page)).length).toBeGreaterThan(30);
    await waitSaved(page);
    await page.$eval('[data-testid=edit-view]', (el) => (el.scrollTop = el.scrollHeight));
    await openDoc('2027年焦点测试要点');
    await poll(() => page.$eval('[data-testid=edit-view]', (el) => el.scrollTop)).toBe(0);
    await page.reload();
    await poll(() => page.textContent('.yd-title').catch(() => null)).toBe('2027年焦点测试要点');
  });
});

describe('completeness before export', () => {
  it('规范检查 lists a missing 要点 title and an empty heading; 导出 Word warns and still exports', async () => {
    const before = await page.locator('[data-testid=doc-item]').count();
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await poll(() => page.locator('[data-testid=doc-item]').count()).toBe(before + 1);
    await page.click('.yd-title');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter'); // no title; first heading
    await page.keyboard.type('只有标题的一节');
    await page.keyboard.press('Control+Enter'); // an empty sibling left empty
    await waitSaved(page);
    await page.click('[data-testid=panel-check]');
    await page.getByRole('button', { name: '检查公文规范' }).click();
    await page.waitForSelector('[data-testid=finding]');
    const texts = await page.locator('[data-testid=finding]').allTextContents();
    expect(texts.some((t) => t.includes('缺少要点标题'))).toBe(true);
    expect(texts.some((t) => t.includes('二、') && t.includes('空的章节'))).toBe(true);
    await page.getByRole('button', { name: '导出 Word' }).click();
    await page.locator('[data-testid=toast]', { hasText: '导出的文档还不完整' }).waitFor();
    await page.getByRole('button', { name: '导出', exact: true }).click();
    await page.locator('[data-testid=toast]', { hasText: '已导出' }).waitFor({ timeout: 30_000 });
    await page.click('[data-testid=panel-meta]');
  });
});

describe('views and very large input', () => {
  it('an empty heading shows its placeholder inline, on the line of its number', async () => {
    await newDocument('2027年占位测试要点');
    const empty = page.locator('.yd-h.yd-empty').first();
    const box = await empty.boundingBox();
    expect(box!.height).toBeLessThan(50); // one line of the heading's size, not two
    await page.keyboard.type('有了标题');
    const filled = await page.locator('.yd-h', { hasText: '有了标题' }).boundingBox();
    expect(Math.abs(filled!.height - box!.height)).toBeLessThan(4);
  });

  it('a 20 MB paste is refused with a clear Chinese message and changes nothing', async () => {
    const before = await headings(page);
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid=editor]')!;
      const dt = new DataTransfer();
      dt.setData('text/plain', '一、加强党的建设\n'.repeat(2_500_000));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await page.locator('[data-testid=toast]', { hasText: '粘贴的内容过大' }).waitFor();
    expect(await page.locator('[data-testid=toast]', { hasText: '无法用中文数字表示' }).count()).toBe(0);
    expect(await headings(page)).toEqual(before);
  });
});

describe('years', () => {
  it('a notice is filed under the year it is for, and same titles are told apart in the list', async () => {
    await newDocument('全区民政工作要点');
    await page.keyboard.type('兜牢民生底线');
    await page.click('[data-testid=panel-meta]');
    await page.fill('[data-testid=meta-form] [name=noticeTitle]', '关于印发2025年全区民政工作要点的通知');
    await waitSaved(page);
    const year = async (title: string) =>
      (await api<Array<{ title: string; year: number | null }>>('documents.list', {}))
        .filter((d) => d.title === title)
        .map((d) => d.year);
    await poll(() => year('全区民政工作要点')).toEqual([2025]);
    await poll(() =>
      page.locator('.doc-list section', { hasText: '全区民政工作要点' }).locator('h4').textContent(),
    ).toBe('2025 年');
    // a second document with the same title: the two list rows differ
    await newDocument('全区民政工作要点');
    await page.fill('[data-testid=meta-form] [name=noticeTitle]', '关于印发2025年全区民政工作要点的通知');
    await waitSaved(page);
    await poll(() => year('全区民政工作要点')).toEqual([2025, 2025]);
    const rows = await page.locator('[data-testid=doc-item]', { hasText: '全区民政工作要点' }).allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).not.toBe(rows[1]);
  });
});

describe('新年度 review list survives in the draft', () => {
  it('请核对 places are marked in the draft and listed by 规范检查 until each is resolved', async () => {
    await newDocument('2025年全县养老工作要点');
    await page.keyboard.type('推进养老服务。2025年是“十四五”规划收官之年，确保2025年底前建成服务中心。');
    await waitSaved(page);
    await page.getByRole('tab', { name: '新年度' }).click();
    const source = page.locator('[data-testid=new-year-view] select');
    const label = (await source.locator('option').allTextContents()).find((o) => o.includes('2025年全县养老工作要点'))!;
    await source.selectOption({ label });
    await page.getByRole('button', { name: '预览改动' }).click();
    await page.waitForSelector('[data-testid=year-changes]');
    // a 请核对 row never shows the same text as 原文 and 改为 as if it had changed
    for (const row of await page.locator('[data-testid=year-changes] tbody tr.row-review').all()) {
      const [, before, after] = await row.locator('td').allTextContents();
      expect(after).not.toBe(before);
      expect(after).toMatch(/^未改动.*(请确认|不再成立|保持不变|顺延)/);
    }
    await page.getByRole('button', { name: '生成草稿' }).click();
    await poll(() => page.textContent('.yd-title')).toBe('2026年全县养老工作要点');
    await poll(() => page.locator('[data-testid=review-mark]').count()).toBe(1);
    expect(await page.locator('[data-testid=review-mark]').getAttribute('title')).toMatch(/收官之年|目标时间/);
    await page.click('[data-testid=panel-check]');
    await page.getByRole('button', { name: '检查公文规范' }).click();
    const reviews = page.locator('[data-testid=finding]', { hasText: '请核对' });
    await poll(() => reviews.count()).toBeGreaterThan(0);
    const n = await reviews.count();
    // it survives a reload
    await page.reload();
    await poll(() => page.textContent('.yd-title').catch(() => null)).toBe('2026年全县养老工作要点');
    await poll(() => page.locator('[data-testid=review-mark]').count()).toBe(1);
    await page.click('[data-testid=panel-check]');
    await page.getByRole('button', { name: '检查公文规范' }).click();
    await poll(() => reviews.count()).toBe(n);
    for (let i = n; i > 0; i--) {
      await reviews.first().getByRole('button', { name: '已核对' }).click();
      await poll(() => reviews.count()).toBe(i - 1);
    }
    await poll(() => page.locator('[data-testid=review-mark]').count()).toBe(0);
    await page.click('[data-testid=panel-meta]');
  });
});

describe('find and replace (Ctrl+F / Ctrl+H)', () => {
  it('finds in headings, body and the 红头, goes next and previous, replaces all in one undo step', async () => {
    await newDocument('2027年低保工作要点');
    await page.keyboard.type('做好低保工作。落实低保标准');
    await page.keyboard.press('Enter');
    await page.keyboard.type('低保资金按月发放。');
    await page.click('[data-testid=panel-meta]');
    await page.fill('[data-testid=meta-form] [name=recipients]', '各县低保中心');
    await page.click('.yd-title');
    await page.keyboard.press('Control+f');
    await page.waitForSelector('[data-testid=find-bar]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('find-query');
    await page.keyboard.type('低保');
    // title, heading, run-in body, second paragraph, 主送机关
    await poll(() => page.textContent('[data-testid=find-status]')).toBe('共 5 处');
    await poll(() => page.locator('.yd-editable [data-testid=find-hit]').count()).toBe(4);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await page.textContent('[data-testid=find-status]')).toBe('第 2 处，共 5 处');
    expect(await page.locator('.yd-editable [data-testid=find-current]').textContent()).toBe('低保');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.press('Shift+Enter');
    expect(await page.textContent('[data-testid=find-status]')).toBe('第 5 处，共 5 处'); // wrapped to the 红头 field
    await page.keyboard.press('Control+h');
    await page.fill('[data-testid=find-replacement]', '最低生活保障');
    await page.getByRole('button', { name: '全部替换' }).click();
    await page.locator('[data-testid=toast]', { hasText: '已全部替换，共 5 处' }).waitFor();
    expect(await page.textContent('.yd-title')).toBe('2027年最低生活保障工作要点');
    expect(await headings(page)).toEqual(['一、做好最低生活保障工作']);
    expect(await paragraphs(page)).toEqual(['落实最低生活保障标准', '最低生活保障资金按月发放。']);
    expect(await page.inputValue('[data-testid=meta-form] [name=recipients]')).toBe('各县最低生活保障中心');
    // one undo step brings every replaced place back
    await page.getByRole('button', { name: '撤销', exact: true }).first().click();
    expect(await headings(page)).toEqual(['一、做好低保工作']);
    expect(await paragraphs(page)).toEqual(['落实低保标准', '低保资金按月发放。']);
    expect(await page.inputValue('[data-testid=meta-form] [name=recipients]')).toBe('各县低保中心');
    await page.keyboard.press('Escape');
  });

  it('a jump from the all-years 查找 marks the words in the document', async () => {
    await waitSaved(page);
    await page.fill('[data-testid=search-input]', '按月发放');
    await page.press('[data-testid=search-input]', 'Enter');
    await page.locator('[data-testid=search-hit]').first().click();
    await poll(() =>
      page.locator('.yd-editable [data-testid=find-hit], .yd-editable [data-testid=find-current]').count(),
    ).toBe(1);
    await page.click('[data-testid=panel-meta]');
  });
});

describe('export choices and a real browser download', () => {
  /** Exports the open document through the dialog; returns the browser download. */
  async function exportWith(opts: { profile?: string; seal?: boolean } = {}) {
    await page.getByRole('button', { name: '导出 Word' }).click();
    const dialog = page.locator('[data-testid=export-dialog]');
    await dialog.waitFor();
    if (opts.profile) await dialog.locator('[name=profile]').selectOption(opts.profile);
    if (opts.seal !== undefined) await dialog.locator('[name=withSeal]').setChecked(opts.seal);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: '导出', exact: true }).click(),
    ]);
    await page.locator('[data-testid=toast]', { hasText: '已导出' }).last().waitFor({ timeout: 30_000 });
    return download;
  }

  it('exports with the chosen profile as a download named after the document, and remembers the choice', async () => {
    await newDocument('2027年导出测试要点');
    await page.keyboard.type('兜牢民生底线');
    await waitSaved(page);
    const download = await exportWith({ profile: 'gbt9704-2012-fangsong', seal: true });
    expect(download.suggestedFilename()).toBe('2027年导出测试要点.docx');
    const file = await download.path();
    const { unzipSync, strFromU8 } = await import('fflate');
    const { readFileSync } = await import('node:fs');
    const parts = unzipSync(new Uint8Array(readFileSync(file)));
    const xml = Object.entries(parts)
      .filter(([n]) => n.startsWith('word/') && n.endsWith('.xml'))
      .map(([, b]) => strFromU8(b))
      .join('');
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).not.toContain('仿宋_GB2312');
    // the next export of this document starts from the same choices
    await page.getByRole('button', { name: '导出 Word' }).click();
    const dialog = page.locator('[data-testid=export-dialog]');
    expect(await dialog.locator('[name=profile]').inputValue()).toBe('gbt9704-2012-fangsong');
    expect(await dialog.locator('[name=withSeal]').isChecked()).toBe(true);
    await dialog.getByRole('button', { name: '取消' }).click();
  });

  it('a document with the same title gets its own file name, with the default choices', async () => {
    await newDocument('2027年导出测试要点');
    await page.keyboard.type('另一份');
    await waitSaved(page);
    await page.getByRole('button', { name: '导出 Word' }).click();
    const dialog = page.locator('[data-testid=export-dialog]');
    expect(await dialog.locator('[name=profile]').inputValue()).toBe('gbt9704-2012');
    expect(await dialog.locator('[name=withSeal]').isChecked()).toBe(false);
    await dialog.getByRole('button', { name: '取消' }).click();
    const download = await exportWith();
    expect(download.suggestedFilename()).toMatch(/^2027年导出测试要点（[0-9a-f]{8}）\.docx$/);
  });
});

describe('对比往年 options', () => {
  it('ignoring punctuation width and spaces leaves only real changes', async () => {
    await newDocument('2026年对比测试要点');
    await page.keyboard.type('落实低保,提高 标准');
    await waitSaved(page);
    await newDocument('2027年对比测试要点');
    await page.keyboard.type('落实低保，提高标准');
    await waitSaved(page);
    await page.getByRole('tab', { name: '对比往年' }).click();
    const selects = page.locator('[data-testid=compare-view] select');
    const options = await selects.nth(0).locator('option').allTextContents();
    await selects.nth(0).selectOption({ label: options.find((o) => o.includes('2026年对比测试要点'))! });
    await selects.nth(1).selectOption({ label: options.find((o) => o.includes('2027年对比测试要点'))! });
    await page.getByRole('button', { name: '对比', exact: true }).click();
    const chip = (k: string) => page.locator('.compare-counts .chip', { hasText: k }).textContent();
    await poll(() => chip('修改')).toBe('修改 1');
    await page.check('[data-testid=compare-view] [name=ignorePunctuationWidth]');
    await page.check('[data-testid=compare-view] [name=ignoreWhitespace]');
    await poll(() => chip('未变')).toBe('未变 1');
    expect(await chip('修改')).toBe('修改 0');
    await page.getByRole('tab', { name: '编辑' }).click();
  });
});

describe('browser mode: the host restarts under an open tab', () => {
  it('keeps what was typed while the host was down, shows it, and saves it once the host is back', async () => {
    await newDocument('2027年断线测试要点');
    await page.keyboard.type('连接时');
    await waitSaved(page);
    const { port } = s.host;
    await s.host.close();
    await page.keyboard.type('断开后');
    await poll(() => page.textContent('[data-testid=connection-status]').catch(() => null)).toContain('正在重新连接');
    expect(await headings(page)).toEqual(['一、连接时断开后']);
    restarted = await startDevHost({ dataDir: s.dataDir, port, staticDir });
    await poll(() => page.textContent('[data-testid=save-status]'), { timeout: 20_000 }).toMatch(/^已保存/);
    const list = await api<Array<{ id: string; title: string }>>('documents.list', {});
    const id = list.find((d) => d.title === '2027年断线测试要点')!.id;
    const stored = await api<{ document: { sections: Array<{ heading: string }> } }>('documents.get', { id });
    expect(stored.document.sections[0].heading).toBe('连接时断开后');
  });
});
