// tasks.*, units.*, progress.*: 任务分工 on sections, the unit list, progress records, and the task files
// (分工表 .docx, tracking .xlsx, the quarterly report). The shared/tasks modules do the work; this stores.
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ProgressImportResult } from '../../shared/api/contract';
import { newId } from '../../shared/model/factory';
import { flatten } from '../../shared/model/tree';
import type { YaodianDocument } from '../../shared/model/types';
import { assignSections } from '../../shared/tasks/assignment';
import type { LedgerTask } from '../../shared/tasks/ledger';
import { progressReportDocx, tableTitle, taskTableDocx } from '../../shared/tasks/outputs';
import { planProgressImport } from '../../shared/tasks/progress-import';
import { isNewer, quartersOf, type ProgressRecord } from '../../shared/tasks/progress';
import { taskRows } from '../../shared/tasks/table';
import { documentYear } from '../../shared/tasks/year';
import { readTaskSheet, TaskFileError } from '../../shared/tasks/xlsx-read';
import { applyTaskTable, taskTableInDocx } from '../../shared/tasks/table-import';
import { ImportError } from '../../shared/import/errors';
import { trackingXlsx } from '../../shared/tasks/xlsx-write';
import { listDocumentRows } from '../store/documents';
import { addUnits, insertProgress, listAllProgress, listProgress, listUnits } from '../store/tasks';
import { ServiceError, notFound } from './errors';
import { ExportFileError, writeBytesAtomically } from './export-file';
import { copy, type HandlerGroup } from './handler-utils';
import type { ServiceContext } from './service-context';

type Group = HandlerGroup<
  | 'tasks.assign'
  | 'tasks.list'
  | 'tasks.ledger'
  | 'tasks.export'
  | 'tasks.report'
  | 'tasks.importTable'
  | 'units.list'
  | 'units.add'
  | 'progress.add'
  | 'progress.import'
>;

async function writeOut(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeBytesAtomically(path, bytes);
  } catch (e) {
    if (e instanceof ExportFileError) throw new ServiceError('io', e.message);
    throw e;
  }
}

