// The transport-independent entry: validate the input against the contract, run the handler, and turn
// whatever it throws into the contract's Result with a Chinese message.
import { contract, type ApiError, type Handlers, type Method, type Result } from '../../shared/api/contract';
import { UserError } from '../../shared/errors';
import { assertJsonDepth, LimitError } from '../../shared/model/limits';
import { isBusyError } from '../store/errors';
import { systemReason } from '../system-errors';
import { chineseErrorMap, describeIssues } from '../../shared/api/validation-messages';

export interface DispatchOptions {
  /** where internal errors are logged (default console.error) */
  log?: (message: string, err: unknown) => void;
}

export function toApiError(err: unknown, method: string, log: DispatchOptions['log']): ApiError {
  // every error written for the user (imports, store, operations, limits, services) is a UserError
  if (err instanceof UserError) return { code: err.apiCode, message: err.message };
  if (isBusyError(err))
    return { code: 'store-locked', message: '数据文件正被另一个程序占用，操作没有完成，请稍后重试。' };
  const reason = systemReason(err);
  if (reason) {
    const path = (err as { path?: unknown }).path;
    return { code: 'io', message: `${reason}${typeof path === 'string' ? `：${path}` : ''}。操作没有完成。` };
  }
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    return { code: 'invalid-input', message: `内容嵌套过深，无法处理（${method}）。请检查输入的文件或数据。` };
  }
  (log ?? ((m, e) => console.error(m, e)))(`[yaodian] ${method} 内部错误`, err);
  return {
    code: 'internal',
    message: `程序内部出错，操作没有完成（${method}）。请重试；如果反复出现，请联系技术支持。`,
  };
}

export async function dispatch(
  handlers: Handlers,
  method: string,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!Object.prototype.hasOwnProperty.call(contract, method)) {
    return { ok: false, error: { code: 'invalid-input', message: `未知的操作：“${String(method).slice(0, 100)}”` } };
  }
  const m = method as Method;
  // zod's schemas recurse; a 20,000-deep input is refused by depth before they see it
  try {
    assertJsonDepth(rawInput, '输入的');
  } catch (err) {
    if (err instanceof LimitError) return { ok: false, error: { code: 'invalid-input', message: err.message } };
    throw err;
  }
  const parsed = contract[m].safeParse(rawInput === undefined ? {} : rawInput, { error: chineseErrorMap });
  if (!parsed.success)
    return { ok: false, error: { code: 'invalid-input', message: describeIssues(parsed.error.issues) } };
  try {
    const handler = handlers[m] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    return { ok: false, error: toApiError(err, m, options.log) };
  }
}
