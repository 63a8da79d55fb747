// Writes the Word export to disk for the desktop app and the command line. Plain Node (no electron import).
// The file is written to a temporary file in the same folder and renamed over the target, so a failure
// never leaves a half-written .docx; every failure is an ExportFileError with a Chinese message naming
// the file and the problem.
import { randomBytes } from 'node:crypto';
import { access, constants, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import {
  exportDocxWithReport,
  parseLayoutProfile,
  ProfileError,
  type ExportOptions,
  type LayoutProfile,
} from '../../shared/export';
import { UserError } from '../../shared/errors';
import { isSafeFileName } from '../security/paths';
import { describeSystemError, systemReason } from '../system-errors';
import type { TempJournal } from './export-temps';
import type { YaodianDocument } from '../../shared/model/types';
import { exportPdfWithReport } from './pdf/export-pdf';
import { useTemplateCache } from './template-cache';

export type ExportFileErrorCode =
  | 'no-folder'
  | 'not-folder'
  | 'is-directory'
  | 'locked'
  | 'permission'
  | 'disk-full'
  | 'profile'
  | 'write-failed'
  | 'bad-name';

export class ExportFileError extends UserError {
  constructor(
    readonly code: ExportFileErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(code === 'profile' ? 'invalid-input' : 'io', message);
  }
}

export interface ExportFileResult {
  /** absolute path of the written file */
  path: string;
  /** its size */
  bytes: number;
  /** the layout profile used (id) */
  profile: string;
  warnings: string[];
}

/** Reads a local layout profile (JSON); Chinese errors name the file. */
export async function loadProfileFile(path: string): Promise<LayoutProfile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ExportFileError('profile', path, describeSystemError('读取版式方案', path, e));
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ExportFileError('profile', path, `版式方案“${path}”不是有效的 JSON`);
  }
  try {
    return parseLayoutProfile(json);
  } catch (e) {
    if (e instanceof ProfileError) throw new ExportFileError('profile', path, `${e.message}（“${path}”）`);
    throw e;
  }
}

/** A profile option as given on the command line or by the app: a built-in id, a .json file, or an object. */
async function resolveProfileOption(profile: ExportOptions['profile']): Promise<ExportOptions['profile']> {
  if (typeof profile === 'string' && /\.json$/i.test(profile)) return loadProfileFile(profile);
  return profile;
}

/**
 * The Chinese error for a failed write (exported for tests of the codes Linux cannot produce on demand, like
 * EBUSY).
 */
export function describeWriteError(path: string, e: unknown): ExportFileError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const folder = dirname(path);
  switch (code) {
    case 'ENOENT':
      return new ExportFileError('no-folder', path, `无法导出到“${path}”：文件夹“${folder}”不存在`);
    case 'ENOTDIR':
      return new ExportFileError('not-folder', path, `无法导出到“${path}”：“${folder}”不是文件夹`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ExportFileError('permission', path, `无法导出到“${path}”：没有写入文件夹“${folder}”的权限`);
    case 'EBUSY':
    case 'ETXTBSY':
      return new ExportFileError(
        'locked',
        path,
        `无法导出到“${path}”：文件正被其他程序（如 Word 或 WPS）打开，请关闭后重试，或换一个文件名`,
      );
    case 'EISDIR':
      return new ExportFileError('is-directory', path, `无法导出到“${path}”：同名的文件夹已存在`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new ExportFileError('disk-full', path, `无法导出到“${path}”：磁盘空间不足`);
    case 'ENAMETOOLONG':
      return new ExportFileError('bad-name', path, `无法导出到“${path}”：${systemReason(e)}`);
    default:
      return new ExportFileError(
        'write-failed',
        path,
        `无法导出到“${path}”：${systemReason(e) ?? '写入时发生了未知的系统错误'}`,
      );
  }
}

/**
 * Checks the target before writing: an existing folder, or a file that cannot be replaced (open in Word,
 * read-only).
 */
async function checkTarget(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // a new file
    throw describeWriteError(path, e);
  }
  if (info.isDirectory()) throw new ExportFileError('is-directory', path, `无法导出到“${path}”：同名的文件夹已存在`);
  const locked = () =>
    new ExportFileError(
      'locked',
      path,
      `无法导出到“${path}”：文件是只读的，或正被其他程序（如 Word 或 WPS）打开，请关闭后重试，或换一个文件名`,
    );
  // a read-only file (Windows' read-only attribute, or one no one may write) is not replaced, even by root
  if ((info.mode & 0o222) === 0) throw locked();
  try {
    await access(path, constants.W_OK);
  } catch {
    throw locked();
  }
}