export function taskHandlers({ drafts, now }: ServiceContext): Group {
  const db = drafts.db;
  const yearOf = (id: string) => drafts.load(id).row.year ?? documentYear(drafts.load(id).document);

  return {
    'tasks.assign': async ({ documentId, sectionIds, patch }) => {
      const { row, document } = drafts.load(documentId);
      drafts.assertEditable(row);
      const known = new Set(taskIds(document));
      const missing = sectionIds.find((id) => !known.has(id));
      if (missing) throw notFound(`找不到要分工的条目（${missing}），它可能已被删除。`);
      const next = assignSections(document, sectionIds, patch, yearOf(documentId));
      if (next !== document) drafts.write(documentId, next);
      return { document: copy(next) };
    },

    'tasks.list': async ({ documentId }) => ({
      rows: taskRows(drafts.load(documentId).document),
      records: listProgress(db, documentId),
    }),

    'tasks.ledger': async () => {
      const records = listAllProgress(db);
      const latest = new Map<string, ProgressRecord>();
      for (const r of records) {
        const key = `${r.documentId}\u0000${r.sectionId}`;
        const prev = latest.get(key);
        if (!prev || isNewer(r, prev)) latest.set(key, r);
      }
      const out: LedgerTask[] = [];
      for (const d of listDocumentRows(db, {})) {
        const { document, row } = drafts.load(d.id);
        const title = drafts.outline(d.id)?.title ?? '';
        for (const t of taskRows(document)) {
          out.push({
            ...t,
            documentId: d.id,
            documentTitle: title,
            year: row.year ?? documentYear(document),
            latest: latest.get(`${d.id}\u0000${t.sectionId}`) ?? null,
          });
        }
      }
      return out;
    },

    'tasks.export': async ({ documentId, path, unit, periods }) => {
      const { document } = drafts.load(documentId);
      const rows = taskRows(document).filter((r) => !unit || r.lead.includes(unit) || r.support.includes(unit));
      if (!rows.length) {
        throw new ServiceError(
          'invalid-operation',
          unit ? `“${unit}”没有分到任务。` : '这份要点还没有分工，请先在“分工”栏填写牵头单位。',
        );
      }
      const ext = extname(path).toLowerCase();
      let bytes: Uint8Array;
      if (ext === '.xlsx') {
        const year = yearOf(documentId) ?? new Date(now()).getFullYear();
        bytes = await trackingXlsx(rows, {
          documentId,
          title: tableTitle(document) + (unit ? `（${unit}）` : ''),
          periods: periods ?? quartersOf(year),
          records: listProgress(db, documentId),
          unit: unit ?? null,
        });
      } else if (ext === '.docx') {
        bytes = await taskTableDocx(document, unit);
      } else {
        throw new ServiceError('invalid-input', `无法导出到“${basename(path)}”：分工表只能存为 .docx 或 .xlsx`);
      }
      await writeOut(path, bytes);
      return { path, bytes: bytes.length, tasks: rows.length };
    },

    'tasks.report': async ({ documentId, path, period }) => {
      const { document } = drafts.load(documentId);
      const rows = taskRows(document);
      if (!rows.length) throw new ServiceError('invalid-operation', '这份要点还没有分工，无法生成进展情况报告。');
      const bytes = await progressReportDocx(document, listProgress(db, documentId), period);
      await writeOut(path, bytes);
      return { path, bytes: bytes.length, tasks: rows.length };
    },

    'units.list': async () => listUnits(db),
    'units.add': async ({ names, kind }) => {
      addUnits(db, names, kind, now().toISOString());
      drafts.flush();
      return listUnits(db);
    },

    'progress.add': async ({ documentId, sectionId, period, status, text }) => {
      const { document } = drafts.load(documentId);
      if (!taskIds(document).includes(sectionId)) throw notFound(`找不到这条任务（${sectionId}），它可能已被删除。`);
      const record: ProgressRecord = {
        id: newId(),
        documentId,
        sectionId,
        period,
        status,
        text: text.trim(),
        source: '录入',
        recordedAt: now().toISOString(),
      };
      insertProgress(db, [record]);
      drafts.flush();
      return record;
    },

    'progress.import': async ({ documentId, path, name, dataBase64 }) => {
      const { bytes, fileName } = await fileBytes(path, name, dataBase64);
      return importProgress(bytes, fileName, documentId);
    },

    'tasks.importTable': async ({ documentId, path, name, dataBase64 }) => {
      const { bytes, fileName } = await fileBytes(path, name, dataBase64);
      const { row, document } = drafts.load(documentId);
      drafts.assertEditable(row);
      const year = yearOf(documentId);
      let sheet;
      try {
        sheet = /\.docx$/i.test(fileName)
          ? taskTableInDocx(bytes, fileName, year)
          : await readTaskSheet(bytes, fileName, year);
      } catch (e) {
        if (e instanceof TaskFileError || e instanceof ImportError) {
          throw new ServiceError('bad-file', `无法读取“${fileName}”：${e.message}`);
        }
        throw e;
      }
      if (!sheet) throw new ServiceError('bad-file', `“${fileName}”中没有任务分工表（没有含“工作任务”列的表格）。`);
      const r = applyTaskTable(document, sheet);
      if (r.document !== document) drafts.write(documentId, r.document);
      return { document: copy(r.document), matched: r.matched, report: r.report };
    },
  };

  async function fileBytes(
    path?: string,
    name?: string,
    dataBase64?: string,
  ): Promise<{ bytes: Uint8Array; fileName: string }> {
    const fileName = name ?? (path ? basename(path) : '表格.xlsx');
    if (dataBase64 !== undefined) return { bytes: new Uint8Array(Buffer.from(dataBase64, 'base64')), fileName };
    try {
      return { bytes: new Uint8Array(await readFile(path!)), fileName };
    } catch {
      throw new ServiceError('io', `无法读取“${path}”：文件不存在或没有权限。`);
    }
  }

  async function importProgress(
    bytes: Uint8Array,
    fileName: string,
    documentId?: string,
  ): Promise<ProgressImportResult> {
    const read = async (year: number | null) => {
      try {
        return await readTaskSheet(bytes, fileName, year);
      } catch (e) {
        if (e instanceof TaskFileError) throw new ServiceError('bad-file', e.message);
        throw e;
      }
    };
    // the document's year reads headers like 一季度; a workbook that names its document is read twice
    let sheet = documentId ? await read(yearOf(documentId)) : await read(null);
    const target = documentId ?? sheet.documentId;
    if (!target)
      throw new ServiceError(
        'invalid-input',
        `“${fileName}”没有注明是哪份要点的台账，请在程序中打开那份要点后再导入。`,
      );
    if (!drafts.row(target)) throw notFound(`“${fileName}”对应的要点已不存在。`);
    if (!documentId && yearOf(target) !== null) sheet = await read(yearOf(target));
    const { document } = drafts.load(target);
    const existing = listProgress(db, target);
    const plan = planProgressImport(
      document,
      sheet,
      existing,
      listUnits(db).map((u) => u.name),
      fileName,
    );
    const at = now().toISOString();
    insertProgress(
      db,
      plan.records.map((r) => ({ ...r, id: newId(), documentId: target, recordedAt: at })),
    );
    drafts.flush();
    return {
      documentId: target,
      documentTitle: drafts.outline(target)?.title ?? '',
      imported: plan.imported,
      unchanged: plan.unchanged,
      conflicts: plan.conflicts,
      failed: plan.failed,
      report: plan.report,
    };
  }
}

function taskIds(doc: YaodianDocument): string[] {
  return flatten(doc.sections).map((f) => f.section.id);
}
