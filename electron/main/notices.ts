// Store notices (a damaged database kept aside, an upgrade with its backup) and fatal start-up errors,
// shown once in Chinese dialogs.
import { dialog, type BrowserWindow } from 'electron';

export async function showNotices(window: BrowserWindow, notices: readonly string[]): Promise<void> {
  if (notices.length === 0) return;
  await dialog.showMessageBox(window, {
    type: 'warning',
    title: '要点',
    message: '打开数据时有需要您知道的情况',
    detail: notices.join('\n\n'),
    buttons: ['知道了'],
    defaultId: 0,
    noLink: true,
  });
}

export function showFatal(message: string): void {
  dialog.showErrorBox('“要点”无法启动', message);
}
