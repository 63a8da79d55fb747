// The transport-independent entry: validate the input against the contract, run the handler, and turn
// whatever it throws into the contract's Result with a Chinese message.
import { contract, type ApiError, type Handlers, type Method, type Result } from '../../shared/api/contract';
import { ImportError } from '../../shared/import/errors';
import { InterchangeError } from '../../shared/model/interchange';
import { OperationError } from '../../shared/model/operations';
import { StoreError, isBusyError } from '../store/errors';
import { ServiceError } from './errors';
import { chineseErrorMap, describeIssues } from './validation-messages';

export interface DispatchOptions {
  /** where internal errors are logged (default console.error) */
  log?: (message: string, err: unknown) => void;
}

const IO_MESSAGES: Record<string, string> = {
  ENOSPC: '磁盘空间不足', EACCES: '没有权限', EPERM: '没有权限', ENOENT: '找不到文件或文件夹', EBUSY: '文件正被其他程序占用',
  EROFS: '磁盘是只读的', EISDIR: '这是一个文件夹，不是文件', ENOTDIR: '路径中有一段不是文件夹', EMFILE: '打开的文件过多',
  SQLITE_FULL: '磁盘空间不足，数据没有保存', SQLITE_READONLY: '数据文件是只读的，数据没有保存', SQLITE_IOERR: '读写数据文件时出错',
  SQLITE_CANTOPEN: '无法打开数据文件',
};

function ioMessage(err: unknown): string | null {
  const code = (err as { code?: unknown })?.code;
  if (typeof code !== 'string') return null;
  const key = Object.keys(IO_MESSAGES).find((k) => code === k || code.startsWith(`${k}_`));
  if (!key) return null;
  const path = (err as { path?: unknown }).path;
  return `${IO_MESSAGES[key]}${typeof path === 'string' ? `：${path}` : ''}。操作没有完成。`;
}

export function toApiError(err: unknown, method: string, log: DispatchOptions['log']): ApiError {
  if (err instanceof ServiceError) return { code: err.code, message: err.message };
  if (err instanceof OperationError) return { code: err.code === 'not-found' ? 'not-found' : 'invalid-operation', message: err.message };
  const name = (err as Error)?.name;
  if (err instanceof ImportError || err instanceof InterchangeError || name === 'FileImportError') {
    return { code: 'bad-file', message: (err as Error).message };
  }
  if (err instanceof StoreError) return { code: err.code === 'store-locked' ? 'store-locked' : 'internal', message: err.message };
  if (isBusyError(err)) return { code: 'store-locked', message: '数据文件正被另一个程序占用，操作没有完成，请稍后重试。' };
  const io = ioMessage(err);
  if (io) return { code: 'io', message: io };
  (log ?? ((m, e) => console.error(m, e)))(`[yaodian] ${method} 内部错误`, err);
  return { code: 'internal', message: `程序内部出错，操作没有完成（${method}）。请重试；如果反复出现，请联系技术支持。` };
}

export async function dispatch(handlers: Handlers, method: string, rawInput: unknown, options: DispatchOptions = {}): Promise<Result<unknown>> {
  if (!Object.prototype.hasOwnProperty.call(contract, method)) {
    return { ok: false, error: { code: 'invalid-input', message: `未知的操作：“${String(method).slice(0, 100)}”` } };
  }
  const m = method as Method;
  const parsed = contract[m].safeParse(rawInput === undefined ? {} : rawInput, { error: chineseErrorMap });
  if (!parsed.success) return { ok: false, error: { code: 'invalid-input', message: describeIssues(parsed.error.issues) } };
  try {
    const handler = handlers[m] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    return { ok: false, error: toApiError(err, m, options.log) };
  }
}
