// Toolbar and menu actions as plain async functions (the components only wire them to buttons and keys).
import type { DocumentSummary, StoredDocument } from '../../shared/api/contract';
import { completenessFindings } from '../../shared/checks/completeness-rules';
import { sectionLocations } from '../../shared/checks/locations';
import type { YaodianDocument } from '../../shared/model/types';
import { call } from '../api';
import { chooseExportTarget, importChosenFile, safeFileName, showInFolder, type ExportTarget } from '../api/files';
import { useDocument } from '../store/document-store';
import { useLibrary } from '../store/library-store';
import { showError, useUi } from '../store/ui-store';
import { askExportChoices } from './export-dialog';

/** localStorage key of the document open last: it opens again after a reload */
const LAST_DOCUMENT = 'yaodian.lastDocument';

function rememberLast(id: string | null): void {
  try {
    if (id) localStorage.setItem(LAST_DOCUMENT, id);
    else localStorage.removeItem(LAST_DOCUMENT);
  } catch {
    /* storage unavailable (private mode): nothing to remember */
  }
}

/** Opens the document that was open before the page was reloaded, when it is still in the list. */
export async function reopenLastDocument(): Promise<void> {
  let id: string | null = null;
  try {
    id = localStorage.getItem(LAST_DOCUMENT);
  } catch {
    return;
  }
  const lib = useLibrary.getState();
  if (!id || useDocument.getState().id || ![...lib.documents, ...lib.templates].some((d) => d.id === id)) return;
  await openDocument(id);
}

export async function openDocument(id: string, initial?: StoredDocument, sectionId?: string) {
  try {
    if (useDocument.getState().id !== id) await useDocument.getState().load(id, initial);
    rememberLast(id);
    useUi.getState().setView('edit');
    if (sectionId) setTimeout(() => useUi.getState().scrollTo(sectionId), 50);
  } catch (e) {
    showError(e);
  }
}

export async function createDocument(year?: number) {
  try {
    const stored = await call('documents.create', { year: year ?? new Date().getFullYear() });
    // open first, then list it: what is typed once the new entry shows goes into the new document
    await openDocument(stored.summary.id, stored);
    useLibrary.getState().upsert(stored.summary);
    useUi.getState().toast('已新建文档，请先输入要点标题', 'success');
  } catch (e) {
    showError(e);
  }
}

export async function importFile() {
  const ui = useUi.getState();
  try {
    ui.setBusy('正在导入…');
    const stored = await importChosenFile();
    if (!stored) return;
    await openDocument(stored.summary.id, stored);
    useLibrary.getState().upsert(stored.summary);
    const warnings = stored.document.warnings;
    ui.toast(
      warnings.length ? `已导入，有 ${warnings.length} 条提示：${warnings[0].message}` : '已导入',
      warnings.length ? 'info' : 'success',
    );
  } catch (e) {
    showError(e);
  } finally {
    ui.setBusy(null);
  }
}

const lastExport: { current: ExportTarget | null } = { current: null };

export async function exportWord() {
  const ui = useUi.getState();
  const { id, doc, flush } = useDocument.getState();
  if (!id || !doc) return;
  // an incomplete document may still be exported (a draft for comment): say what it lacks, then go on
  const missing = completenessFindings(doc, sectionLocations(doc));
  if (missing.length) ui.toast(incompleteMessage(missing.map((f) => f.message)), 'info');
  try {
    const choices = await askExportChoices(id);
    if (!choices) return;
    const target = await chooseExportTarget(exportFileName(id, doc));
    if (!target) return;
    ui.setBusy('正在导出 Word 文档…');
    await flush();
    const result = await call('export.docx', {
      id,
      path: target.path,
      profile: choices.profile,
      withSeal: choices.withSeal,
    });
    lastExport.current = target;
    // browser mode: the file goes where the browser puts downloads, named after the document
    if (target.downloadUrl) await showInFolder(target);
    const kb = Math.max(1, Math.round(result.bytes / 1024));
    ui.toast(`已导出：${target.path.split(/[\\/]/).pop()}（${kb} KB）`, 'success', {
      label: target.downloadUrl ? '再次下载' : '在文件夹中显示',
      run: () => void showInFolder(target),
    });
    for (const w of result.warnings) ui.toast(w, 'info');
  } catch (e) {
    showError(e);
  } finally {
    ui.setBusy(null);
  }
}

