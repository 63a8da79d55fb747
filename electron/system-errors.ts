// The one place that turns system and SQLite error codes into Chinese. The store, the file import and export,
// the dispatcher and the start-up messages all ask here, so the same failure reads the same everywhere.

/** Why an operation failed, as a Chinese phrase, by the error's code (Node's errno names or SQLite's). */
const REASONS: Record<string, string> = {
  ENOENT: '文件或文件夹不存在',
  ENOTDIR: '路径中有一段不是文件夹',
  EACCES: '没有权限',
  EPERM: '没有权限',
  EROFS: '磁盘或文件夹是只读的',
  EBUSY: '文件正被其他程序（如 Word 或 WPS）占用',
  ETXTBSY: '文件正被其他程序（如 Word 或 WPS）占用',
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘空间配额已用完',
  ENAMETOOLONG: '文件名或路径过长（请缩短文件名，或换一个层级较浅的文件夹）',
  EISDIR: '这是一个文件夹，不是文件',
  EEXIST: '同名的文件已存在',
  EMFILE: '打开的文件过多',
  ENFILE: '打开的文件过多',
  EIO: '读写磁盘时出错（磁盘或 U 盘可能有故障）',
  EINVAL: '文件名不合法',
  ELOOP: '路径中的链接形成了循环',
  SQLITE_FULL: '磁盘空间不足',
  SQLITE_READONLY: '数据文件或它所在的文件夹是只读的',
  SQLITE_CANTOPEN: '无法打开数据文件（文件夹不存在、没有权限，或磁盘是只读的）',
  SQLITE_PERM: '没有权限',
  SQLITE_NOMEM: '内存不足',
  SQLITE_TOOBIG: '内容过大',
  SQLITE_CORRUPT: '数据文件已损坏',
  SQLITE_NOTADB: '不是“要点”的数据文件',
  SQLITE_BUSY: '数据文件正被另一个程序占用',
  SQLITE_LOCKED: '数据文件正被另一个程序占用',
};

/** SQLite extended codes that say more than their primary code. */
const SQLITE_DETAIL: Record<string, string> = {
  SQLITE_IOERR_WRITE: '写入数据文件时出错（磁盘可能已满或是只读的）',
  SQLITE_IOERR_FSYNC: '把数据写入磁盘时出错（磁盘可能已满或有故障）',
  SQLITE_IOERR_SHORT_READ: '读取数据文件时出错（文件可能不完整）',
  SQLITE_READONLY_DIRECTORY: '数据文件所在的文件夹是只读的',
  SQLITE_READONLY_DBMOVED: '数据文件被移动或删除了',
};

function errorCode(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/**
 * The Chinese reason for a system or SQLite error, or null when its code is not one we know. SQLite reports
 * a read-only file or folder as a generic I/O error with English text ("disk I/O error"); the message is
 * looked at too, so that never reaches the user.
 */
export function systemReason(err: unknown): string | null {
  const code = errorCode(err);
  if (code) {
    if (SQLITE_DETAIL[code]) return SQLITE_DETAIL[code];
    const key = Object.keys(REASONS).find((k) => code === k || code.startsWith(`${k}_`));
    if (key) return REASONS[key];
    if (code.startsWith('SQLITE_IOERR')) return '读写数据文件时出错（磁盘可能已满、是只读的或有故障）';
  }
  const message = (err as Error | null)?.message ?? '';
  if (/disk I\/O error/i.test(message)) return '读写数据文件时出错（磁盘可能已满、是只读的或有故障）';
  if (/database or disk is full/i.test(message)) return REASONS.SQLITE_FULL;
  if (/readonly database/i.test(message)) return REASONS.SQLITE_READONLY;
  return null;
}

/** "<action>“<path>”失败：<reason>" — one Chinese line; an unknown error says only that it failed. */
export function describeSystemError(action: string, path: string | null, err: unknown): string {
  const where = path ? `“${path}”` : '';
  return `${action}${where}失败：${systemReason(err) ?? '发生了未知的系统错误'}`;
}
