// Very large input refused up front with one clear Chinese line, before it reaches the importer (where it
// used to fail deep inside, e.g. "无法用中文数字表示：10000") or a save that can never succeed.
import { MAX_PASTE } from '../../shared/api/contract';
import { MAX_IMPORT_BYTES } from '../../shared/import/errors';

/** The largest file the back end reads (import.bytes). */
export const MAX_FILE_BYTES = MAX_IMPORT_BYTES;

/** "约 2,000 万字" */
function wan(chars: number): string {
  return `约 ${Math.round(chars / 10_000).toLocaleString('zh-CN')} 万字`;
}

/** Why a pasted text is too large to take, or null. */
export function pasteProblem(text: string): string | null {
  if (text.length <= MAX_PASTE) return null;
  return `粘贴的内容过大（${wan(text.length)}），一次最多粘贴 ${MAX_PASTE / 10_000} 万字；请分几次粘贴，或用“导入”读入文件`;
}

/** Why a chosen file is too large to import, or null. */
export function fileProblem(name: string, bytes: number): string | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `文件“${name}”过大（${mb} MB），最多可导入 ${MAX_FILE_BYTES / 1024 / 1024} MB 的文件；请只保留通知正文后再导入`;
}
