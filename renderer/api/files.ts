// Opening and saving files: native dialogs in Electron, a file input and the dev host's export folder in
// browser mode (where there are no paths the page may choose).
import type { StoredDocument } from '../../shared/api/contract';
import { fileProblem } from '../editor/input-limits';
import { call, hostInfo, isDesktop } from './index';

export function pickBrowserFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  });
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

/** Imports a file the user chooses; null when cancelled. Rejects with the back end's Chinese message. */
export async function importChosenFile(): Promise<StoredDocument | null> {
  if (isDesktop) {
    const path = await window.yaodian!.desktop.openFileDialog();
    return path ? call('import.file', { path }) : null;
  }
  const file = await pickBrowserFile(
    '.txt,.docx,.doc,.wps,.pdf,.html,.htm,.mhtml,.mht,.json,text/plain,text/html,application/pdf,application/msword,' +
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  if (!file) return null;
  return importBrowserFile(file);
}

async function importBrowserFile(file: File): Promise<StoredDocument> {
  const tooLarge = fileProblem(file.name, file.size);
  if (tooLarge) throw new Error(tooLarge);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return call('import.bytes', { name: file.name, dataBase64: toBase64(bytes) });
}

export interface ExportTarget {
  path: string;
  /** browser mode: a link the page can download the file from */
  downloadUrl: string | null;
}

/** Asks where to export; null when cancelled. */
export async function chooseExportTarget(defaultName: string): Promise<ExportTarget | null> {
  if (isDesktop) {
    const path = await window.yaodian!.desktop.saveFileDialog(defaultName);
    return path ? { path, downloadUrl: null } : null;
  }
  const info = await hostInfo();
  if (!info.exportDir) throw new Error('本机服务没有提供导出文件夹，无法导出');
  const sep = info.exportDir.includes('\\') && !info.exportDir.includes('/') ? '\\' : '/';
  const dir = info.exportDir.replace(/[\\/]+$/, '');
  return { path: `${dir}${sep}${defaultName}`, downloadUrl: `files/${encodeURIComponent(defaultName)}` };
}

export async function showInFolder(target: ExportTarget): Promise<void> {
  if (isDesktop) return window.yaodian!.desktop.showInFolder(target.path);
  if (target.downloadUrl) {
    const a = document.createElement('a');
    a.href = target.downloadUrl;
    a.download = target.path.split(/[\\/]/).pop() ?? 'export.docx';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
}

/** A file name Windows accepts, from a document title. */
export function safeFileName(title: string, ext = '.docx'): string {
  const base =
    title
      .replace(/[\\/:*?"<>|\r\n\t]+/g, ' ')
      .trim()
      .slice(0, 80) || '未命名要点';
  return base + ext;
}
