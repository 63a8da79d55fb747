// The 分工 panel's file actions as plain functions: the 分工表 and tracking workbook out, a returned workbook
// in (its row-by-row report handed back to the panel), the quarterly report.
import type { ProgressImportResult } from '../../../shared/api/contract';
import { periodLabel } from '../../../shared/tasks/progress';
import { call, isDesktop } from '../../api';
import { chooseExportTarget, pickBrowserFile, safeFileName, showInFolder, toBase64 } from '../../api/files';
import { useDocument } from '../../store/document-store';
import { showError, useUi } from '../../store/ui-store';

export type TaskFile = 'table' | 'xlsx' | 'report' | 'notice';

const NAMES: Record<TaskFile, [string, string]> = {
  table: ['任务分工表', '.docx'],
  xlsx: ['任务台账', '.xlsx'],
  report: ['进展情况', '.docx'],
  notice: ['（附任务分工表）', '.docx'],
};

/** `unit`: that unit's list only; `period` (YYYY-Qn): the report as of that quarter. */
export async function exportTaskFile(kind: TaskFile, unit?: string, period?: string): Promise<void> {
  const ui = useUi.getState();
  const { id, doc, flush } = useDocument.getState();
  if (!id || !doc) return;
  try {
    const [suffix, ext] = NAMES[kind];
    const base =
      kind === 'notice' ? doc.meta.noticeTitle || doc.meta.title || '未命名要点' : doc.meta.title || '工作要点';
    const quarter = period ? periodLabel(period).replace(/^\d{4}年/, '') : '';
    const title = `${base}${quarter}${suffix}${unit ? `-${unit}` : ''}`;
    const target = await chooseExportTarget(safeFileName(title, ext));
    if (!target) return;
    ui.setBusy('正在导出…');
    await flush();
    if (kind === 'notice') await call('export.docx', { id, path: target.path, withTasks: true });
    const r =
      kind === 'notice'
        ? null
        : kind === 'report'
          ? await call('tasks.report', { documentId: id, path: target.path, ...(period ? { period } : {}) })
          : await call('tasks.export', { documentId: id, path: target.path, ...(unit ? { unit } : {}) });
    ui.toast(`已导出：${target.path.split(/[\\/]/).pop()}${r ? `（${r.tasks} 项任务）` : ''}`, 'success', {
      label: target.downloadUrl ? '下载' : '在文件夹中显示',
      run: () => void showInFolder(target),
    });
  } catch (e) {
    showError(e);
  } finally {
    ui.setBusy(null);
  }
}

/** Asks for a returned .xlsx and imports it into the open document's progress; null when cancelled. */
export async function importProgressFile(): Promise<ProgressImportResult | null> {
  const ui = useUi.getState();
  const { id, flush } = useDocument.getState();
  if (!id) return null;
  try {
    await flush();
    if (isDesktop) {
      const path = await window.yaodian!.desktop.openFileDialog('table');
      if (!path) return null;
      ui.setBusy('正在导入进展…');
      return await call('progress.import', { documentId: id, path });
    }
    const file = await pickBrowserFile('.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    if (!file) return null;
    ui.setBusy('正在导入进展…');
    const bytes = new Uint8Array(await file.arrayBuffer());
    return await call('progress.import', { documentId: id, name: file.name, dataBase64: toBase64(bytes) });
  } catch (e) {
    showError(e);
    return null;
  } finally {
    ui.setBusy(null);
  }
}

/** Asks for a 任务分工表 (.xlsx, or a .docx holding one) and fills the open document's assignments from it. */
type TableResult = { matched: number; report: ProgressImportResult['report'] };

export async function importTaskTableFile(): Promise<TableResult | null> {
  const ui = useUi.getState();
  const { id, flush } = useDocument.getState();
  if (!id) return null;
  try {
    await flush();
    let r;
    if (isDesktop) {
      const path = await window.yaodian!.desktop.openFileDialog('table');
      if (!path) return null;
      ui.setBusy('正在读取分工表…');
      r = await call('tasks.importTable', { documentId: id, path });
    } else {
      const file = await pickBrowserFile('.xlsx,.docx');
      if (!file) return null;
      ui.setBusy('正在读取分工表…');
      const dataBase64 = toBase64(new Uint8Array(await file.arrayBuffer()));
      r = await call('tasks.importTable', { documentId: id, name: file.name, dataBase64 });
    }
    useDocument.getState().apply(r.document, { origin: 'command' });
    ui.toast(`已从分工表填写 ${r.matched} 条`, 'success', { label: '撤销', run: () => useDocument.getState().undo() });
    return r;
  } catch (e) {
    showError(e);
    return null;
  } finally {
    ui.setBusy(null);
  }
}
