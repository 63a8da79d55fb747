// Binds the service contract to Electron IPC: every contract method over ONE channel ('yaodian:call',
// payload { method, input }) through the same dispatch (zod validation) as the loopback host, plus the
// desktop bridge's native dialogs. No runtime import of electron: main passes ipcMain and the dialogs in,
// which also lets tests drive these routes under plain Node.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { IpcMain } from 'electron';
import { contract, type ApiError, type Handlers, type Result } from '../shared/api/contract';
import { CHANNELS } from './preload/channels';
import { isPlausibleLocalPath, isProfilePath, isTrustedSender, PathGrants, suggestedDocxName } from './security';
import { dispatch } from './services/dispatch';

/** Files the importer reads (shared/import/kind.ts tells them apart by content). */
const IMPORT_EXTENSIONS = ['txt', 'docx', 'doc', 'wps', 'pdf', 'html', 'htm', 'mhtml', 'mht'];

/** The part of IpcMainInvokeEvent the routes look at. */
export interface InvokeEvent {
  senderFrame: { url: string } | null;
}

/** Native services main provides (Electron's dialog and shell bound to the main window). */
export interface NativeServices {
  showOpenDialog(options: {
    title: string;
    properties: Array<'openFile'>;
    filters: Array<{ name: string; extensions: string[] }>;
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    title: string;
    defaultPath: string;
    filters: Array<{ name: string; extensions: string[] }>;
  }): Promise<{ canceled: boolean; filePath?: string }>;
  showItemInFolder(path: string): void;
  /** where the save dialog starts (app.getPath('documents')) */
  documentsDir: string;
}

export interface IpcDeps {
  handlers: Handlers;
  native: NativeServices;
  grants?: PathGrants;
}

type Route = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

