// `npm start` (scripts/start.mjs): the mode it picks, and the browser-mode fallback actually serving.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentSummary, Result } from '../../shared/api/contract';
import { repoRoot, tempDir } from '../helpers/paths';
import { postCall, rawRequest } from './http-client';

const script = join(repoRoot, 'scripts', 'start.mjs');
const cleanup: string[] = [];
afterAll(() => cleanup.forEach((d) => rmSync(d, { recursive: true, force: true })));

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete e.DISPLAY; // never try to open a browser from a test
  delete e.WAYLAND_DISPLAY;
  delete e.YAODIAN_BROWSER;
  return e;
}

function check(extra: Record<string, string>, args: string[] = []): { lines: string[]; status: number | null } {
  const r = spawnSync(process.execPath, [script, '--check', ...args], {
    cwd: repoRoot,
    env: env(extra),
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { lines: r.stdout.trim().split('\n'), status: r.status };
}

function fakeElectronDir(): string {
  const dir = tempDir('yaodian-fake-electron-');
  cleanup.push(dir);
  const bin = join(dir, 'electron');
  writeFileSync(bin, '#!/bin/sh\nexit 0\n');
  chmodSync(bin, 0o755);
  return dir;
}

describe('npm start chooses its mode', () => {
  it('says in one Chinese line that Electron is missing and picks browser mode', () => {
    const { lines, status } = check({ ELECTRON_OVERRIDE_DIST_PATH: join(repoRoot, 'no-such-electron-dir') });
    expect(status).toBe(0);
    const missing = lines.filter((l) => l.includes('Electron'));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/^未找到 Electron 程序文件.*浏览器模式/);
    expect(lines).toContain('模式：浏览器');
  });

  it('picks the desktop app when the binary is there, unless --browser is given', () => {
    const dist = fakeElectronDir();
    const desktop = check({ ELECTRON_OVERRIDE_DIST_PATH: dist });
    expect(desktop.status).toBe(0);
    expect(desktop.lines).toContain('模式：桌面（Electron）');
    expect(desktop.lines.some((l) => l.startsWith('未找到'))).toBe(false);
    const forced = check({ ELECTRON_OVERRIDE_DIST_PATH: dist }, ['--browser']);
    expect(forced.lines).toContain('模式：浏览器');
    expect(forced.lines.some((l) => l.startsWith('未找到'))).toBe(false);
  });
});

describe('browser-mode fallback', () => {
  it('starts the loopback host, prints its URL, serves the app and the API, stops on SIGTERM', async () => {
    const dataDir = tempDir('yaodian-start-data-');
    const staticDir = tempDir('yaodian-start-static-');
    cleanup.push(dataDir, staticDir);
    mkdirSync(staticDir, { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>要点</title><p>浏览器模式</p>');
    const child = spawn(process.execPath, [script, '--no-open'], {
      cwd: repoRoot,
      env: env({
        ELECTRON_OVERRIDE_DIST_PATH: join(repoRoot, 'no-such-electron-dir'),
        YAODIAN_DATA_DIR: dataDir,
        YAODIAN_RENDERER_DIR: staticDir,
        YAODIAN_PORT: '0',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL within 30 s; stdout: ${out}; stderr: ${err}`)), 30_000);
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /已启动：(http:\/\/127\.0\.0\.1:\d+\/\?ticket=[\w-]+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.once('exit', (code) => reject(new Error(`exited early (${code}); stdout: ${out}; stderr: ${err}`)));
    });
    try {
      expect(out.split('\n')[0]).toMatch(/^未找到 Electron 程序文件/);
      expect(out).toContain(`数据文件夹：${dataDir}`);
      // the printed address carries a one-time ticket: the browser that opens it gets the host's secret
      const base = url.split('?')[0];
      expect((await postCall(base, 'documents.list', {})).status).toBe(403);
      const opened = await rawRequest(url);
      expect(opened.status).toBe(303);
      const cookie = String(opened.headers['set-cookie']).split(';')[0];
      const page = await rawRequest(base, { headers: { Cookie: cookie } });
      expect(page.status).toBe(200);
      expect(page.text).toContain('浏览器模式');
      const list = (await postCall(base, 'documents.list', {}, { Cookie: cookie })).json<Result<DocumentSummary[]>>();
      expect(list).toEqual({ ok: true, value: [] });
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