/** Most file systems allow 255 bytes in one name (NTFS 255 UTF-16 units, ext4 255 bytes). */
const MAX_NAME_BYTES = 255;

/** Names Windows refuses or silently changes, refused everywhere so an exported file opens on any office PC. */
function checkName(target: string): void {
  const name = basename(target);
  const refuse = (why: string) => new ExportFileError('bad-name', target, `无法导出到“${target}”：${why}`);
  const bytes = Buffer.byteLength(name);
  if (bytes > MAX_NAME_BYTES) throw refuse(`文件名过长（${bytes} 字节，最多 ${MAX_NAME_BYTES} 字节），请缩短文件名`);
  if (isSafeFileName(name)) return;
  if (/[. ]$/.test(name)) throw refuse('文件名不能以点或空格结尾（Windows 会把它们去掉），请换一个文件名');
  if (/[\\/:*?"<>|\x00-\x1f]/.test(name))
    throw refuse('文件名含有 Windows 不允许的字符（\\ / : * ? " < > |），请换一个文件名');
  throw refuse('文件名是 Windows 保留的设备名（如 CON、PRN、AUX、NUL、COM1、LPT1），请换一个文件名');
}

/** The temporary beside the target; a short fixed-form name when the long one would pass the name limit. */
function tempPathFor(target: string): string {
  const hex = randomBytes(6).toString('hex');
  const long = `.${basename(target)}.${hex}.tmp`;
  return join(dirname(target), Buffer.byteLength(long) <= MAX_NAME_BYTES ? long : `.yd.${hex}.tmp`);
}

/**
 * Exports to .docx — or to PDF when the target's name ends in .pdf — atomically (temporary file, then rename);
 * Chinese errors for locked/unwritable targets and for names Windows would refuse. `temps` records the temporary
 * while it exists, so a killed export's is removed later.
 */
export async function exportDocumentToFile(
  doc: YaodianDocument,
  path: string,
  options: ExportOptions = {},
  temps?: TempJournal,
): Promise<ExportFileResult> {
  useTemplateCache();
  const target = resolve(path);
  checkName(target); // before the export's work, not only before the write
  const profile = await resolveProfileOption(options.profile);
  let result;
  try {
    result = /\.pdf$/i.test(target)
      ? await exportPdfWithReport(doc, { ...options, profile })
      : await exportDocxWithReport(doc, { ...options, profile });
  } catch (e) {
    if (e instanceof ProfileError) throw new ExportFileError('profile', target, e.message);
    throw e;
  }
  await writeBytesAtomically(target, result.bytes, temps);
  return { path: target, bytes: result.bytes.length, profile: result.profile, warnings: result.warnings };
}

/** Writes any exported file (the .docx, the 分工表, the tracking .xlsx) the same way: checked, then atomically. */
export async function writeBytesAtomically(path: string, bytes: Uint8Array, temps?: TempJournal): Promise<void> {
  const target = resolve(path);
  checkName(target);
  await checkTarget(target);
  const temp = tempPathFor(target);
  temps?.add(temp);
  let handle;
  try {
    handle = await open(temp, 'wx', 0o644);
  } catch (e) {
    temps?.remove(temp);
    throw describeWriteError(target, e);
  }
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    temps?.remove(temp);
    throw describeWriteError(target, e);
  }
  temps?.remove(temp);
}
