// A file's bytes → document, by content rather than by name: a .docx is a zip (PK), the interchange JSON
// starts with {, anything else is text in some encoding.
import { fromJson, InterchangeError } from '../model/interchange';
import { assertTextWithin, assertWithinLimits } from '../model/limits';
import type { YaodianDocument } from '../model/types';
import { importDocx } from './docx';
import { decodeText } from './encoding';
import { ImportError, MAX_IMPORT_BYTES } from './errors';
import { importText } from './text';

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function tooLargeError(bytes: number): ImportError {
  return new ImportError('too-large', `文件太大（${formatSize(bytes)}），超过 ${formatSize(MAX_IMPORT_BYTES)} 的上限，不像是一份要点通知`);
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

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}

/** Imports a file's bytes (.txt in any common encoding, .docx, .json interchange), by content. */
export async function importBytes(bytes: Uint8Array, fileName: string): Promise<YaodianDocument> {
  const doc = await importByContent(bytes, fileName);
  // what imports must save: a document past the limits would fail every later autosave
  assertWithinLimits(doc);
  return doc;
}

async function importByContent(bytes: Uint8Array, fileName: string): Promise<YaodianDocument> {
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLargeError(bytes.length);
  if (isZip(bytes)) return importDocx(bytes);
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
