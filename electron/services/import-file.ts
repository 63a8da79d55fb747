// Reads a notice file from disk for the desktop app and the command line. Plain Node (no electron import).
// Every failure is a FileImportError whose one-line Chinese message names the file and the problem.
import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../../shared/errors';
import { describeSystemError } from '../system-errors';
import { ImportError, MAX_IMPORT_BYTES } from '../../shared/import/errors';
import { tooLargeError } from '../../shared/import/index';
import { InterchangeError } from '../../shared/model/interchange';
import { LimitError } from '../../shared/model/limits';
import type { YaodianDocument } from '../../shared/model/types';
import { importFileBytes } from './import-bytes';

export type FileImportErrorCode =
  'not-found' | 'is-directory' | 'permission' | 'not-file' | 'read-failed' | 'invalid-json' | ImportError['code'];

export class FileImportError extends UserError {
  constructor(
    readonly code: FileImportErrorCode,
    readonly path: string,
    message: string,
  ) {
    super('bad-file', message);
  }
}

function systemError(path: string, e: unknown): FileImportError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const name = `“${path}”`;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new FileImportError('not-found', path, `找不到文件${name}`);
    case 'EACCES':
    case 'EPERM':
      return new FileImportError('permission', path, `没有权限读取文件${name}`);
    case 'EISDIR':
      return new FileImportError('is-directory', path, `${name}是文件夹，不是文件`);
    default:
      return new FileImportError('read-failed', path, describeSystemError('读取文件', path, e));
  }
}

/**
 * Reads a notice file (.txt/.docx/.doc/.wps/.pdf/.html/.mhtml/.json) into a document; throws FileImportError
 * with a Chinese message naming the file.
 */
export async function loadDocumentFromFile(path: string): Promise<YaodianDocument> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw systemError(path, e);
  }
  if (info.isDirectory()) throw new FileImportError('is-directory', path, `“${path}”是文件夹，不是文件`);
  if (!info.isFile()) throw new FileImportError('not-file', path, `“${path}”不是普通文件`);
  // refuse before reading: a 50 MB file is surely not a notice, and reading it would only cost memory
  if (info.size > MAX_IMPORT_BYTES)
    throw new FileImportError('too-large', path, `无法导入“${path}”：${tooLargeError(info.size).message}`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    throw systemError(path, e);
  }
  try {
    return await importFileBytes(bytes, path);
  } catch (e) {
    if (e instanceof ImportError) throw new FileImportError(e.code, path, `无法导入“${path}”：${e.message}`);
    if (e instanceof InterchangeError)
      throw new FileImportError('invalid-json', path, `无法导入“${path}”：${e.message}`);
    if (e instanceof LimitError) throw new FileImportError('too-large', path, `无法导入“${path}”：${e.message}`);
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new FileImportError('too-large', path, `无法导入“${path}”：内容嵌套过深，不像是一份要点通知`);
    }
    throw new FileImportError('read-failed', path, `无法导入“${path}”：${(e as Error)?.message ?? String(e)}`);
  }
}
