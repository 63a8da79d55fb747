// Sandboxed preload (bundled to one CommonJS file): exposes named functions only, never ipcRenderer itself.
// window.yaodian.call(method, input) → Result; window.yaodian.desktop → the DesktopBridge of the contract.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DesktopBridge, Input, Method, Outputs, Result } from '../../shared/api/contract';
import { CHANNELS, isMenuCommand, type MenuCommand } from './channels';

const desktop: DesktopBridge = {
  openFileDialog: () => ipcRenderer.invoke(CHANNELS.openFileDialog),
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
};

export type PreloadApi = typeof api;

contextBridge.exposeInMainWorld('yaodian', api);
