// The host's API: POST /api/call runs one contract method through the same dispatch as Electron's IPC;
// GET /api/host-info and GET /files/<name> stand in for the desktop's native dialogs in browser mode.
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname, join, resolve } from 'node:path';
import { contract, type Result } from '../../shared/api/contract';
import { jsonErrorPlace } from '../../shared/import/index';
import {
  isAllowedOrigin,
  isInside,
  isJsonContentType,
  isPlausibleLocalPath,
  isProfilePath,
  isSafeFileName,
} from '../security';
import { mimeType } from './mime';
import { readBody } from './read-body';
import { sendFailure, sendJson, sendText } from './respond';
import { pipeFile } from './static-files';

type CallFn = (method: string, input: unknown) => Promise<Result<unknown>>;

export interface ApiOptions {
  call: CallFn;
  exportDir: string;
  maxBodyBytes: number;
  /** notices from opening the store, handed to the first page that asks (then cleared: shown once) */
  notices?: string[];
  /** settles when the integrity check after start has run (its notice, if any, then in notices) */
  noticesReady?: Promise<void>;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/**
 * Browser mode has no native dialogs, so nothing can be granted: import reads only content the user uploaded
 * (import.bytes), exports land only in the host's export folder (served back by /files), and the export's layout
 * profile is a built-in one — never a file path, whose content (or its keys, in an error) would come back.
 */
function browserModePolicy(method: string, input: unknown, exportDir: string): string | null {
  if (method === 'import.file') return '浏览器模式不能按路径读取本机文件，请用“导入”按钮选择文件上传';
  const exports = ['export.docx', 'export.pdf', 'tasks.export', 'tasks.report'];
  if (!exports.includes(method)) return null;
  const profile = (input as { profile?: unknown } | null)?.profile;
  if (typeof profile === 'string' && isProfilePath(profile))
    return '浏览器模式只能使用内置的版式方案，不能读取本机的版式文件';
  const path = (input as { path?: unknown } | null)?.path;
  if (typeof path !== 'string') return null; // the contract's own validation reports it
  if (!isPlausibleLocalPath(path) || dirname(resolve(path)) !== resolve(exportDir) || !isSafeFileName(basename(path))) {
    return `浏览器模式只能导出到导出文件夹 ${exportDir} 中（收到的路径：${path}）`;
  }
  return null;
}

export async function handleCall(
  req: IncomingMessage,
  res: ServerResponse,
  port: number,
  opts: ApiOptions,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendFailure(res, 405, 'invalid-operation', '调用接口只接受 POST 请求');
  }
  if (!isAllowedOrigin(req.headers.origin, port)) {
    return sendFailure(res, 403, 'invalid-operation', `拒绝来自其他网页（${req.headers.origin}）的调用`);
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    return sendFailure(res, 415, 'invalid-input', '请求内容须为 JSON（Content-Type: application/json，UTF-8 编码）');
  }
  const body = await readBody(req, opts.maxBodyBytes);
  if (!body.ok) {
    if (body.reason === 'too-large') {
      return sendFailure(
        res,
        413,
        'invalid-input',
        `请求内容过大（超过 ${megabytes(opts.maxBodyBytes)}），请改用较小的文件`,
      );
    }
    if (body.reason === 'not-utf8') return sendFailure(res, 400, 'invalid-input', '请求内容不是有效的 UTF-8 文字');
    return; // the client went away
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch (e) {
    return sendFailure(res, 400, 'invalid-input', `请求内容不是有效的 JSON${jsonErrorPlace(body.text, e)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return sendFailure(res, 400, 'invalid-input', '请求内容应为 {"method": …, "input": …} 形式的对象');
  }
  const { method, input } = parsed as { method?: unknown; input?: unknown };
  if (typeof method !== 'string' || method === '') {
    return sendFailure(res, 400, 'invalid-input', '请求缺少 method（要调用的功能名）');
  }
  if (!Object.hasOwn(contract, method)) {
    return sendFailure(res, 400, 'invalid-input', `未知的功能：${method.slice(0, 100)}`);
  }
  const refusal = browserModePolicy(method, input, opts.exportDir);
  if (refusal) return sendFailure(res, 400, 'invalid-input', refusal);
  let result: Result<unknown>;
  try {
    result = await opts.call(method, input ?? {});
  } catch (e) {
    return sendFailure(res, 500, 'internal', `服务内部错误：${(e as Error)?.message ?? String(e)}`);
  }
  sendJson(res, 200, result);
}

export async function handleHostInfo(req: IncomingMessage, res: ServerResponse, opts: ApiOptions): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, '只接受 GET 请求');
  // the page asks once, as it loads: the answer waits for the check after start (other calls do not)
  await opts.noticesReady;
  const notices = opts.notices?.splice(0) ?? [];
  sendJson(res, 200, { mode: 'browser', exportDir: opts.exportDir, ...(notices.length ? { notices } : {}) });
}

function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** GET /files/<name>: a file the host exported, as a download. Only bare names inside the export folder. */
export async function handleFile(
  req: IncomingMessage,
  res: ServerResponse,
  encodedName: string,
  opts: ApiOptions,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, '只接受 GET 请求');
  let name: string;
  try {
    name = decodeURIComponent(encodedName);
  } catch {
    return sendText(res, 400, '文件名编码不正确');
  }
  const file = join(opts.exportDir, name);
  if (!isSafeFileName(name) || !isInside(opts.exportDir, file))
    return sendText(res, 400, `文件名不合法：${name.slice(0, 200)}`);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return sendText(res, 404, `导出文件夹中没有文件：${name}`);
  res.writeHead(200, {
    'Content-Type': mimeType(name),
    'Content-Length': info.size,
    'Content-Disposition': contentDisposition(name),
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeFile(file, res);
}
