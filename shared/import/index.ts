// A file's bytes → document, by content rather than by name (kind.ts): a .docx is a zip (PK), a .doc/.wps an
// OLE compound file, then PDF, a saved web page (.mhtml or .html), the interchange JSON starting with {, and
// anything else is text in some encoding. Every caller (CLI, the app's 导入, batch export) comes through here.
import { fromJson, InterchangeError } from '../model/interchange';
import { assertTextWithin, assertWithinLimits } from '../model/limits';
import type { YaodianDocument } from '../model/types';
import { importDoc } from './doc';
import { importDocx } from './docx';
import { decodeText } from './encoding';
import { ImportError, MAX_IMPORT_BYTES } from './errors';
import { importHtml, importMhtml } from './html';
import { sniffKind } from './kind';
import { importPdf, type PdfReader } from './pdf';
import { importText } from './text';
import { extractAssignments } from '../tasks/extract';
import { withAttachedTaskTable } from '../tasks/table-import';

/** Readers that need more than pure code (PDF.js runs on the Node side); a kind without one is refused. */
export interface FormatReaders {
  pdf?: PdfReader;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function tooLargeError(bytes: number): ImportError {
  return new ImportError(
    'too-large',
    `文件太大（${formatSize(bytes)}），超过 ${formatSize(MAX_IMPORT_BYTES)} 的上限，不像是一份要点通知`,
  );
}

/** "（第 3 行第 14 个字符附近）" from JSON.parse's English "position N" (or "line L column C"), else "". */
export function jsonErrorPlace(json: string, err: unknown): string {
  const message = err instanceof Error ? err.message : '';
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `（第 ${lc[1]} 行第 ${lc[2]} 个字符附近）`;
  const pos = /position (\d+)/.exec(message);
  if (!pos) return /end of JSON|Unterminated/i.test(message) ? '（内容在结尾处不完整）' : '';
  const at = Number(pos[1]);
  const before = json.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `（第 ${line} 行第 ${column} 个字符附近）`;
}

/** Imports a file's bytes (.txt in any common encoding, .docx, .doc/.wps, .pdf, .html/.mhtml, .json), by content. */
export async function importBytes(
  bytes: Uint8Array,
  fileName: string,
  readers: FormatReaders = {},
): Promise<YaodianDocument> {
  // inline 任务分工 notes become section fields, whatever importer read the file; a Word file's 分工表 too
  const read = extractAssignments(await importByFormat(bytes, fileName, readers));
  const doc = sniffKind(bytes) === 'zip' ? withAttachedTaskTable(read, bytes, fileName) : read;
  // what imports must save: a document past the limits would fail every later autosave
  assertWithinLimits(doc);
  return doc;
}

async function importByFormat(bytes: Uint8Array, fileName: string, readers: FormatReaders): Promise<YaodianDocument> {
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLargeError(bytes.length);
  const kind = sniffKind(bytes);
  if (kind === 'zip') return importDocx(bytes);
  if (kind === 'ole') return importDoc(bytes);
  if (kind === 'pdf') {
    if (!readers.pdf) throw new ImportError('unsupported', '这里不能读取 PDF 文件，请在桌面程序或命令行中导入');
    return importPdf(bytes, readers.pdf);
  }
  if (kind === 'mhtml') return importMhtml(bytes);
  if (kind === 'html') return importHtml(bytes);
  if (/\.docx$/i.test(fileName) && bytes.length) {
    throw new ImportError('corrupt-docx', '扩展名是 .docx，但内容不是 Word 文档（文件可能已损坏或被改了扩展名）');
  }
  const text = decodeText(bytes);
  if (/^[\s\ufeff]*\{/.test(text)) {
    const json = text.replace(/^\ufeff/, '');
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch (e) {
      throw new InterchangeError(`以“{”开头但不是有效的 JSON${jsonErrorPlace(json, e)}`);
    }
    return fromJson(data);
  }
  // refused before the structure detection, whose time and memory grow with the text
  assertTextWithin(text, 'totalChars');
  return importText(text);
}