/** 导出 PDF: the page model drawn with the profile's fonts embedded (the Word file's pages). */
export async function exportPdf() {
  const ui = useUi.getState();
  const { id, doc, flush } = useDocument.getState();
  if (!id || !doc) return;
  try {
    const target = await chooseExportTarget(exportFileName(id, doc, '.pdf'));
    if (!target) return;
    ui.setBusy('正在导出 PDF…');
    await flush();
    const result = await call('export.pdf', { id, path: target.path });
    const kb = Math.max(1, Math.round(result.bytes / 1024));
    // one toast for the warnings (a machine without the office fonts names each substitute), then the result
    if (result.warnings.length) ui.toast(result.warnings.join('；'), 'info');
    ui.toast(`已导出：${target.path.split(/[\\/]/).pop()}（${kb} KB）`, 'success', {
      label: target.downloadUrl ? '下载' : '在文件夹中显示',
      run: () => void showInFolder(target),
    });
  } catch (e) {
    showError(e);
  } finally {
    ui.setBusy(null);
  }
}

/**
 * 打印 (Ctrl+P): the page view printed by the browser (Electron's print in the desktop app) — the page model's
 * pages at 1 mm per mm, one A4 sheet each (styles/pages.css, @media print), so the print has the Word file's pages.
 */
export async function printPages() {
  const ui = useUi.getState();
  if (!useDocument.getState().doc) return;
  const before = ui.view;
  ui.setView('pages');
  // let React draw the page view before the print dialog takes its picture
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  window.print();
  if (before !== 'pages') ui.setView(before);
}

/**
 * The file name of an export: the document's title; when another document has the same title, its 文号 or
 * its id is added, so one document's export never silently replaces another's.
 */
function exportFileName(id: string, doc: YaodianDocument, ext: '.docx' | '.pdf' = '.docx'): string {
  const title = doc.meta.noticeTitle || doc.meta.title || '未命名要点';
  const twins = useLibrary.getState().documents.filter((d) => d.id !== id && (d.noticeTitle || d.title) === title);
  if (!twins.length) return safeFileName(title, ext);
  const own = doc.meta.docNumber;
  const docNumber = own && !twins.some((d) => d.docNumber === own) ? own : null;
  return safeFileName(`${title}（${docNumber ?? id.slice(0, 8)}）`, ext);
}

/** "导出的文档还不完整：缺少要点标题；通知缺少署名等 5 项，详见规范检查" */
function incompleteMessage(messages: string[]): string {
  const shown = messages
    .slice(0, 2)
    .map((m) => m.split('：')[0])
    .join('；');
  return `导出的文档还不完整：${shown}${messages.length > 2 ? `等 ${messages.length} 项` : ''}，详见“规范检查”`;
}

/** Moves a document to the 回收站, with 撤销 in the toast. */
export async function trashDocument(summary: DocumentSummary) {
  const ui = useUi.getState();
  try {
    await call('documents.delete', { id: summary.id });
    if (useDocument.getState().id === summary.id) {
      useDocument.getState().close();
      rememberLast(null);
    }
    await useLibrary.getState().refresh();
    ui.toast(`已将“${summary.title || '未命名'}”移到回收站`, 'info', {
      label: '撤销',
      run: () => void restoreDocument(summary.id),
    });
  } catch (e) {
    showError(e);
  }
}

export async function restoreDocument(id: string) {
  try {
    await call('documents.restore', { id });
    await useLibrary.getState().refresh();
    useUi.getState().toast('已从回收站恢复', 'success');
  } catch (e) {
    showError(e);
  }
}
