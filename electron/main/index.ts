// Electron main process: single instance, one hardened window, the service handlers bound to IPC.
// The data folder is app.getPath('userData'); the renderer is the built dist/renderer served as app://.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { registerIpc } from '../ipc';
import { CHANNELS, type MenuCommand } from '../preload/channels';
import { openServices, type Services } from '../services/service-context';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { applySessionPolicy, hardenWebContents } from './hardening';
import { guardCloseWithFlush } from './close-guard';
import { buildMenu } from './menu';
import { showFatal, showNotices } from './notices';
import { createMainWindow } from './window';

const here = dirname(fileURLToPath(import.meta.url)); // dist-electron/
let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;

function send(command: MenuCommand): void {
  mainWindow?.webContents.send(CHANNELS.menu, command);
}

async function about(dataDir: string): Promise<void> {
  await dialog.showMessageBox({
    type: 'info',
    title: '关于“要点”',
    message: `要点 ${app.getVersion()}`,
    detail: `民政工作要点公文编辑与导出工具（离线桌面版）\n数据文件夹：${dataDir}\nElectron ${process.versions.electron}`,
    buttons: ['确定'],
    noLink: true,
  });
}

async function start(): Promise<void> {
  const appDir = app.getAppPath();
  const dataDir = app.getPath('userData');
  applySessionPolicy(session.defaultSession);
  serveAppProtocol(session.defaultSession, join(appDir, 'dist', 'renderer'));

  try {
    services = openServices({ dataDir });
  } catch (e) {
    showFatal(`${(e as Error).message}\n\n数据文件夹：${dataDir}`);
    app.exit(1);
    return;
  }

  const window = createMainWindow(join(here, 'preload.cjs'), join(appDir, 'build', 'icon.png'));
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  guardCloseWithFlush(window, ipcMain);

  registerIpc(ipcMain, {
    handlers: services.handlers,
    native: {
      showOpenDialog: (options) => dialog.showOpenDialog(window, options),
      showSaveDialog: (options) => dialog.showSaveDialog(window, options),
      showItemInFolder: (path) => shell.showItemInFolder(path),
      documentsDir: app.getPath('documents'),
    },
  });

  Menu.setApplicationMenu(
    buildMenu({
      send,
      about: () => void about(dataDir),
      openDataFolder: () => void shell.openPath(dataDir),
      devTools: !app.isPackaged,
    }),
  );

  const notices = [...services.notices];
  // a large file's full integrity check, after the first screen; damage it finds is shown at once
  const check = services.deferredCheck;
  window.once('ready-to-show', () => {
    void showNotices(window, notices);
    if (check)
      setTimeout(() => {
        const found = check();
        if (found && !window.isDestroyed()) void showNotices(window, [found]);
      }, 1000).unref();
  });
}

registerAppScheme();
app.enableSandbox();
// a Chinese UI whatever the system language: date pickers show 年/月/日, not 02/19/2025
app.commandLine.appendSwitch('lang', 'zh-CN');

if (!app.requestSingleInstanceLock()) {
  // a second start only brings the running window forward (see 'second-instance' below)
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId('cn.gov.mz.yaodian');
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    services?.close();
    services = null;
  });
  app.whenReady().then(start, (e: unknown) => {
    showFatal(String((e as Error)?.message ?? e));
    app.exit(1);
  });
}
