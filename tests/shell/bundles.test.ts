// The Electron bundles as scripts/build.mjs makes them: main as one ES module with only electron and
// better-sqlite3 left external; the sandboxed preload as one CommonJS file that exposes named functions only.
import { readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/paths';
import { buildElectronBundles } from '../../scripts/build-lib.mjs';

let outDir: string;
beforeAll(async () => {
  outDir = tempDir('yaodian-bundles-');
  await buildElectronBundles({ outDir });
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function importedSpecifiers(code: string): Set<string> {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|\n)\s*import\s[^;]*?from\s*["']([^"']+)["']/g)) found.add(m[1]);
  for (const m of code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) found.add(m[1]);
  return found;
}

describe('main bundle', () => {
  // pdfkit and fontkit read their font data from beside their own code, so they load from node_modules too
  it('leaves only Node built-ins, electron, better-sqlite3, pdfkit and fontkit to load at run time', () => {
    const code = readFileSync(join(outDir, 'main.js'), 'utf8');
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const external = [...importedSpecifiers(code)].filter((s) => !builtins.has(s));
    expect(external.sort()).toEqual(['better-sqlite3', 'electron', 'fontkit', 'pdfkit']);
  });
});

describe('preload bundle', () => {
  interface Exposed {
    call(method: string, input: unknown): Promise<unknown>;
    desktop: Record<string, (...args: unknown[]) => Promise<unknown>>;
    onMenuCommand(listener: (command: string) => void): () => void;
    onFlushRequest(handler: () => Promise<void>): () => void;
  }

  function loadPreload() {
    const code = readFileSync(join(outDir, 'preload.cjs'), 'utf8');
    const invoked: Array<[string, unknown[]]> = [];
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const exposed: Record<string, unknown> = {};
    // the two objects Electron's sandboxed preload require('electron') provides, recording what they receive
    const sent: string[] = [];
    const ipcRenderer = {
      invoke: (channel: string, ...args: unknown[]) => {
        invoked.push([channel, args]);
        return Promise.resolve({ ok: true, value: null });
      },
      send: (channel: string) => sent.push(channel),
      on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, fn),
      removeListener: (channel: string) => listeners.delete(channel),
    };
    const contextBridge = { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) };
    const requireInSandbox = (name: string) => {
      if (name === 'electron') return { contextBridge, ipcRenderer };
      throw new Error(`a sandboxed preload cannot require ${name}`);
    };
    const module = { exports: {} };
    runInNewContext(code, { require: requireInSandbox, module, exports: module.exports });
    return { exposed, invoked, listeners, ipcRenderer, sent };
  }

  it('is CommonJS that requires nothing but electron', () => {
    const code = readFileSync(join(outDir, 'preload.cjs'), 'utf8');
    expect([...importedSpecifiers(code)]).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*import\s/m);
  });

  it('exposes window.yaodian with named functions only, never ipcRenderer', async () => {
    const { exposed, invoked, listeners, ipcRenderer } = loadPreload();
    expect(Object.keys(exposed)).toEqual(['yaodian']);
    const api = exposed.yaodian as Exposed;
    expect(Object.keys(api).sort()).toEqual(['call', 'desktop', 'onFlushRequest', 'onMenuCommand']);
    expect(Object.keys(api.desktop).sort()).toEqual(['openFileDialog', 'saveFileDialog', 'showInFolder']);
    const values = [...Object.values(api), ...Object.values(api.desktop)];
    expect(values).not.toContain(ipcRenderer);
    expect(values).not.toContain(ipcRenderer.invoke);

    await api.call('documents.get', { id: 'abc' });
    await api.desktop.openFileDialog();
    await api.desktop.saveFileDialog('2025年工作要点');
    await api.desktop.showInFolder('/home/user/a.docx');
    expect(invoked).toEqual([
      ['yaodian:call', [{ method: 'documents.get', input: { id: 'abc' } }]],
      ['yaodian:open-file-dialog', []],
      ['yaodian:save-file-dialog', ['2025年工作要点']],
      ['yaodian:show-in-folder', ['/home/user/a.docx']],
    ]);

    const received: string[] = [];
    const stop = api.onMenuCommand((c) => received.push(c));
    const deliver = listeners.get('yaodian:menu')!;
    deliver({}, 'export');
    deliver({}, 'rm -rf'); // anything not a known command is dropped
    expect(received).toEqual(['export']);
    stop();
    expect(listeners.has('yaodian:menu')).toBe(false);
  });

  it('answers every close-time flush request once the page has saved', async () => {
    const { exposed, listeners, sent } = loadPreload();
    const api = exposed.yaodian as Exposed;
    const request = listeners.get('yaodian:flush-request')!;
    // no handler yet (the page is still loading): answered at once, so the window can close
    request({});
    expect(sent).toEqual(['yaodian:flush-done']);
    let finish!: () => void;
    const stop = api.onFlushRequest(() => new Promise<void>((resolve) => (finish = resolve)));
    request({});
    await Promise.resolve();
    expect(sent).toHaveLength(1); // still saving
    finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual(['yaodian:flush-done', 'yaodian:flush-done']);
    // a failed save still lets the window close
    stop();
    api.onFlushRequest(() => Promise.reject(new Error('磁盘已满')));
    request({});
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toHaveLength(3);
  });
});