function failure(code: ApiError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function assertTrusted(event: InvokeEvent): void {
  if (!isTrustedSender(event.senderFrame?.url)) throw new Error('拒绝来自非本程序页面的请求');
}

/** Methods that read a file the renderer names, and those that write one: each path must come from a dialog. */
const READS_PATH: Record<string, string> = {
  'import.file': '导入',
  'progress.import': '导入进展',
  'tasks.importTable': '导入分工表',
};
const WRITES_PATH: Record<string, string> = { 'export.docx': '导出', 'tasks.export': '导出', 'tasks.report': '导出' };

/** Files are read or written only where the user pointed in a native dialog during this run. */
function pathRefusal(method: string, input: unknown, grants: PathGrants): string | null {
  const path = (input as { path?: unknown } | null)?.path;
  const profile = (input as { profile?: unknown } | null)?.profile;
  if (method === 'export.docx' && typeof profile === 'string' && isProfilePath(profile) && !grants.has(profile)) {
    return '只能使用内置的版式方案，或在对话框中选择的版式文件';
  }
  if (typeof path !== 'string' || grants.has(path)) return null;
  if (method === 'import.file') return `只能导入在“导入”对话框中选择的文件（${path.slice(0, 300)}）`;
  if (method === 'export.docx') return `只能导出到在“导出”对话框中选择的位置（${path.slice(0, 300)}）`;
  if (Object.hasOwn(READS_PATH, method))
    return `只能${READS_PATH[method]}在对话框中选择的文件（${path.slice(0, 300)}）`;
  if (Object.hasOwn(WRITES_PATH, method)) return `只能导出到在“导出”对话框中选择的位置（${path.slice(0, 300)}）`;
  return null;
}

export function createIpcRoutes(deps: IpcDeps): Record<string, Route> {
  const grants = deps.grants ?? new PathGrants();
  const { native } = deps;
  return {
    async [CHANNELS.call](event, payload) {
      if (!isTrustedSender(event.senderFrame?.url)) return failure('invalid-operation', '拒绝来自非本程序页面的调用');
      const { method, input } = (payload ?? {}) as { method?: unknown; input?: unknown };
      if (typeof method !== 'string' || !Object.hasOwn(contract, method)) {
        return failure('invalid-input', `未知的功能：${String(method).slice(0, 100)}`);
      }
      const refusal = pathRefusal(method, input, grants);
      if (refusal) return failure('invalid-operation', refusal);
      try {
        return await dispatch(deps.handlers, method, input ?? {});
      } catch (e) {
        return failure('internal', `程序内部错误：${(e as Error)?.message ?? String(e)}`);
      }
    },

    async [CHANNELS.openFileDialog](event, kind) {
      assertTrusted(event);
      // kind 'table': a 任务分工表 or a returned tracking workbook
      const result = await native.showOpenDialog(
        kind === 'table'
          ? {
              title: '导入表格',
              properties: ['openFile'],
              filters: [{ name: '表格（.xlsx、含表格的 .docx）', extensions: ['xlsx', 'docx'] }],
            }
          : {
              title: '导入通知文件',
              properties: ['openFile'],
              filters: [
                { name: '通知文件（Word、WPS、PDF、网页、文本）', extensions: IMPORT_EXTENSIONS },
                { name: '要点数据（.json）', extensions: ['json'] },
                // the kind is read from the content: a notice saved under an odd name still imports
                { name: '所有文件', extensions: ['*'] },
              ],
            },
      );
      const path = result.canceled ? undefined : result.filePaths[0];
      if (!isPlausibleLocalPath(path)) return null;
      grants.grant(path);
      return path;
    },

    async [CHANNELS.saveFileDialog](event, defaultName) {
      assertTrusted(event);
      // a tracking workbook (…台账.xlsx) is saved as .xlsx; everything else as Word
      const xlsx = typeof defaultName === 'string' && /\.xlsx$/i.test(defaultName);
      const ext = xlsx ? '.xlsx' : '.docx';
      const stem = suggestedDocxName(xlsx ? defaultName.replace(/\.xlsx$/i, '') : defaultName).replace(/\.docx$/, '');
      const result = await native.showSaveDialog({
        title: xlsx ? '导出 Excel 表格' : '导出 Word 文件',
        defaultPath: join(native.documentsDir, `${stem}${ext}`),
        filters: [
          xlsx
            ? { name: 'Excel 表格（.xlsx）', extensions: ['xlsx'] }
            : { name: 'Word 文档（.docx）', extensions: ['docx'] },
        ],
      });
      if (result.canceled || !isPlausibleLocalPath(result.filePath)) return null;
      // Only the path the dialog confirmed is granted. Linux dialogs do not always append the filter's
      // extension: "<name>.docx" was never confirmed, so it is granted only when no such file exists (nothing
      // is overwritten without the dialog's own prompt); otherwise the dialog is shown again on that name.
      if (result.filePath.toLowerCase().endsWith(ext)) {
        grants.grant(result.filePath);
        return result.filePath;
      }
      const withExtension = `${result.filePath}${ext}`;
      if (!existsSync(withExtension)) {
        grants.grant(withExtension);
        return withExtension;
      }
      const again = await native.showSaveDialog({
        title: xlsx ? '导出 Excel 表格' : '导出 Word 文件',
        defaultPath: withExtension,
        filters: [
          xlsx
            ? { name: 'Excel 表格（.xlsx）', extensions: ['xlsx'] }
            : { name: 'Word 文档（.docx）', extensions: ['docx'] },
        ],
      });
      if (again.canceled || !isPlausibleLocalPath(again.filePath) || !again.filePath.toLowerCase().endsWith(ext))
        return null;
      grants.grant(again.filePath);
      return again.filePath;
    },

    async [CHANNELS.showInFolder](event, path) {
      assertTrusted(event);
      if (!grants.has(path)) throw new Error('只能在文件夹中显示本次导入或导出的文件');
      native.showItemInFolder(path as string);
    },
  };
}

/** Registers every route on ipcMain; returns a function that removes them again. */
export function registerIpc(ipcMain: IpcMainLike, deps: IpcDeps): () => void {
  const routes = createIpcRoutes(deps);
  for (const [channel, route] of Object.entries(routes)) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => route(event, ...args));
  }
  return () => {
    for (const channel of Object.keys(routes)) ipcMain.removeHandler(channel);
  };
}
