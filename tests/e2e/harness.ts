// End-to-end harness: the renderer built once per test file into a temp folder, the real dev host
// (real SQLite) on a temp data dir, and Debian's Chromium driven by playwright-core with a fresh profile.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { startDevHost, type DevHost } from '../../electron/dev-host';
import { repoRoot } from '../helpers/paths';

/**
 * Where e2e screenshots go: a temp folder, so a test never writes into tracked files; `npm run screenshots`
 * sets YAODIAN_SCREENSHOTS to refresh the README's pictures in docs/screenshots on purpose.
 */
export function screenshotDir(): string {
  const dir = process.env.YAODIAN_SCREENSHOTS
    ? join(repoRoot, process.env.YAODIAN_SCREENSHOTS)
    : mkdtempSync(join(tmpdir(), 'yaodian-shots-'));
  mkdirSync(dir, { recursive: true });
  return dir;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--lang=zh-CN',
];

/** Builds the renderer with the project's vite.config.ts into a fresh folder; returns that folder. */
export async function buildRenderer(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'yaodian-renderer-'));
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  if (!existsSync(join(outDir, 'index.html'))) throw new Error('renderer build produced no index.html');
  return outDir;
}

export interface Session {
  host: DevHost;
  context: BrowserContext;
  page: Page;
  dataDir: string;
  close(): Promise<void>;
}

/** Starts the dev host on `dataDir` (a new temp dir by default) and opens its page in Chromium. */
export async function openSession(
  staticDir: string,
  opts: { dataDir?: string; viewport?: { width: number; height: number }; extraArgs?: string[] } = {},
): Promise<Session> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'yaodian-data-'));
  const host = await startDevHost({ dataDir, port: 0, staticDir });
  const profile = mkdtempSync(join(tmpdir(), 'yaodian-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(opts.extraArgs ?? [])],
    viewport: opts.viewport ?? { width: 1440, height: 900 },
    locale: 'zh-CN',
    // date pickers take the browser's locale from LANGUAGE (2025/02/19, as on a Chinese PC); LANG stays UTF-8
    // so that downloads keep their Chinese file names
    env: { ...process.env, LANG: 'C.UTF-8', LANGUAGE: 'zh_CN:zh' },
    acceptDownloads: true,
  });
  // tsx compiles functions passed to page.evaluate with esbuild's keepNames helper; give the page a no-op one
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(host.openUrl); // the one-time ticket gives this browser the host's secret
  return {
    host,
    context,
    page,
    dataDir,
    async close() {
      await context.close().catch(() => undefined);
      await host.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
      if (errors.length) console.warn('page errors:', errors.join('\n'));
    },
  };
}

/** Text of every heading in the editor with its drawn number, in document order (without a run-in body or 。). */
export async function headings(page: Page): Promise<string[]> {
  return page.$$eval('.yd-editable .yd-h', (els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('.yd-part-body, .yd-runin-stop, .yd-review').forEach((e) => e.remove());
      return (copy.textContent ?? '').replace(/\uFEFF/g, '').trim();
    }),
  );
}

/** Text of every body paragraph in the editor, run-in bodies included, in document order. */
export async function paragraphs(page: Page): Promise<string[]> {
  return page.$$eval('.yd-editable .yd-para, .yd-editable .yd-part-body', (els) =>
    els.map((el) => (el.textContent ?? '').replace(/\uFEFF/g, '')),
  );
}

/** Waits until autosave reports 已保存. */
export async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => /^已保存/.test(document.querySelector('[data-testid=save-status]')?.textContent ?? ''),
    null,
    { timeout: 15_000 },
  );
}

/** Calls the back end the way the page does (same origin, same contract); a refusal throws its message. */
export async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([m, i]) => {
      const r = await fetch('api/call', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method: m, input: i }),
      });
      const body = await r.json();
      if (!body.ok) throw new Error(body.error?.message ?? 'call failed');
      return body.value;
    },
    [method, input] as const,
  ) as Promise<T>;
}
