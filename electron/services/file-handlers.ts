// import.* and export.docx: the format modules do the reading and writing; this stores the result.
import { Buffer } from 'node:buffer';
import { basename } from 'node:path';
import { ImportError, MAX_IMPORT_BYTES } from '../../shared/import/errors';
import { importText } from '../../shared/import/text/index';
import { extractAssignments, textBeforeExtraction } from '../../shared/tasks/extract';
import { withTaskAppendix } from '../../shared/tasks/outputs';
import { InterchangeError } from '../../shared/model/interchange';
import { LimitError } from '../../shared/model/limits';
import type { YaodianDocument } from '../../shared/model/types';
import { ServiceError } from './errors';
import { exportDocumentToFile } from './export-file';
import { copy, inferYear, isUserMessage, stored, type HandlerGroup } from './handler-utils';
import { importFileBytes } from './import-bytes';
import { loadDocumentFromFile } from './import-file';
import type { ServiceContext } from './service-context';

type Group = HandlerGroup<
  'import.parseText' | 'import.file' | 'import.bytes' | 'import.text' | 'export.docx' | 'export.pdf'
>;

/** A plain Error with a Chinese message from a format module is meant for the user. */
async function userFacing<T>(code: 'bad-file' | 'io', fileName: string | null, run: () => Promise<T> | T): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if ((err instanceof ImportError || err instanceof InterchangeError || err instanceof LimitError) && fileName) {
      throw new ServiceError('bad-file', `无法导入“${fileName}”：${err.message}`);
    }
    if (err instanceof ServiceError || err instanceof ImportError) throw err;
    if ((err as Error)?.name === 'FileImportError' || err instanceof InterchangeError) throw err; // dispatch maps these
    if (isUserMessage(err)) throw new ServiceError(code, err.message);
    throw err;
  }
}

export function fileHandlers({ drafts, temps }: ServiceContext): Group {
  const store = (document: YaodianDocument, label: string) => {
    const { row } = drafts.create({ document, year: inferYear(document), revisionLabel: label });
    // 任务分工 notes were taken out of the text: the text as imported stays restorable
    const original = textBeforeExtraction(document);
    // (a manual point, so the pruning of automatic snapshots never drops it)
    if (original) drafts.snapshot(row.id, 'manual', `${label}（原文，分工写在正文中）`, original);
    return stored(drafts, row.id);
  };

  return {
    'import.parseText': async ({ text }) => ({ document: await userFacing('bad-file', null, () => importText(text)) }),

    'import.text': async ({ text, name }) => {
      const document = extractAssignments(await userFacing('bad-file', name ?? null, () => importText(text)));
      return store(document, name ? `导入：${name}` : '导入粘贴的文字');
    },

    'import.file': async ({ path }) => {
      const document = await userFacing('bad-file', basename(path), () => loadDocumentFromFile(path));
      return store(document, `导入：${basename(path)}`);
    },

    'import.bytes': async ({ name, dataBase64 }) => {
      const buffer = Buffer.from(dataBase64, 'base64');
      if (buffer.length > MAX_IMPORT_BYTES) {
        throw new ServiceError(
          'bad-file',
          `无法导入“${name}”：文件过大（超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB）。`,
        );
      }
      if (buffer.length === 0) throw new ServiceError('bad-file', `无法导入“${name}”：文件是空的。`);
      const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
      const document = await userFacing('bad-file', name, () => importFileBytes(bytes, name));
      return store(document, `导入：${name}`);
    },

    'export.docx': async ({ id, path, profile, withSeal, withTasks }) => {
      const loaded = copy(drafts.load(id).document);
      const document = withTasks ? withTaskAppendix(loaded) : loaded;
      const options = { ...(profile === undefined ? {} : { profile }), withSeal };
      const result = await userFacing('io', null, () => exportDocumentToFile(document, path, options, temps));
      // the snapshot is of what was exported, even if an edit landed while the file was being written
      drafts.snapshot(id, 'export', `导出：${basename(result.path)}`, document);
      return result;
    },

    // the file writer picks PDF by the .pdf name the contract requires
    'export.pdf': async ({ id, path, profile, withSeal }) => {
      const document = copy(drafts.load(id).document);
      const result = await userFacing('io', null, () =>
        exportDocumentToFile(document, path, { ...(profile === undefined ? {} : { profile }), withSeal }),
      );
      drafts.snapshot(id, 'export', `导出：${basename(result.path)}`, document);
      return result;
    },
  };
}
