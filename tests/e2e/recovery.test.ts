// What a browser-mode user sees after the data file was damaged: the host rebuilt it from the automatic backup
// with what the damaged file still held, the page says so in Chinese, and every document is in the list, the
// edited one at its last saved text. Real Chromium, the real host, a real damaged SQLite file.
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../electron/services/service-context';
import { createDocument, createSection } from '../../shared/model/factory';
import { tempDir } from '../helpers/paths';
import { buildRenderer, openSession, type Session } from './harness';
import { saveEdit } from '../helpers/save-edit';

const TITLES = ['2022年全县民政工作要点', '2023年全县民政工作要点', '2024年全县民政工作要点'];

let staticDir: string;
let s: Session | undefined;

beforeAll(async () => {
  staticDir = await buildRenderer();
}, 180_000);

afterAll(async () => {
  await s?.close();
});

/** Three documents kept by the day's backup, one edited after it, then a page of the sections zeroed. */
async function damagedDataDir(): Promise<string> {
  const dir = tempDir('yaodian-e2e-recovery-');
  const first = openServices({ dataDir: dir });
  const ids: string[] = [];
  for (const title of TITLES) {
    const sections = Array.from({ length: 12 }, (_, i) =>
      createSection(1, `任务${i + 1}`, { paragraphs: [`${'推进基层民政服务能力建设，'.repeat(40)}${title}`] }),
    );
    ids.push(
      (
        await first.handlers['documents.create']({
          document: { ...createDocument({ sections }), meta: { ...createDocument().meta, title } },
        })
      ).summary.id,
    );
  }
  first.close(); // the day's first close keeps the backup
  const second = openServices({ dataDir: dir });
  const saved = await saveEdit(second.call, ids[2], (d) => {
    const doc = structuredClone(d);
    doc.sections[0].heading = '最新修改的任务';
    return doc;
  });
  if (!saved.ok) throw new Error(saved.error.message);
  second.close();
  const path = join(dir, 'yaodian.db');
  const db = new Database(path, { readonly: true });
  const leaves = db
    .prepare("SELECT pageno FROM dbstat WHERE name = 'sections' AND pagetype = 'leaf' ORDER BY pageno")
    .all() as Array<{ pageno: number }>;
  db.close();
  const bytes = readFileSync(path);
  const page = leaves[Math.floor(leaves.length / 2)].pageno;
  bytes.fill(0, (page - 1) * 4096, page * 4096);
  writeFileSync(path, bytes);
  return dir;
}

describe('a damaged data file in browser mode', () => {
  it('shows what was recovered, and every document', async () => {
    s = await openSession(staticDir, { dataDir: await damagedDataDir() });
    const notice = s.page.locator('[data-testid=confirm]');
    await notice.waitFor({ timeout: 20_000 });
    const text = await notice.textContent();
    expect(text).toContain('打开数据文件时的提示');
    expect(text).toMatch(/程序已自动恢复。先用 .+ 的自动备份恢复了 3 份文档/);
    expect(text).toContain('现在共有 3 份文档');
    await notice.getByRole('button', { name: '知道了' }).click();
    await expect.poll(() => s!.page.locator('[data-testid=doc-item]').count(), { timeout: 15_000 }).toBe(3);
    const items = await s.page.locator('[data-testid=doc-item]').allTextContents();
    for (const title of TITLES)
      expect(
        items.some((t) => t.includes(title)),
        title,
      ).toBe(true);
    await s.page.locator('[data-testid=doc-item]', { hasText: TITLES[2] }).click();
    await expect
      .poll(() => s!.page.locator('.yd-editable .yd-h').first().textContent(), { timeout: 15_000 })
      .toContain('最新修改的任务');
    // shown once: a reload does not repeat it
    await s.page.reload();
    await expect.poll(() => s!.page.locator('[data-testid=doc-item]').count(), { timeout: 15_000 }).toBe(3);
    expect(await s.page.locator('[data-testid=confirm]').count()).toBe(0);
  }, 120_000);
});
