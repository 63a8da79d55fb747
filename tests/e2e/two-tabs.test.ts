// Two tabs on one document, in real Chromium against the real dev host: the stale tab's autosave must not
// revert what the other tab saved. It is refused with a Chinese message, the tab shows the stored version,
// and its own edits are kept as a revision (both versions kept).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRenderer, openSession, waitSaved, type Session } from './harness';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

let s: Session;

beforeAll(async () => {
  s = await openSession(await buildRenderer());
}, 180_000);

afterAll(async () => {
  await s?.close();
});

const titleText = (page: Page) =>
  page
    .locator('.yd-title')
    .innerText()
    .then((t) => t.replace(/\uFEFF/g, '').trim());

async function typeAtTitleEnd(page: Page, text: string) {
  await page.click('.yd-title');
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

describe('two tabs, one document', () => {
  it("refuses the stale tab's save in Chinese, shows it the stored version and keeps its edits as a revision", async () => {
    const a = s.page;
    const title = '2025年两个窗口同改要点';
    await a.getByRole('button', { name: '新建', exact: true }).click();
    await a.waitForSelector('.yd-title');
    await typeAtTitleEnd(a, title);
    await waitSaved(a);

    const b = await s.context.newPage();
    await b.goto(s.host.url);
    await b.locator('[data-testid=doc-item]', { hasText: title }).locator('.doc-open').click();
    await poll(() => titleText(b)).toBe(title);

    await typeAtTitleEnd(a, '（甲窗口）');
    await waitSaved(a);

    // tab b still holds the version from before a's save
    await typeAtTitleEnd(b, '（乙窗口）');
    await poll(() => b.textContent('[data-testid=save-status]')).toContain('另一个窗口');
    expect(await b.textContent('[data-testid=save-status]')).toContain('修订记录');
    await poll(() => titleText(b)).toBe(`${title}（甲窗口）`);

    // both versions kept: b's edits are a revision it can restore (and then save, being up to date again)
    await b.click('[data-testid=panel-revisions]');
    expect(await b.textContent('[data-testid=revision-policy]')).toContain('一个月内每天保留一个，更早的每周保留一个');
    const kept = b.locator('[data-testid=revision]', { hasText: '本窗口未保存的修改（与另一窗口冲突）' });
    await poll(() => kept.count()).toBe(1);
    await kept.getByRole('button', { name: '恢复此版本' }).click();
    await b.getByRole('button', { name: '恢复', exact: true }).click();
    await poll(() => titleText(b)).toBe(`${title}（乙窗口）`);
    await waitSaved(b);
    await a.reload();
    await a.locator('[data-testid=doc-item]', { hasText: title }).first().locator('.doc-open').click();
    await poll(() => titleText(a)).toBe(`${title}（乙窗口）`);
    await b.close();
  }, 120_000);
});
