// Sandboxed preload (bundled to one CommonJS file): exposes named functions only, never ipcRenderer itself.
// window.yaodian.call(method, input) → Result; window.yaodian.desktop → the DesktopBridge of the contract;
// onMenuCommand(listener) and onFlushRequest(handler) → a function that stops listening.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DesktopBridge, Input, Method, Outputs, Result } from '../../shared/api/contract';
import { CHANNELS, isMenuCommand, type MenuCommand } from './channels';

const desktop: DesktopBridge = {
  openFileDialog: (kind?: 'notice' | 'table') =>
    kind === 'table'
      ? ipcRenderer.invoke(CHANNELS.openFileDialog, 'table')
      : ipcRenderer.invoke(CHANNELS.openFileDialog),
  saveFileDialog: (defaultName: string) => ipcRenderer.invoke(CHANNELS.saveFileDialog, String(defaultName)),
  showInFolder: (path: string) => ipcRenderer.invoke(CHANNELS.showInFolder, String(path)),
};

const api = {
  call<M extends Method>(method: M, input: Input<M>): Promise<Result<Outputs[M]>> {
    return ipcRenderer.invoke(CHANNELS.call, { method, input });
  },
  desktop,
  /** Menu commands (新建/导入/导出…); returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const handler = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(CHANNELS.menu, handler);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menu, handler);
    };
  },
  /** The window is closing: `handler` saves pending edits; main closes the window once it settles. */
  onFlushRequest(handler: () => Promise<void>): () => void {
    flushHandler = handler;
    return () => {
      if (flushHandler === handler) flushHandler = null;
    };
  },
};

let flushHandler: (() => Promise<void>) | null = null;

// always answered, so a page without a handler (still loading, or failed) never holds the window open
ipcRenderer.on(CHANNELS.flushRequest, () => {
  const handler = flushHandler;
  const done = () => ipcRenderer.send(CHANNELS.flushDone);
  if (!handler) return done();
  Promise.resolve()
    .then(handler)
    .catch(() => undefined)
    .finally(done);
});

export type PreloadApi = typeof api;

contextBridge.exposeInMainWorld('yaodian', api);
