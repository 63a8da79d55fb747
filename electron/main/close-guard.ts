// Nothing lost on close: the first 'close' of the window is held while the renderer saves its pending
// edits (autosave waits 700 ms after the last keystroke); the window then closes on the renderer's reply,
// or after a timeout so that a hung page can never keep it open.
import type { BrowserWindow, IpcMain, IpcMainEvent } from 'electron';
import { CHANNELS } from '../preload/channels';

const CLOSE_FLUSH_TIMEOUT_MS = 2000;

export function guardCloseWithFlush(
  window: BrowserWindow,
  ipcMain: Pick<IpcMain, 'on' | 'removeListener'>,
  timeoutMs = CLOSE_FLUSH_TIMEOUT_MS,
): void {
  let state: 'open' | 'flushing' | 'closing' = 'open';
  let timer: ReturnType<typeof setTimeout> | null = null;

  const finish = () => {
    if (state !== 'flushing') return;
    state = 'closing';
    if (timer) clearTimeout(timer);
    ipcMain.removeListener(CHANNELS.flushDone, onDone);
    if (!window.isDestroyed()) window.close();
  };
  const onDone = (event: IpcMainEvent) => {
    // only this window's page may answer
    if (!window.isDestroyed() && event.sender === window.webContents) finish();
  };

  window.on('close', (event) => {
    if (state === 'closing') return;
    event.preventDefault();
    if (state === 'flushing') return; // a second click on × while saving: the pending close stands
    state = 'flushing';
    ipcMain.on(CHANNELS.flushDone, onDone);
    timer = setTimeout(finish, timeoutMs);
    window.webContents.send(CHANNELS.flushRequest);
  });
  window.on('closed', () => {
    if (timer) clearTimeout(timer);
    ipcMain.removeListener(CHANNELS.flushDone, onDone);
  });
}
