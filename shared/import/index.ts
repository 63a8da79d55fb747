// A file's bytes → document, by content rather than by name: a .docx is a zip (PK), the interchange JSON
// starts with {, anything else is text in some encoding.
import { fromJson, InterchangeError } from '../model/interchange';
import type { YaodianDocument } from '../model/types';
import { importDocx } from './docx';
import { decodeText } from './encoding';
import { ImportError, MAX_IMPORT_BYTES } from './errors';
import { importText } from './text';
import { extractAssignments } from '../tasks/extract';
import { withAttachedTaskTable } from '../tasks/table-import';

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function tooLargeError(bytes: number): ImportError {
  return new ImportError('too-large', `文件太大（${formatSize(bytes)}），超过 ${formatSize(MAX_IMPORT_BYTES)} 的上限，不像是一份要点通知`);
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}

/** Imports a file's bytes (.txt in any common encoding, .docx, .json interchange), by content. */
export async function importBytes(bytes: Uint8Array, fileName: string): Promise<YaodianDocument> {
  // inline 任务分工 notes become section fields, whatever importer read the file; a Word file's 分工表 too
  const doc = extractAssignments(await importByFormat(bytes, fileName));
  return isZip(bytes) ? withAttachedTaskTable(doc, bytes, fileName) : doc;
}

async function importByFormat(bytes: Uint8Array, fileName: string): Promise<YaodianDocument> {
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLargeError(bytes.length);
  if (isZip(bytes)) return importDocx(bytes);
  if (/\.docx$/i.test(fileName) && bytes.length) {
    throw new ImportError('corrupt-docx', '扩展名是 .docx，但内容不是 Word 文档（文件可能已损坏或被改了扩展名）');
  }
  const text = decodeText(bytes);
  if (/^[\s\ufeff]*\{/.test(text)) {
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\ufeff/, ''));
    } catch (e) {
      const where = e instanceof SyntaxError ? e.message.replace(/^.*?(position \d+).*$/, '$1') : '';
      throw new InterchangeError(`以“{”开头但不是有效的 JSON${where ? `（${where}）` : ''}`);
    }
    return fromJson(data);
  }
  return importText(text);
}
