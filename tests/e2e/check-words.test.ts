// The lexicon in the check panel, in real Chromium against the real dev host: a finding shows its source, 忽略此处
// hides it (and only it), 恢复已忽略的提示 brings it back, and the one-click fix rewrites the text.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRenderer, openSession, type Session } from './harness';

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

let s: Session;
let page: Page;

const notice = [
  '2025年全市民政工作要点',
  '一、兜牢基本民生底线',
  '（一）完善社会救助。截止2024年底，全市低保对象1.2万人。',
  '（二）发展养老服务。截止目前，已建成社区养老服务中心86个。',
].join('\n');

beforeAll(async () => {
  s = await openSession(await buildRenderer());
  page = s.page;
  await page.evaluate(async (text) => {
    await fetch('api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'import.text', input: { text } }),
    });
  }, notice);
  await page.reload();
}, 180_000);

afterAll(async () => {
  await s?.close();
});

const findingsWith = (text: string) => page.locator('[data-testid=finding]', { hasText: text });

describe('lexicon findings in the check panel', () => {
  it('shows the source, ignores here, restores, and fixes in one click', async () => {
    await page.locator('[data-testid=doc-item]', { hasText: '2025年全市民政工作要点' }).locator('.doc-open').click();
    await page.click('[data-testid=panel-check]');
    await page.getByRole('button', { name: '检查公文规范' }).click();
    await poll(() => findingsWith('“截止”应为“截至”').count()).toBe(2);
    expect(
      await findingsWith('“截止”应为“截至”').first().locator('[data-testid=finding-source]').textContent(),
    ).toContain('现代汉语词典');

    await findingsWith('“截止”应为“截至”').first().getByRole('button', { name: '忽略此处' }).click();
    await poll(() => findingsWith('“截止”应为“截至”').count()).toBe(1);
    await page.getByRole('button', { name: '恢复已忽略的提示' }).click();
    await poll(() => findingsWith('“截止”应为“截至”').count()).toBe(2);

    await findingsWith('“截止”应为“截至”').first().getByRole('button', { name: '改为“截至”' }).click();
    await poll(() => findingsWith('“截止”应为“截至”').count()).toBe(1);
    await poll(() => page.locator('[data-testid=editor]').textContent()).toContain('截至2024年底');
  });
});
