// The real renderer build, served by the dev host with the shell's CSP, in Chromium: the policy the desktop
// app also sends must not block anything the renderer does (no violation, no page error, the UI appears).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDevHost, type DevHost } from '../../electron/dev-host';
import { repoRoot, tempDir } from '../helpers/paths';

let staticDir: string;
let dataDir: string;
let host: DevHost;

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'yaodian-csp-renderer-'));
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: staticDir, emptyOutDir: true },
  });
  dataDir = tempDir('yaodian-csp-data-');
  host = await startDevHost({ dataDir, staticDir });
}, 180_000);

afterAll(async () => {
  await host?.close();
  rmSync(staticDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

it('loads the renderer and its editor under the CSP without a violation or an error', async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const response = await page.goto(host.openUrl);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForFunction(() => (document.getElementById('root')?.textContent ?? '').includes('要点'), null, {
      timeout: 15_000,
    });
    // open the editor too: Slate mounts (and injects its <style>), autosave talks to the API
    await page.getByRole('button', { name: '新建', exact: true }).click();
    await page.waitForSelector('[contenteditable=true]');
    await page.click('[contenteditable=true]');
    await page.keyboard.type('2025年民政工作要点');
    // the page view draws pages with computed positions and sizes
    await page.getByRole('tab', { name: '分页预览' }).click();
    await page.waitForTimeout(300);
    await page.getByRole('tab', { name: '编辑' }).click();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-slate-editor=true]').count(), 'the Slate editor is mounted').toBeGreaterThan(0);
    expect(problems).toEqual([]);
  } finally {
    await browser.close();
  }
});
