// electron/ipc.ts routes driven under Node with the real services on a temporary store. The native dialogs
// are the only stand-ins (Electron's binary is absent here): they return what a user would pick.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result, StoredDocument } from '../../shared/api/contract';
import { createIpcRoutes, registerIpc, type InvokeEvent, type NativeServices } from '../../electron/ipc';
import { openServices, type Services } from '../../electron/services/service-context';
import { seedPath, tempDir } from '../helpers/paths';

const app: InvokeEvent = { senderFrame: { url: 'app://yaodian/index.html' } };
const foreign: InvokeEvent = { senderFrame: { url: 'https://evil.example/' } };

let dataDir: string;
let services: Services;
let nextOpen: string | null = null;
let nextSave: string | null = null;
const shown: string[] = [];
const dialogs: unknown[] = [];

const native: NativeServices = {
  async showOpenDialog(options) {
    dialogs.push(options);
    return nextOpen ? { canceled: false, filePaths: [nextOpen] } : { canceled: true, filePaths: [] };
  },
  async showSaveDialog(options) {
    dialogs.push(options);
    return nextSave ? { canceled: false, filePath: nextSave } : { canceled: true };
  },
  showItemInFolder: (path) => void shown.push(path),
  documentsDir: '/home/user/文档',
};

beforeAll(() => {
  dataDir = tempDir('yaodian-ipc-');
  services = openServices({ dataDir });
});
afterAll(() => {
  services?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function routes() {
  return createIpcRoutes({ handlers: services.handlers, native });
}

describe('the one call channel', () => {
  it('runs contract methods through dispatch for the app page', async () => {
    const r = routes();
    const created = (await r['yaodian:call'](app, {
      method: 'documents.create',
      input: { year: 2025, title: 'IPC 文档' },
    })) as Result<StoredDocument>;
    expect(created.ok).toBe(true);
    const id = created.ok ? created.value.summary.id : '';
    const got = (await r['yaodian:call'](app, { method: 'documents.get', input: { id } })) as Result<StoredDocument>;
    expect(got.ok && got.value.summary.title).toBe('IPC 文档');
  });

  it('validates at the boundary with Chinese messages', async () => {
    const r = routes();
    const bad = (await r['yaodian:call'](app, { method: 'documents.get', input: { id: 42 } })) as Result<unknown>;
    expect(bad.ok === false && bad.error.code).toBe('invalid-input');
    expect(bad.ok === false && bad.error.message).toMatch(/[\u4e00-\u9fff]/);
    for (const payload of [{ method: 'process.exit', input: {} }, { method: '__proto__' }, null, 'documents.list']) {
      const res = (await r['yaodian:call'](app, payload)) as Result<unknown>;
      expect(res.ok === false && res.error.code, JSON.stringify(payload)).toBe('invalid-input');
    }
  });

  it('answers nothing to a frame that is not the app', async () => {
    const r = routes();
    const res = (await r['yaodian:call'](foreign, { method: 'documents.list', input: {} })) as Result<unknown>;
    expect(res.ok === false && res.error.code).toBe('invalid-operation');
    await expect(
      r['yaodian:call']({ senderFrame: null }, { method: 'documents.list', input: {} }),
    ).resolves.toMatchObject({ ok: false });
    await expect(r['yaodian:open-file-dialog'](foreign)).rejects.toThrow(/拒绝/);
    await expect(r['yaodian:save-file-dialog'](foreign, 'a')).rejects.toThrow(/拒绝/);
    await expect(r['yaodian:show-in-folder'](foreign, '/tmp/a.docx')).rejects.toThrow(/拒绝/);
  });
});

describe('files only where the user pointed', () => {
  it('imports a file only after it was chosen in the open dialog', async () => {
    const r = routes();
    const path = seedPath('jilin');
    const before = (await r['yaodian:call'](app, { method: 'import.file', input: { path } })) as Result<unknown>;
    expect(before.ok).toBe(false);
    expect(before.ok === false && before.error.message).toContain('导入');

    nextOpen = null;
    expect(await r['yaodian:open-file-dialog'](app)).toBeNull();
    nextOpen = path;
    expect(await r['yaodian:open-file-dialog'](app)).toBe(path);
    expect(dialogs.at(-1)).toMatchObject({
      filters: [
        { extensions: ['txt', 'docx', 'doc', 'wps', 'pdf', 'html', 'htm', 'mhtml', 'mht'] },
        { extensions: ['json'] },
        { extensions: ['*'] },
      ],
    });
    const imported = (await r['yaodian:call'](app, {
      method: 'import.file',
      input: { path },
    })) as Result<StoredDocument>;
    expect(imported.ok).toBe(true);
    expect(imported.ok && imported.value.document.sections.length).toBeGreaterThan(3);

    // another route set (a new window, a reload of main) does not inherit the grant
    const fresh = (await routes()['yaodian:call'](app, { method: 'import.file', input: { path } })) as Result<unknown>;
    expect(fresh.ok).toBe(false);
  });

  it('exports only to the path chosen in the save dialog, adding .docx, then shows it', async () => {
    const r = routes();
    const created = (await r['yaodian:call'](app, {
      method: 'documents.create',
      input: { year: 2025, title: '导出' },
    })) as Result<StoredDocument>;
    const id = created.ok ? created.value.summary.id : '';
    const target = join(dataDir, '2025年工作要点');

    const refused = (await r['yaodian:call'](app, {
      method: 'export.docx',
      input: { id, path: `${target}.docx` },
    })) as Result<unknown>;
    expect(refused.ok === false && refused.error.message).toContain('导出');
    expect(existsSync(`${target}.docx`)).toBe(false);
    await expect(r['yaodian:show-in-folder'](app, `${target}.docx`)).rejects.toThrow();

    nextSave = target; // a Linux dialog may return the name without the extension
    const chosen = await r['yaodian:save-file-dialog'](app, '../../2025年工作要点');
    expect(chosen).toBe(`${target}.docx`);
    expect(dialogs.at(-1)).toMatchObject({ defaultPath: join('/home/user/文档', '2025年工作要点.docx') });
    const exported = (await r['yaodian:call'](app, { method: 'export.docx', input: { id, path: chosen } })) as Result<{
      bytes: number;
    }>;
    expect(exported).toMatchObject({ ok: true });
    expect(
      readFileSync(chosen as string)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    await r['yaodian:show-in-folder'](app, chosen);
    expect(shown).toEqual([chosen]);
  });
});

describe('grants only what the dialog confirmed', () => {
  it('a name without .docx whose .docx exists: the dialog is shown again on that name, nothing granted unseen', async () => {
    const r = routes();
    const created = (await r['yaodian:call'](app, {
      method: 'documents.create',
      input: { year: 2025, title: '已有' },
    })) as Result<StoredDocument>;
    const id = created.ok ? created.value.summary.id : '';
    const target = join(dataDir, '已有的文件');
    writeFileSync(`${target}.docx`, '用户自己的文件');
    nextSave = target; // the first answer lacks the extension; the second dialog (same stand-in) too: cancelled
    const before = dialogs.length;
    expect(await r['yaodian:save-file-dialog'](app, '已有的文件')).toBeNull();
    expect(dialogs.length - before).toBe(2);
    expect(dialogs.at(-1)).toMatchObject({ defaultPath: `${target}.docx` });
    const refused = (await r['yaodian:call'](app, {
      method: 'export.docx',
      input: { id, path: `${target}.docx` },
    })) as Result<unknown>;
    expect(refused.ok).toBe(false);
    expect(readFileSync(`${target}.docx`, 'utf8')).toBe('用户自己的文件');
    nextSave = `${target}.docx`; // confirmed in the dialog (its own overwrite prompt): granted
    expect(await r['yaodian:save-file-dialog'](app, '已有的文件')).toBe(`${target}.docx`);
  });

  it('reads a profile only when built in or granted, never an arbitrary .json path', async () => {
    const r = routes();
    const created = (await r['yaodian:call'](app, {
      method: 'documents.create',
      input: { year: 2025, title: '版式' },
    })) as Result<StoredDocument>;
    const id = created.ok ? created.value.summary.id : '';
    nextSave = join(dataDir, '版式.docx');
    const path = (await r['yaodian:save-file-dialog'](app, '版式')) as string;
    const secret = join(dataDir, 'other-app.json');
    writeFileSync(secret, JSON.stringify({ apiToken: 'TOKEN-123' }));
    const refused = (await r['yaodian:call'](app, {
      method: 'export.docx',
      input: { id, path, profile: secret },
    })) as Result<unknown>;
    expect(refused.ok === false && refused.error.message).toBe('只能使用内置的版式方案，或在对话框中选择的版式文件');
    const builtIn = (await r['yaodian:call'](app, {
      method: 'export.docx',
      input: { id, path, profile: 'gbt9704-2012' },
    })) as Result<unknown>;
    expect(builtIn.ok).toBe(true);
  });
});

describe('registration', () => {
  it('binds every route on ipcMain and removes them again', () => {
    const handled = new Map<string, unknown>();
    const ipcMain = {
      handle: (channel: string, fn: unknown) => void handled.set(channel, fn),
      removeHandler: (channel: string) => void handled.delete(channel),
    };
    const unregister = registerIpc(ipcMain as never, { handlers: services.handlers, native });
    expect([...handled.keys()].sort()).toEqual([
      'yaodian:call',
      'yaodian:open-file-dialog',
      'yaodian:save-file-dialog',
      'yaodian:show-in-folder',
    ]);
    unregister();
    expect(handled.size).toBe(0);
  });
});
