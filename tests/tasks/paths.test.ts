// The task files go through the same path policy as the Word export: in the desktop shell a path must come
// from a native dialog of this run (the .xlsx save dialog keeps .xlsx); in browser mode exports land only in
// the host's export folder.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result, StoredDocument } from '../../shared/api/contract';
import { createIpcRoutes, type InvokeEvent, type NativeServices } from '../../electron/ipc';
import { startDevHost, type DevHost } from '../../electron/dev-host';
import { openServices, type Services } from '../../electron/services/service-context';
import { tempDir } from '../helpers/paths';
import { postCall } from '../shell/http-client';
import { makeTaskDocument } from './big';

const app: InvokeEvent = { senderFrame: { url: 'app://yaodian/index.html' } };
let services: Services;
let nextSave: string | null = null;
let nextOpen: string | null = null;
const dialogs: unknown[] = [];
const native: NativeServices = {
  async showOpenDialog(o) {
    dialogs.push(o);
    return nextOpen ? { canceled: false, filePaths: [nextOpen] } : { canceled: true, filePaths: [] };
  },
  async showSaveDialog(o) {
    dialogs.push(o);
    return nextSave ? { canceled: false, filePath: nextSave } : { canceled: true };
  },
  showItemInFolder: () => undefined,
  documentsDir: '/home/user/文档',
};

beforeAll(() => {
  services = openServices({ dataDir: tempDir('yaodian-task-paths-') });
});
afterAll(() => services?.close());

describe('desktop shell', () => {
  it('writes and reads task files only at paths chosen in a dialog', async () => {
    const r = createIpcRoutes({ handlers: services.handlers, native });
    const call = (method: string, input: unknown) =>
      r['yaodian:call'](app, { method, input }) as Promise<Result<unknown>>;
    const created = (await call('documents.create', { document: makeTaskDocument(10) })) as Result<StoredDocument>;
    const id = created.ok ? created.value.summary.id : '';
    const dir = tempDir('yaodian-task-paths-');
    const target = join(dir, '台账');
    for (const [method, input] of [
      ['tasks.export', { documentId: id, path: `${target}.xlsx` }],
      ['tasks.report', { documentId: id, path: `${target}.docx` }],
    ] as const) {
      const refused = await call(method, input);
      expect(refused.ok === false && refused.error.message).toContain('只能导出到在“导出”对话框中选择的位置');
    }
    expect(existsSync(`${target}.xlsx`)).toBe(false);
    const read = await call('progress.import', { documentId: id, path: '/etc/passwd' });
    expect(read.ok === false && read.error.message).toContain('只能导入进展在对话框中选择的文件');

    nextSave = target; // without the extension, as a Linux dialog may answer
    const chosen = await r['yaodian:save-file-dialog'](app, '2024年任务台账.xlsx');
    expect(chosen).toBe(`${target}.xlsx`);
    expect(dialogs.at(-1)).toMatchObject({
      defaultPath: join('/home/user/文档', '2024年任务台账.xlsx'),
      filters: [{ extensions: ['xlsx'] }],
    });
    expect(await call('tasks.export', { documentId: id, path: chosen })).toMatchObject({ ok: true });
    expect(existsSync(`${target}.xlsx`)).toBe(true);

    nextOpen = `${target}.xlsx`;
    const opened = await r['yaodian:open-file-dialog'](app, 'table');
    expect(dialogs.at(-1)).toMatchObject({ title: '导入表格', filters: [{ extensions: ['xlsx', 'docx'] }] });
    expect(await call('progress.import', { documentId: id, path: opened })).toMatchObject({
      ok: true,
      value: { unchanged: 10 },
    });
  });
});

describe('browser mode', () => {
  let host: DevHost;
  beforeAll(async () => {
    const staticDir = tempDir('yaodian-task-static-');
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>要点</title>');
    host = await startDevHost({ dataDir: tempDir('yaodian-task-host-'), staticDir, port: 0 });
  });
  afterAll(async () => host?.close());

  it('exports task files only into the export folder', async () => {
    const post = async (method: string, input: unknown) =>
      (await postCall(host.url, method, input, { 'x-yaodian-key': host.secret })).json<
        Result<{ summary: { id: string } }>
      >();
    const created = await post('documents.create', { document: makeTaskDocument(5) });
    const id = created.ok ? created.value.summary.id : '';
    const outside = join(tempDir(), '分工表.docx');
    const refused = await post('tasks.export', { documentId: id, path: outside });
    expect(refused.ok === false && refused.error.message).toContain('浏览器模式只能导出到导出文件夹');
    expect(existsSync(outside)).toBe(false);
    expect(await post('tasks.export', { documentId: id, path: join(host.exportDir, '分工表.docx') })).toMatchObject({
      ok: true,
    });
  });
});
