// Writes the Word export to disk for the desktop app and the command line. Plain Node (no electron import).
// The file is written to a temporary file in the same folder and renamed over the target, so a failure
// never leaves a half-written .docx; every failure is an ExportFileError with a Chinese message naming
// the file and the problem.
import { randomBytes } from 'node:crypto';
import { access, constants, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { exportDocxWithReport, parseLayoutProfile, ProfileError, type ExportOptions, type LayoutProfile } from '../../shared/export';
import type { YaodianDocument } from '../../shared/model/types';
import { useTemplateCache } from './template-cache';

export type ExportFileErrorCode = 'no-folder' | 'not-folder' | 'is-directory' | 'locked' | 'permission' | 'disk-full' | 'profile' | 'write-failed';

export class ExportFileError extends Error {
  constructor(readonly code: ExportFileErrorCode, readonly path: string, message: string) {
    super(message);
    this.name = 'ExportFileError';
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
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EACCES' || code === 'EPERM' ? '没有读取权限' : code === 'EISDIR' ? '这是文件夹' : (e as Error).message;
    throw new ExportFileError('profile', path, `无法读取版式方案“${path}”：${why}`);
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

/** The Chinese error for a failed write (exported for tests of the codes Linux cannot produce on demand, like EBUSY). */
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
      return new ExportFileError('locked', path, `无法导出到“${path}”：文件正被其他程序（如 Word 或 WPS）打开，请关闭后重试，或换一个文件名`);
    case 'EISDIR':
      return new ExportFileError('is-directory', path, `无法导出到“${path}”：同名的文件夹已存在`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new ExportFileError('disk-full', path, `无法导出到“${path}”：磁盘空间不足`);
    default:
      return new ExportFileError('write-failed', path, `无法导出到“${path}”：${(e as Error)?.message ?? String(e)}`);
  }
}

/** Checks the target before writing: an existing folder, or a file that cannot be replaced (open in Word, read-only). */
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
  const locked = () => new ExportFileError('locked', path, `无法导出到“${path}”：文件是只读的，或正被其他程序（如 Word 或 WPS）打开，请关闭后重试，或换一个文件名`);
  // a read-only file (Windows' read-only attribute, or one no one may write) is not replaced, even by root
  if ((info.mode & 0o222) === 0) throw locked();
  try {
    await access(path, constants.W_OK);
  } catch {
    throw locked();
  }
}

/** Exports to .docx atomically (temporary file, then rename); Chinese errors for locked/unwritable targets. */
export async function exportDocumentToFile(doc: YaodianDocument, path: string, options: ExportOptions = {}): Promise<ExportFileResult> {
  useTemplateCache();
  const target = resolve(path);
  const profile = await resolveProfileOption(options.profile);
  let result;
  try {
    result = await exportDocxWithReport(doc, { ...options, profile });
  } catch (e) {
    if (e instanceof ProfileError) throw new ExportFileError('profile', target, e.message);
    throw e;
  }
  await checkTarget(target);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx', 0o644);
  } catch (e) {
    throw describeWriteError(target, e);
  }
  try {
    try {
      await handle.writeFile(result.bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw describeWriteError(target, e);
  }
  return { path: target, bytes: result.bytes.length, profile: result.profile, warnings: result.warnings };
}
